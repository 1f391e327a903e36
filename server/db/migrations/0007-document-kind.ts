/**
 * What kind of document each stored document is — a plan (规划: goals for a period) or a report
 * (工作报告: last year's results and this year's goals) — and the year it speaks for (a report's own
 * year; a plan's year of issue), as recognised at import and corrected in review. Documents stored
 * before are plans whose year is not known.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN kind text NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'report'))`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN year integer CHECK (year BETWEEN 1949 AND 2100)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents DROP COLUMN year`.execute(db);
  await sql`ALTER TABLE documents DROP COLUMN kind`.execute(db);
}
