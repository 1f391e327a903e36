/**
 * Vitest's global setup: builds, once per test run, the template databases that test-databases.ts
 * copies for each suite — a PGlite data directory dump and a PostgreSQL template database, each
 * migrated and seeded by the start-up path — and removes them when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import type { Database } from "../schema.ts";
import { openDatabase } from "../connect.ts";
import { fillDatabase } from "../../start.ts";
import { createPostgresDatabase, TEMPLATE_ENV, TEST_DATABASES, writeDataDirDump } from "../test-databases.ts";

async function pgliteTemplate(file: string): Promise<void> {
  const pglite = new PGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await fillDatabase(db);
    await writeDataDirDump(pglite, file);
  } finally {
    await db.destroy();
  }
}

async function postgresTemplate(): Promise<{ name: string; drop(): Promise<void> }> {
  const created = await createPostgresDatabase(undefined, "kechuang_template");
  const db = openDatabase(created.target);
  try {
    await fillDatabase(db);
  } finally {
    await db.destroy();
  }
  return created;
}

export default async function setup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "kechuang-test-templates-"));
  const names = TEST_DATABASES.map((d) => d.name);
  const dump = join(dir, "pglite.tar");
  // A template that cannot be built (no PostgreSQL server, say) is left out: the suites then start
  // from empty databases and report the real problem themselves.
  const [pglite, postgres] = await Promise.allSettled([
    names.includes("pglite") ? pgliteTemplate(dump) : Promise.reject(new Error("not used")),
    names.includes("postgres") ? postgresTemplate() : Promise.reject(new Error("not used")),
  ]);
  if (pglite.status === "fulfilled") process.env[TEMPLATE_ENV.pglite] = dump;
  if (postgres.status === "fulfilled") process.env[TEMPLATE_ENV.postgres] = postgres.value.name;
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (postgres.status === "fulfilled") await postgres.value.drop();
  };
}
