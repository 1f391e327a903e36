/**
 * SQL of the roll-up: approved figures of places summed to their parent place in one GROUP BY, for
 * additive indicators, and the sums of a ratio's numerator and denominator over the children that
 * report both. Administrative divisions only (those with an admin code): zones overlap their
 * districts. Reads only the indicators and periods asked.
 */
import { sql } from "kysely";
import type { Db } from "../db/connect.ts";

export interface ChildSum {
  indicator_code: string;
  parent_code: string;
  period: string;
  total: number;
  reporting: number;
}

/** Σ of approved figures of each parent's children, per indicator and period. */
export async function sumChildren(db: Db, indicatorCodes: string[], periods?: string[]): Promise<ChildSum[]> {
  if (indicatorCodes.length === 0) return [];
  let query = db
    .selectFrom("data_values as v")
    .innerJoin("places as p", "p.code", "v.place_code")
    .select(["v.indicator_code", "p.parent_code", "v.period", sql<number>`sum(v.value)`.as("total"), sql<number>`count(*)`.as("reporting")])
    .where("v.status", "=", "approved")
    .where("p.parent_code", "is not", null)
    .where("p.admin_code", "is not", null)
    .where("v.indicator_code", "in", indicatorCodes);
  if (periods?.length) query = query.where("v.period", "in", periods);
  const rows = await query.groupBy(["v.indicator_code", "p.parent_code", "v.period"]).execute();
  return rows.map((r) => ({ ...r, parent_code: r.parent_code!, total: Number(r.total), reporting: Number(r.reporting) }));
}

/** Σ numerator and Σ denominator over each parent's children that report both, per period. */
export async function sumRatioParts(db: Db, numerator: string, denominator: string, periods?: string[]) {
  let query = db
    .selectFrom("data_values as n")
    .innerJoin("data_values as d", (join) => join.onRef("d.place_code", "=", "n.place_code").onRef("d.period", "=", "n.period").on("d.indicator_code", "=", denominator).on("d.status", "=", "approved"))
    .innerJoin("places as p", "p.code", "n.place_code")
    .select(["p.parent_code", "n.period", sql<number>`sum(n.value)`.as("num"), sql<number>`sum(d.value)`.as("den"), sql<number>`count(*)`.as("reporting")])
    .where("n.indicator_code", "=", numerator)
    .where("n.status", "=", "approved")
    .where("p.parent_code", "is not", null)
    .where("p.admin_code", "is not", null);
  if (periods?.length) query = query.where("n.period", "in", periods);
  const rows = await query.groupBy(["p.parent_code", "n.period"]).execute();
  return rows.map((r) => ({ parent_code: r.parent_code!, period: r.period, num: Number(r.num), den: Number(r.den), reporting: Number(r.reporting) }));
}

/** Each parent's own approved figure for these indicators and periods. */
export function findOwnFigures(db: Db, indicatorCodes: string[], placeCodes: string[], periods?: string[]) {
  if (indicatorCodes.length === 0 || placeCodes.length === 0) return Promise.resolve([]);
  let query = db.selectFrom("data_values").select(["indicator_code", "place_code", "period", "value"]).where("status", "=", "approved").where("indicator_code", "in", indicatorCodes).where("place_code", "in", placeCodes);
  if (periods?.length) query = query.where("period", "in", periods);
  return query.execute();
}
