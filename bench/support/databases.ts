/**
 * Fresh databases for the database benchmarks: PGlite in a new temporary directory (on disk, as the
 * server keeps it), or a new database on the tests' PostgreSQL server through test-databases'
 * create(); each migrated and seeded by prepareDatabase, and removed by its `drop`. Migrating and
 * seeding PGlite on disk takes about 20 s here, so a benchmark may prepare one PGlite directory
 * once (pgliteTemplate) and start each fresh database as a copy of it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db, DatabaseTarget } from "../../server/db/connect.ts";
import { TEST_DATABASES } from "../../server/db/test-databases.ts";
import { prepareDatabase } from "../../server/start.ts";

export type Engine = "pglite" | "postgres";
export const ENGINES: Engine[] = ["pglite", "postgres"];

export interface FreshDatabase {
  engine: Engine;
  target: DatabaseTarget;
  db: Db;
  /** Closes the connection (if still open) and removes the database. */
  drop(): Promise<void>;
}

/** A migrated and seeded PGlite data directory in a new temporary folder, closed; returns its path. */
export async function pgliteTemplate(): Promise<string> {
  const { target } = await emptyDatabase("pglite");
  const db = await prepareDatabase(target);
  await db.destroy();
  return (target as { dataDir: string }).dataDir;
}

/** An empty database of `engine` (for PGlite, a copy of `template` when given), not yet opened. */
export async function emptyDatabase(engine: Engine, template?: string): Promise<{ target: DatabaseTarget; remove(): Promise<void> }> {
  if (engine === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "kechuang-bench-"));
    const dataDir = join(dir, "pglite");
    if (template) cpSync(template, dataDir, { recursive: true });
    return { target: { kind: "pglite", dataDir }, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const postgres = TEST_DATABASES.find((d) => d.name === "postgres");
  if (!postgres) throw new Error("KECHUANG_TEST_DATABASES leaves out postgres");
  const created = await postgres.create();
  return { target: created.target, remove: created.drop };
}

/** A migrated and seeded database of `engine`, open (PGlite: a copy of `pgliteTemplate` when given). */
export async function freshDatabase(engine: Engine, pgliteTemplate?: string): Promise<FreshDatabase> {
  const { target, remove } = await emptyDatabase(engine, pgliteTemplate);
  const db = await prepareDatabase(target);
  let open = true;
  return {
    engine,
    target,
    db,
    async drop() {
      if (open) await db.destroy();
      open = false;
      await remove();
    },
  };
}
