/**
 * Accounts (账号): create, change, list; password change; and the first administrator, whose one-time
 * password is generated on the first start with no accounts and kept only as its argon2id hash.
 */
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { Actor, Scope } from "../../core/access/index.ts";
import type { CreateUserRequest, UpdateUserRequest, UserResponse } from "../../contract/accounts.ts";
import type { Db } from "../db/connect.ts";
import type { UserRow } from "../db/schema.ts";
import { AppError, conflict, invalidField, notFound } from "../errors/app-error.ts";
import * as users from "../repositories/users.repository.ts";
import * as sessions from "../repositories/sessions.repository.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";

/** argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's recommended minimum). */
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (digest: string, password: string) => verify(digest, password).catch(() => false);

export async function presentUsers(db: Db, rows: UserRow[]): Promise<UserResponse[]> {
  const scopes = await users.findScopes(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as UserResponse["role"],
    scopes: scopes.filter((s) => s.user_id === r.id).map((s) => ({ kind: s.kind as Scope["kind"], code: s.code })),
    active: r.active,
    mustChangePassword: r.must_change_password,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function presentUser(db: Db, row: UserRow): Promise<UserResponse> {
  return (await presentUsers(db, [row]))[0]!;
}

/** The policy's view of an account. */
export async function actorOf(db: Db, row: UserRow): Promise<Actor & { mustChangePassword: boolean }> {
  const user = await presentUser(db, row);
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, scopes: user.scopes, mustChangePassword: user.mustChangePassword };
}

/** Scopes must name known places or bodies, and only reporters and reviewers have them. */
async function checkScopes(db: Db, role: string, scopes: Scope[]): Promise<void> {
  const scoped = role === "reporter" || role === "reviewer";
  if (scoped && scopes.length === 0) throw invalidField("scopes", "填报员和审核员必须指定负责的地区或单位", "a reporter or reviewer needs at least one place or body");
  if (!scoped && scopes.length > 0) throw invalidField("scopes", "只有填报员和审核员有负责范围", "only reporters and reviewers have scopes");
  const [places, bodies] = await Promise.all([catalogue.findPlaces(db), catalogue.findBodies(db)]);
  const known = { place: new Set(places.map((p) => p.code)), body: new Set(bodies.map((b) => b.code)) };
  for (const [i, scope] of scopes.entries()) {
    if (!known[scope.kind].has(scope.code)) {
      throw new AppError("unknown_reference", { zh: `${scope.kind === "place" ? "地区" : "单位"}“${scope.code}”不存在`, en: `${scope.kind} "${scope.code}" does not exist` }, `scopes[${i}].code`);
    }
  }
}

export async function createUser(db: Db, request: CreateUserRequest, who: Who): Promise<UserResponse> {
  const digest = await hashPassword(request.password);
  return db.transaction().execute(async (tx) => {
    if (await users.findUserByName(tx, request.username)) throw conflict("username", `账号“${request.username}”已存在`, `account "${request.username}" already exists`);
    await checkScopes(tx, request.role, request.scopes);
    const row = await users.insertUser(tx, {
      username: request.username,
      display_name: request.displayName?.trim() || request.username,
      role: request.role,
      password_hash: digest,
      must_change_password: request.mustChangePassword,
      created_by: who.name,
    });
    await users.replaceScopes(tx, row.id, request.scopes);
    const user = await presentUser(tx, row);
    await recordAudit(tx, who, { entity: "account", entityId: row.id, action: "create", after: user });
    return user;
  });
}

export async function updateUser(db: Db, id: number, request: UpdateUserRequest, who: Who): Promise<UserResponse> {
  const digest = request.password ? await hashPassword(request.password) : undefined;
  return db.transaction().execute(async (tx) => {
    const row = await users.findUser(tx, id);
    if (!row) throw notFound("id", `账号 ${id} 不存在`, `account ${id} does not exist`);
    const before = await presentUser(tx, row);
    if (who.id === id && (request.active === false || (request.role && request.role !== row.role))) {
      throw invalidField(request.active === false ? "active" : "role", "不能停用自己的账号或更改自己的角色", "you cannot disable your own account or change your own role");
    }
    const role = request.role ?? row.role;
    const scopes = request.scopes ?? (request.role && request.role !== row.role && !["reporter", "reviewer"].includes(request.role) ? [] : before.scopes);
    await checkScopes(tx, role, scopes);
    const updated = await users.updateUser(tx, id, {
      display_name: request.displayName?.trim() || row.display_name,
      role,
      active: request.active ?? row.active,
      ...(digest ? { password_hash: digest, must_change_password: true } : {}),
    });
    await users.replaceScopes(tx, id, scopes);
    // A disabled account, a reset password or a changed role ends the person's sessions.
    if (digest || request.active === false || role !== row.role) await sessions.deleteSessionsOf(tx, id);
    const after = await presentUser(tx, updated);
    await recordAudit(tx, who, { entity: "account", entityId: id, action: digest ? "update_reset_password" : "update", before, after, reason: request.reason ?? null });
    return after;
  });
}

export async function listUsers(db: Db): Promise<UserResponse[]> {
  return presentUsers(db, await users.findUsers(db));
}

/** The person changes their own password; their other sessions end. */
export async function changePassword(db: Db, userId: number, current: string, next: string, keepSession?: string): Promise<void> {
  const row = await users.findUser(db, userId);
  if (!row) throw notFound("id", "账号不存在", "account does not exist");
  if (!(await verifyPassword(row.password_hash, current))) throw invalidField("currentPassword", "当前密码不正确", "the current password is wrong");
  if (current === next) throw invalidField("newPassword", "新密码不能与当前密码相同", "the new password must differ from the current one");
  const digest = await hashPassword(next);
  await db.transaction().execute(async (tx) => {
    await users.updateUser(tx, userId, { password_hash: digest, must_change_password: false });
    await sessions.deleteSessionsOf(tx, userId, keepSession);
    await recordAudit(tx, { name: row.username, id: row.id }, { entity: "account", entityId: userId, action: "change_password" });
  });
}

/** A password of 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join("");
}

/**
 * On a database with no accounts, creates the administrator `admin` with a generated one-time
 * password (to be changed at first sign-in) and returns it; returns null when accounts exist.
 */
export async function ensureAdministrator(db: Db): Promise<{ username: string; password: string } | null> {
  if ((await users.countUsers(db)) > 0) return null;
  const password = generatePassword();
  const digest = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    // Two processes starting at once: the unique index lets one win; the other creates nothing.
    if ((await users.countUsers(tx)) > 0) return null;
    const row = await users.insertUser(tx, { username: "admin", display_name: "系统管理员", role: "administrator", password_hash: digest, must_change_password: true, created_by: "system" });
    await recordAudit(tx, { name: "system", id: null }, { entity: "account", entityId: row.id, action: "create_initial_administrator" });
    return { username: "admin", password };
  });
}
