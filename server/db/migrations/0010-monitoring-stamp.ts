/**
 * A stamp of what monitoring reads, so assessed progress can be kept between requests and trusted:
 * every statement that changes plans, targets, figures, indicators or documents adds a row to
 * monitoring_changes (a statement-level trigger, so a 100,000-row import adds one), and the stamp is
 * monitoring_stamp.pruned + count(monitoring_changes). A row appears when its transaction commits,
 * so the stamp a reader sees grows with every committed change, whichever process wrote it (the CLI,
 * another server), and it takes no lock that two writers could wait on. Pruning folds the rows into
 * `pruned` in one statement, keeping the sum.
 */
import { sql, type Kysely } from "kysely";

const WATCHED = ["plans", "targets", "data_values", "indicators", "documents"] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE monitoring_changes (id bigserial PRIMARY KEY)`.execute(db);
  await sql`CREATE TABLE monitoring_stamp (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), pruned bigint NOT NULL DEFAULT 0)`.execute(db);
  await sql`INSERT INTO monitoring_stamp DEFAULT VALUES`.execute(db);
  await sql`
    CREATE FUNCTION note_monitoring_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO monitoring_changes DEFAULT VALUES;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of WATCHED) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_monitoring_change`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION note_monitoring_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of WATCHED) await sql`DROP TRIGGER ${sql.raw(`${table}_monitoring_change`)} ON ${sql.table(table)}`.execute(db);
  await sql`DROP FUNCTION note_monitoring_change()`.execute(db);
  await sql`DROP TABLE monitoring_stamp`.execute(db);
  await sql`DROP TABLE monitoring_changes`.execute(db);
}
