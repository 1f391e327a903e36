/**
 * The database test harness: every database test runs once on embedded PGlite (in memory) and once on
 * a real PostgreSQL server, each time on a fresh, migrated and seeded database. The server is the
 * one at KECHUANG_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a fresh
 * database is created there per suite and dropped afterwards.
 */
import pg from "pg";
import type { DatabaseTarget } from "./connect.ts";

export interface TestDatabase {
  name: "pglite" | "postgres";
  /** Creates an empty database and returns how to reach it, plus a function that removes it. */
  create(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }>;
}

const ADMIN_URL = process.env.KECHUANG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let counter = 0;

const pglite: TestDatabase = {
  name: "pglite",
  create: async () => ({ target: { kind: "pglite-memory" }, drop: async () => {} }),
};

const postgres: TestDatabase = {
  name: "postgres",
  async create() {
    const name = `kechuang_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `PostgreSQL is not reachable at ${ADMIN_URL.replace(/\/\/[^@/]*@/, "//***@")} (${String(error)}). ` +
          "Start a server (scripts/test.sh does) or set KECHUANG_TEST_PG_URL.",
      );
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      target: { kind: "postgres", url: url.toString() },
      async drop() {
        const client = new pg.Client({ connectionString: ADMIN_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
};

/** Both backends; KECHUANG_TEST_DATABASES=pglite (or postgres) narrows the list for a quick local run. */
export const TEST_DATABASES: TestDatabase[] = [pglite, postgres].filter((d) =>
  (process.env.KECHUANG_TEST_DATABASES ?? "pglite,postgres").split(",").includes(d.name),
);
