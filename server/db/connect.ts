/**
 * Opens the database: embedded PGlite (data kept in a directory, or in memory for tests) by default,
 * a real PostgreSQL server when a URL is given (DATABASE_URL). Both speak the same SQL, so everything
 * above this file is unaware of which one it talks to.
 */
import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect } from "kysely";
import { PGlite } from "@electric-sql/pglite";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { Database } from "./schema.ts";
import { lockDataDir } from "./lock.ts";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory" }
  | { kind: "postgres"; url: string };

export type Db = Kysely<Database>;

/** The database the environment asks for: DATABASE_URL, else PGlite in KECHUANG_DATA_DIR (default .data/pglite). */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.KECHUANG_DATA_DIR ?? ".data/pglite" };
}

export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === "postgres") return `PostgreSQL ${target.url.replace(/\/\/[^@/]*@/, "//***@")}`;
  if (target.kind === "pglite") return `PGlite ${target.dataDir}`;
  return "PGlite (in memory)";
}

// PostgreSQL returns bigint (int8) and numeric as strings; our counts and sums are small enough for numbers.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// A date (due dates) stays its YYYY-MM-DD text: a Date at local midnight would shift a day east of UTC.
pg.types.setTypeParser(1082, (v) => v);

export function openDatabase(target: DatabaseTarget): Db {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // pool.end() resolves before its connections have closed; one the server then terminates (a test
    // database dropped WITH (FORCE), a restart) emits an error no query waits for, which would
    // otherwise crash the process. Errors of queries still reach their callers.
    pool.on("connect", (client) => client.on("error", () => {}));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.kind === "pglite-memory") return new Kysely<Database>({ dialect: new PGliteDialect(new PGlite()) });
  mkdirSync(target.dataDir, { recursive: true });
  const release = lockDataDir(target.dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite(target.dataDir)) });
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    release();
  };
  return db;
}
