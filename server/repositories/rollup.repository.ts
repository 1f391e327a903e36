/**
 * SQL of the roll-up: approved figures of places summed to their parent place in one GROUP BY, with
 * each parent's number of children beside the sums; the sums of a ratio's numerator and denominator
 * over the children that report both (a join, run only where some child lacks a part); each parent's
 * own figures. Administrative divisions only (those with a GB/T 2260 code): zones overlap their
 * districts. Reads only the indicators, periods and parents asked.
 */
import { sql } from "kysely";
import type { Db } from "../db/connect.ts";

export interface ChildSum {
  indicator_code: string;
  parent_code: string;
  period: string;
  total: number;
  /** Children with an approved figure (a child has at most one per indicator and period). */
  reporting: number;
  /** All children of the parent, reporting or not. */
  child_count: number;
}

/** Σ of approved figures of each parent's children, per indicator and period, with the parent's child count. */
export async function sumChildren(db: Db, indicatorCodes: string[], periods?: string[]): Promise<ChildSum[]> {
  if (indicatorCodes.length === 0) return [];
  const inPeriods = periods?.length ? sql`AND v.period = ANY(${periods}::text[])` : sql``;
  const { rows } = await sql<ChildSum>`
    SELECT s.indicator_code, s.parent_code, s.period, s.total, s.reporting, c.child_count
    FROM (
      SELECT v.indicator_code, p.parent_code, v.period, sum(v.value) AS total, count(*) AS reporting
      FROM data_values v JOIN places p ON p.code = v.place_code
      WHERE v.status = 'approved' AND p.parent_code IS NOT NULL AND p.admin_code IS NOT NULL AND v.indicator_code = ANY(${indicatorCodes}::text[]) ${inPeriods}
      GROUP BY v.indicator_code, p.parent_code, v.period
    ) s
    JOIN (SELECT parent_code, count(*) AS child_count FROM places WHERE parent_code IS NOT NULL AND admin_code IS NOT NULL GROUP BY parent_code) c ON c.parent_code = s.parent_code`.execute(db);
  return rows.map((r) => ({ ...r, total: Number(r.total), reporting: Number(r.reporting), child_count: Number(r.child_count) }));
}

/** Σ numerator and Σ denominator over each parent's children that report both, per period (of the parents and periods given). */
export async function sumRatioParts(db: Db, numerator: string, denominator: string, scope: { periods?: string[]; parentCodes?: string[] } = {}) {
  let query = db
    .selectFrom("data_values as n")
    .innerJoin("data_values as d", (join) => join.onRef("d.place_code", "=", "n.place_code").onRef("d.period", "=", "n.period").on("d.indicator_code", "=", denominator).on("d.status", "=", "approved"))
    .innerJoin("places as p", "p.code", "n.place_code")
    .select(["p.parent_code", "n.period", sql<number>`sum(n.value)`.as("num"), sql<number>`sum(d.value)`.as("den"), sql<number>`count(*)`.as("reporting")])
    .where("n.indicator_code", "=", numerator)
    .where("n.status", "=", "approved")
    .where("p.parent_code", "is not", null)
    .where("p.admin_code", "is not", null);
  if (scope.periods?.length) query = query.where("n.period", "in", scope.periods).where("d.period", "in", scope.periods);
  if (scope.parentCodes?.length) query = query.where("p.parent_code", "in", scope.parentCodes);
  const rows = await query.groupBy(["p.parent_code", "n.period"]).execute();
  return rows.map((r) => ({ parent_code: r.parent_code!, period: r.period, num: Number(r.num), den: Number(r.den), reporting: Number(r.reporting) }));
}

/** The own approved figures of every place that has children, for these indicators (and periods). */
export function findOwnFigures(db: Db, indicatorCodes: string[], periods?: string[]) {
  if (indicatorCodes.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom("data_values")
    .select(["indicator_code", "place_code", "period", "value"])
    .where("status", "=", "approved")
    .where("indicator_code", "in", indicatorCodes)
    .where("place_code", "in", (eb) => eb.selectFrom("places").select("parent_code").where("parent_code", "is not", null).$narrowType<{ parent_code: string }>());
  if (periods?.length) query = query.where("period", "in", periods);
  return query.execute();
}
