/**
 * Versioned migrations, applied in name order and recorded by Kysely's migrator in
 * kysely_migration. Migrations are imported statically so they work the same from tsx, tests and CLI.
 */
import { Migrator, type Migration, type MigrationProvider } from "kysely";
import type { Db } from "./connect.ts";
import { AppError } from "../errors/app-error.ts";
import * as initial from "./migrations/0001-initial.ts";
import * as review from "./migrations/0002-review.ts";
import * as evaluation from "./migrations/0003-evaluation.ts";
import * as reporting from "./migrations/0004-reporting.ts";
import * as rollupIndex from "./migrations/0005-rollup-index.ts";
import * as scaleReads from "./migrations/0006-scale-reads.ts";
import * as documentKind from "./migrations/0007-document-kind.ts";
import * as monitoringStamp from "./migrations/0010-monitoring-stamp.ts";
import * as tasks from "./migrations/0011-tasks.ts";
import * as enterprises from "./migrations/0012-enterprises.ts";

const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-review": review,
  "0003-evaluation": evaluation,
  "0004-reporting": reporting,
  "0005-rollup-index": rollupIndex,
  "0006-scale-reads": scaleReads,
  "0007-document-kind": documentKind,
  "0010-monitoring-stamp": monitoringStamp,
  "0011-tasks": tasks,
  "0012-enterprises": enterprises,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Unordered: migrations made side by side may land in either order on a database that ran one of them.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // Not a migration's fault: the database could not be opened (its directory held by another process).
    if (error instanceof AppError) throw error;
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
