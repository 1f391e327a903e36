/** SQL for accounts and their scopes. */
import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { UsersTable } from "../db/schema.ts";

export function countUsers(db: Db) {
  return db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow().then((r) => Number(r.n));
}

export function findUsers(db: Db) {
  return db.selectFrom("users").selectAll().orderBy("id").execute();
}

export function findUser(db: Db, id: number) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Account names compare without case. */
export function findUserByName(db: Db, username: string) {
  return db.selectFrom("users").selectAll().where(sql<string>`lower(username)`, "=", username.toLowerCase()).executeTakeFirst();
}

export function insertUser(db: Db, row: Insertable<UsersTable>) {
  return db.insertInto("users").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateUser(db: Db, id: number, row: Updateable<UsersTable>) {
  return db.updateTable("users").set({ ...row, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export function findScopes(db: Db, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom("user_scopes").selectAll().where("user_id", "in", userIds).orderBy("kind").orderBy("code").execute();
}

export async function replaceScopes(db: Db, userId: number, scopes: { kind: string; code: string }[]) {
  await db.deleteFrom("user_scopes").where("user_id", "=", userId).execute();
  if (scopes.length > 0) await db.insertInto("user_scopes").values(scopes.map((s) => ({ user_id: userId, kind: s.kind, code: s.code }))).execute();
}
