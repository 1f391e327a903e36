/**
 * Who a person is to Kechuang: a role and, for reporters and reviewers, the places or bodies they act
 * for. The one source of these shapes for the server, the CLI and the web app.
 */
import { z } from "zod";

/**
 * administrator (系统管理员): everything, accounts included; plan_office (规划处): plans, targets,
 * rounds, approves anything; reporter (填报员) and reviewer (审核员): report or review within their
 * scopes; leader (领导): reads everything, writes nothing.
 */
export const Role = z.enum(["administrator", "plan_office", "reporter", "reviewer", "leader"]);
export type Role = z.infer<typeof Role>;

/** A place (and what lies under it) or a responsible body a person acts for. */
export const Scope = z.object({
  kind: z.enum(["place", "body"]),
  code: z.string().min(1).max(64),
});
export type Scope = z.infer<typeof Scope>;

/** A signed-in person as the policy sees them. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scopes: readonly Scope[];
}

/** Roles whose powers are limited to their scopes; the others ignore scopes. */
export const SCOPED_ROLES: ReadonlySet<Role> = new Set(["reporter", "reviewer"]);

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  administrator: { zh: "系统管理员", en: "Administrator" },
  plan_office: { zh: "规划处", en: "Plan office" },
  reporter: { zh: "填报员", en: "Reporter" },
  reviewer: { zh: "审核员", en: "Reviewer" },
  leader: { zh: "领导", en: "Leader" },
};
