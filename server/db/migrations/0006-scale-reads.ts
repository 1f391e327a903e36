/**
 * Reads that scale with what is asked rather than with what is stored:
 * - each document's text length (in UTF-16 code units, as offsets into it are counted) is kept with
 *   it, so plan lists and details never measure stored texts; existing rows are backfilled;
 * - a covering index of approved yearly figures by indicator, place and year, so a plan's progress
 *   reads its targets' series from the index alone, whatever else is stored;
 * - an index of plans in list order, so a page of the plan list starts where the cursor points.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN text_length integer`.execute(db);
  // char_length counts code points; characters beyond the BMP take two UTF-16 units in the offsets.
  await sql.raw("UPDATE documents SET text_length = 2 * char_length(text) - char_length(regexp_replace(text, '[\\U00010000-\\U0010FFFF]', '', 'g'))").execute(db);
  await sql`ALTER TABLE documents ALTER COLUMN text_length SET NOT NULL`.execute(db);
  await sql`CREATE INDEX data_values_approved_years ON data_values (indicator_code, place_code, year) INCLUDE (value, published_at) WHERE status = 'approved' AND granularity = 'year'`.execute(db);
  await sql`CREATE INDEX plans_list_order ON plans (period_start, code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX plans_list_order`.execute(db);
  await sql`DROP INDEX data_values_approved_years`.execute(db);
  await sql`ALTER TABLE documents DROP COLUMN text_length`.execute(db);
}
