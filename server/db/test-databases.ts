/**
 * The database test harness: every database test runs once on embedded PGlite (in memory) and once on
 * a real PostgreSQL server, each time on a database of its own. The server is the one at
 * KECHUANG_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); a database is created
 * there per suite and dropped afterwards.
 *
 * Most suites want what a first start makes of an empty database — migrated, the seeds loaded — and
 * building that costs seconds (a new PGlite cluster alone takes several). The test run builds it once
 * (./testing/database-templates.ts, vitest's global setup) and `create()` hands each suite a copy:
 * PGlite starts from a dump of the template's data directory, PostgreSQL copies a template database.
 * Without a template (a run outside vitest) `create()` gives an empty database, which the start-up
 * path (prepareDatabase) migrates and seeds as it always does. Suites about migrating and seeding
 * themselves use `createEmpty()`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DatabaseTarget } from "./connect.ts";

export interface CreatedDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export interface TestDatabase {
  name: "pglite" | "postgres";
  /** A database of its own, already migrated and seeded when the run has a template (see above). */
  create(): Promise<CreatedDatabase>;
  /** An empty database of its own. */
  createEmpty(): Promise<CreatedDatabase>;
}

/** Where the global setup leaves the templates for the test files' processes. */
export const TEMPLATE_ENV = { pglite: "KECHUANG_TEST_PGLITE_TEMPLATE", postgres: "KECHUANG_TEST_PG_TEMPLATE" } as const;

export const ADMIN_URL = process.env.KECHUANG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let counter = 0;

/** A PGlite target in memory, started from the run's template when there is one. */
export function memoryDatabase(): DatabaseTarget {
  const from = process.env[TEMPLATE_ENV.pglite];
  return from ? { kind: "pglite-memory", from } : { kind: "pglite-memory" };
}

/**
 * Fills a new PGlite data directory on disk from the run's template (so the first process to open it
 * finds it migrated and seeded); without a template it is left for that process to create.
 */
export async function fillDataDir(dataDir: string): Promise<void> {
  const from = process.env[TEMPLATE_ENV.pglite];
  if (!from) return;
  const pglite = new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(from)]) });
  await pglite.close();
}

/** Writes `pglite`'s data directory as a dump that `memoryDatabase()` and `fillDataDir()` start from. */
export async function writeDataDirDump(pglite: PGlite, file: string): Promise<void> {
  const dump = await pglite.dumpDataDir("none");
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
}

const pglite: TestDatabase = {
  name: "pglite",
  create: async () => ({ target: memoryDatabase(), drop: async () => {} }),
  createEmpty: async () => ({ target: { kind: "pglite-memory" }, drop: async () => {} }),
};

async function adminClient(): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_URL.replace(/\/\/[^@/]*@/, "//***@")} (${String(error)}). ` +
        "Start a server (scripts/test.sh does) or set KECHUANG_TEST_PG_URL.",
    );
  }
  return admin;
}

/** Creates a database on the tests' server (a copy of `template` when given) and returns how to reach and drop it. */
export async function createPostgresDatabase(template?: string, prefix = "kechuang_test"): Promise<CreatedDatabase & { name: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = await adminClient();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    target: { kind: "postgres", url: url.toString() },
    async drop() {
      const client = await adminClient();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

const postgres: TestDatabase = {
  name: "postgres",
  create: () => createPostgresDatabase(process.env[TEMPLATE_ENV.postgres] || undefined),
  createEmpty: () => createPostgresDatabase(),
};

/** Both backends; KECHUANG_TEST_DATABASES=pglite (or postgres) narrows the list for a quick local run. */
export const TEST_DATABASES: TestDatabase[] = [pglite, postgres].filter((d) =>
  (process.env.KECHUANG_TEST_DATABASES ?? "pglite,postgres").split(",").includes(d.name),
);
