/**
 * Asks the policy (core/access) and turns a refusal into the error the API and CLI report: 401 when
 * signed out, 403 when the role or scope does not allow it. Also the place tree the policy needs,
 * read once per database and kept (places change only with the seed data).
 */
import { decide, PlaceTree, type Action, type Actor, type Resource } from "../../core/access/index.ts";
import type { Db } from "../db/connect.ts";
import { AppError } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import type { Who } from "../services/audit.service.ts";

const trees = new WeakMap<Db, Promise<PlaceTree>>();

/**
 * The administrative hierarchy of this database (parent links). Group memberships are left out on
 * purpose: a zone spans only parts of its member districts, so its reporter does not report for them.
 */
export function placeTree(db: Db): Promise<PlaceTree> {
  let tree = trees.get(db);
  if (!tree) {
    tree = catalogue.findPlaces(db).then((places) => new PlaceTree(places.map((p) => ({ code: p.code, parentCode: p.parent_code }))));
    tree.catch(() => trees.delete(db));
    trees.set(db, tree);
  }
  return tree;
}

const REFUSALS = {
  signed_out: { code: "unauthenticated", zh: "请先登录", en: "sign in first" },
  forbidden: { code: "forbidden", zh: "您的角色无权执行此操作", en: "your role does not allow this" },
  out_of_scope: { code: "forbidden", zh: "此地区或单位不在您的负责范围内", en: "this place or body is outside your scope" },
} as const;

/** Throws unless `actor` may take `action` on `resource`. */
export function assertMay(actor: Actor | null, action: Action, resource: Resource = {}, tree?: PlaceTree): asserts actor is Actor {
  const decision = decide(actor, action, resource, tree);
  if (decision.allowed) return;
  const refusal = REFUSALS[decision.reason];
  const what = resource.placeCode ? `（${resource.bodyCode ?? resource.placeCode}）` : "";
  throw new AppError(refusal.code, { zh: refusal.zh + what, en: refusal.en + (resource.placeCode ? ` (${resource.bodyCode ?? resource.placeCode})` : "") });
}

/** Who an actor is in the audit log. */
export const whoOf = (actor: Actor): Who => ({ name: actor.username, id: actor.id > 0 ? actor.id : null });

/** The CLI acts on the local database with administrator rights, in the name given with --by. */
export function localAdministrator(by: string): Actor {
  return { id: 0, username: by, displayName: by, role: "administrator", scopes: [] };
}
