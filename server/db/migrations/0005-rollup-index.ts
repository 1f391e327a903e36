/**
 * An index of approved figures by indicator and period (place, and the value, inside it): the figures
 * of one indicator for one period are read from the index alone, in place order. It serves the
 * roll-up's join of a ratio's parts for the periods where some child lacks one part (a merge join of
 * two index ranges instead of scanning every figure of both indicators), the roll-up of one indicator
 * and period, and the previous period's figures that validation reads.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX data_values_approved_period ON data_values (indicator_code, period, place_code) INCLUDE (value) WHERE status = 'approved'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX data_values_approved_period`.execute(db);
}
