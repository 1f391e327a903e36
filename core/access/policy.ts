/**
 * The one answer to "may this person do this to this thing". Routes and the CLI ask it before any
 * work; the web app asks it to hide what the API would refuse. Pure: the caller passes the place tree.
 *
 * Signed out (the public) may read published plans and approved, published figures only. A leader
 * reads everything and writes nothing. Reporters and reviewers act inside their scopes: a place and
 * what lies under it, or a body. The plan office runs plans, rounds and approvals; the administrator
 * also manages accounts.
 */
import type { Actor, Role } from "./roles.ts";
import type { PlaceTree } from "../places/place-tree.ts";

export type Action =
  /** Published plans, approved published figures, the catalogue. */
  | "read_public"
  /** Everything internal: unpublished plans, review screens, rounds, indices, audit. */
  | "read_internal"
  | "plan_manage"
  | "round_manage"
  /** Enter an approved figure directly, import long-format files, publish. */
  | "value_enter"
  /** Draft, submit or withdraw a figure for a place or body. */
  | "value_report"
  /** Approve or return a submitted figure. */
  | "value_review"
  | "index_manage"
  /** Read the enterprise registry (企业库): never public; reporters and reviewers inside their scopes. */
  | "enterprise_read"
  /** Import or change enterprise records: the office anywhere, reporters inside their scopes. */
  | "enterprise_manage"
  | "account_manage"
  /** Change one's own password. */
  | "account_self";

/** What an action is done to, when it concerns a place or body. */
export interface Resource {
  placeCode?: string;
  bodyCode?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: "signed_out" | "forbidden" | "out_of_scope" };

const ALLOW: Decision = { allowed: true };

/** The actions each role may take at all (scoped roles still need the resource inside a scope). */
const GRANTS: Record<Role, ReadonlySet<Action>> = {
  administrator: new Set<Action>(["read_public", "read_internal", "plan_manage", "round_manage", "value_enter", "value_review", "index_manage", "enterprise_read", "enterprise_manage", "account_manage", "account_self"]),
  plan_office: new Set<Action>(["read_public", "read_internal", "plan_manage", "round_manage", "value_enter", "value_review", "index_manage", "enterprise_read", "enterprise_manage", "account_self"]),
  reporter: new Set<Action>(["read_public", "read_internal", "value_report", "enterprise_read", "enterprise_manage", "account_self"]),
  reviewer: new Set<Action>(["read_public", "read_internal", "value_review", "enterprise_read", "account_self"]),
  leader: new Set<Action>(["read_public", "read_internal", "enterprise_read", "account_self"]),
};

const SCOPED_ACTIONS: ReadonlySet<Action> = new Set(["value_report", "value_review", "enterprise_read", "enterprise_manage"]);

/**
 * Whether `actor` (null when signed out) may take `action` on `resource`; without a resource, whether
 * the role may take the action anywhere (the route-level check before the thing is known).
 */
export function decide(actor: Actor | null, action: Action, resource: Resource = {}, places?: PlaceTree): Decision {
  if (!actor) return action === "read_public" ? ALLOW : { allowed: false, reason: "signed_out" };
  if (!GRANTS[actor.role].has(action)) return { allowed: false, reason: "forbidden" };
  if (!SCOPED_ACTIONS.has(action) || (actor.role !== "reporter" && actor.role !== "reviewer")) return ALLOW;
  // Without a place or body the question is whether the role may take the action at all.
  if (resource.placeCode === undefined && resource.bodyCode == null) return ALLOW;
  return inScope(actor, resource, places) ? ALLOW : { allowed: false, reason: "out_of_scope" };
}

/** A scoped actor covers a resource through a place scope containing its place or a body scope naming its body. */
export function inScope(actor: Actor, resource: Resource, places?: PlaceTree): boolean {
  return actor.scopes.some((scope) => {
    if (scope.kind === "body") return resource.bodyCode != null && resource.bodyCode === scope.code;
    if (resource.placeCode === undefined) return false;
    return places ? places.within(resource.placeCode, scope.code) : resource.placeCode === scope.code;
  });
}

/** Shorthand for `decide(...).allowed`. */
export function may(actor: Actor | null, action: Action, resource?: Resource, places?: PlaceTree): boolean {
  return decide(actor, action, resource, places).allowed;
}
