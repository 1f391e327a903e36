/** SQL for sign-in sessions and the throttle of failed sign-ins. */
import type { Db } from "../db/connect.ts";

export function insertSession(db: Db, row: { id: string; user_id: number; csrf_token: string; expires_at: Date }) {
  return db.insertInto("sessions").values(row).execute();
}

/** The live session with that id and its account; expired ones are not found. */
export function findLiveSession(db: Db, id: string, now: Date) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.id", "sessions.csrf_token", "sessions.expires_at", "sessions.last_seen_at", "users.id as user_id"])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", now)
    .where("users.active", "=", true)
    .executeTakeFirst();
}

export function touchSession(db: Db, id: string, now: Date, expiresAt: Date) {
  return db.updateTable("sessions").set({ last_seen_at: now, expires_at: expiresAt }).where("id", "=", id).execute();
}

export function deleteSession(db: Db, id: string) {
  return db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of an account (password changed, account disabled), optionally but one. */
export function deleteSessionsOf(db: Db, userId: number, except?: string) {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except) query = query.where("id", "!=", except);
  return query.execute();
}

export function deleteExpiredSessions(db: Db, now: Date) {
  return db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}

export function findThrottle(db: Db, key: string) {
  return db.selectFrom("login_throttle").selectAll().where("key", "=", key).executeTakeFirst();
}

/** Counts one more failure atomically and returns the new count. */
export async function recordFailure(db: Db, key: string, now: Date): Promise<number> {
  const row = await db
    .insertInto("login_throttle")
    .values({ key, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) => oc.column("key").doUpdateSet((eb) => ({ failures: eb("login_throttle.failures", "+", 1), last_failure_at: now })))
    .returning("failures")
    .executeTakeFirstOrThrow();
  return row.failures;
}

export function lockUntil(db: Db, key: string, until: Date) {
  return db.updateTable("login_throttle").set({ locked_until: until }).where("key", "=", key).execute();
}

export function clearThrottle(db: Db, key: string) {
  return db.deleteFrom("login_throttle").where("key", "=", key).execute();
}
