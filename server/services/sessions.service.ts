/**
 * Sign-in sessions: a random token in an HttpOnly cookie, stored only as its SHA-256; a CSRF token
 * per session that every write must echo; and throttling of failed sign-ins per account name
 * (five in a row lock it for a minute, doubling with each further failure, at most an hour).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/connect.ts";
import { AppError } from "../errors/app-error.ts";
import * as sessions from "../repositories/sessions.repository.ts";
import * as users from "../repositories/users.repository.ts";
import { actorOf, hashPassword, verifyPassword } from "./accounts.service.ts";
import { recordAudit } from "./audit.service.ts";

/** A session lives 12 hours after its last use. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILURES = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const token = () => randomBytes(32).toString("base64url");

/** The stored id of a session: the SHA-256 of its cookie token. */
export const sessionIdOf = (cookieToken: string) => sha256(cookieToken);

/** Equal strings, compared in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Compared with when the account does not exist, so that a wrong name costs as long as a wrong password. */
let decoy: Promise<string> | undefined;

function throttled(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError("throttled", {
    zh: `登录失败次数过多，请 ${seconds} 秒后再试`,
    en: `too many failed sign-ins; try again in ${seconds} s`,
  });
}

const badCredentials = () =>
  new AppError("unauthenticated", { zh: "账号或密码不正确", en: "wrong account name or password" }, "password");

/** Checks the password; on success opens a session and returns its cookie token and CSRF token. */
export async function signIn(db: Db, username: string, password: string, now = new Date()) {
  const key = username.trim().toLowerCase();
  const throttle = await sessions.findThrottle(db, key);
  if (throttle?.locked_until && new Date(throttle.locked_until) > now) throw throttled(new Date(throttle.locked_until));
  const row = await users.findUserByName(db, username.trim());
  decoy ??= hashPassword(token());
  const ok = row ? await verifyPassword(row.password_hash, password) : (await verifyPassword(await decoy, password), false);
  if (!ok || !row || !row.active) {
    const failures = await sessions.recordFailure(db, key, now);
    if (failures >= MAX_FAILURES) {
      const until = new Date(now.getTime() + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - MAX_FAILURES)));
      await sessions.lockUntil(db, key, until);
      if (row) await recordAudit(db, { name: row.username, id: row.id }, { entity: "account", entityId: row.id, action: "locked", after: { failures, until: until.toISOString() } });
    }
    throw badCredentials();
  }
  await sessions.clearThrottle(db, key);
  const cookieToken = token();
  const csrfToken = token();
  await sessions.deleteExpiredSessions(db, now);
  await sessions.insertSession(db, { id: sha256(cookieToken), user_id: row.id, csrf_token: csrfToken, expires_at: new Date(now.getTime() + SESSION_IDLE_MS) });
  return { cookieToken, csrfToken, actor: await actorOf(db, row) };
}

/** The account and CSRF token behind a cookie token, or null; refreshes the session's expiry. */
export async function resolveSession(db: Db, cookieToken: string, now = new Date()) {
  const id = sha256(cookieToken);
  const session = await sessions.findLiveSession(db, id, now);
  if (!session) return null;
  const row = await users.findUser(db, session.user_id);
  if (!row) return null;
  // Refresh at most once a minute: most requests only read.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) await sessions.touchSession(db, id, now, new Date(now.getTime() + SESSION_IDLE_MS));
  return { id, csrfToken: session.csrf_token, actor: await actorOf(db, row) };
}

export async function signOut(db: Db, cookieToken: string): Promise<void> {
  await sessions.deleteSession(db, sha256(cookieToken));
}
