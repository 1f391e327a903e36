/**
 * A service test's database: for the enclosing suite, a database of its own on `database`'s backend,
 * opened and prepared as the server prepares it (migrated, seeded), closed and removed afterwards.
 */
import { afterAll, beforeAll } from "vitest";
import type { DatabaseTarget, Db } from "../db/connect.ts";
import type { TestDatabase } from "../db/test-databases.ts";
import { prepareDatabase } from "../start.ts";

export interface SuiteDatabase {
  /** The open database, once the suite's first hook has run. */
  readonly db: Db;
  /** How to reach it (to open a second connection, say). */
  readonly target: DatabaseTarget;
}

/** Registers the suite's hooks; the fields are usable from the first test (or a later beforeAll) on. */
export function useDatabase(database: TestDatabase): SuiteDatabase {
  let db: Db | undefined;
  let target: DatabaseTarget | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    target = created.target;
    db = await prepareDatabase(created.target);
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the suite's database is not open yet");
    return value;
  };
  return {
    get db() {
      return ready(db);
    },
    get target() {
      return ready(target);
    },
  };
}
