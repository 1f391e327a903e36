/**
 * Roll-up (汇总) of district figures to the city: additive indicators (counts, amounts) are summed;
 * ratios are recomputed from the sums of their parts, never averaged; a parent's own reported figure
 * is kept beside the sum with their difference. Along the administrative tree only: a zone spans
 * parts of its member districts, so their figures do not add up to it.
 *
 * One indicator and period: the pure core roll-up over the few figures involved, with the children
 * that have not reported. Every indicator at once: the sums in one GROUP BY in the database.
 */
import { rollup, type RollupRow } from "../../core/reporting/index.ts";
import type { Indicator } from "../../core/indicators/indicator.ts";
import type { RollupResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import { notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as repo from "../repositories/rollup.repository.ts";
import { loadCatalogue } from "./report-context.service.ts";

/**
 * The administrative divisions (the city, its districts and counties: those with a GB/T 2260 code).
 * Zones and parks hang under the city in the place tree too, but they overlap their districts, so
 * counting them among the city's children would count their firms twice.
 */
function administrative<P extends { admin_code: string | null }>(places: readonly P[]): P[] {
  return places.filter((p) => p.admin_code !== null);
}

/** The roll-up of one indicator for one period to every parent with reporting children. */
export async function rollupIndicator(db: Db, indicatorCode: string, period: string): Promise<RollupResponse> {
  const { indicators } = await loadCatalogue(db);
  const indicator = indicators.get(indicatorCode);
  if (!indicator) throw notFound("indicator", `指标“${indicatorCode}”不存在`, `indicator "${indicatorCode}" does not exist`);
  const agg = indicator.aggregation;
  const codes = agg.method === "ratio" ? [indicator.code, agg.numerator, agg.denominator] : [indicator.code];
  const [places, stored] = await Promise.all([
    catalogue.findPlaces(db),
    db.selectFrom("data_values").select(["indicator_code", "place_code", "period", "value"]).where("status", "=", "approved").where("indicator_code", "in", codes).where("period", "=", period).execute(),
  ]);
  const names = new Map(places.map((p) => [p.code, p.name_zh]));
  const rows = rollup({
    places: administrative(places).map((p) => ({ code: p.code, parentCode: p.parent_code })),
    values: stored.map((v) => ({ indicatorCode: v.indicator_code, placeCode: v.place_code, period: v.period, value: v.value })),
    indicators: new Map([[indicator.code, indicator]]),
  }).filter((r) => r.indicatorCode === indicator.code);
  return {
    indicatorCode,
    period,
    rows: rows.map((r: RollupRow) => ({
      placeCode: r.placeCode,
      placeNameZh: names.get(r.placeCode) ?? r.placeCode,
      sum: r.sum,
      reported: r.reported,
      difference: r.difference,
      relativeDifference: r.relativeDifference,
      childCount: r.childCount,
      childrenReporting: r.childrenReporting,
      missing: r.missing,
      complete: r.complete,
    })),
  };
}

/** A roll-up row without the list of children not reporting (the bulk path counts them only). */
export type RollupSummary = Omit<RollupRow, "missing" | "complete" | "relativeDifference">;

/** Every additive and ratio indicator (or those given) rolled up one level, for the periods given (or all). */
export async function rollupAll(db: Db, options: { indicatorCodes?: string[]; periods?: string[] } = {}): Promise<RollupSummary[]> {
  const { indicators } = await loadCatalogue(db);
  const chosen = [...indicators.values()].filter((i) => i.aggregation.method !== "none" && (!options.indicatorCodes || options.indicatorCodes.includes(i.code)));
  const places = await catalogue.findPlaces(db);
  const childCount = new Map<string, number>();
  for (const p of administrative(places)) if (p.parent_code) childCount.set(p.parent_code, (childCount.get(p.parent_code) ?? 0) + 1);
  const additive = chosen.filter((i) => i.aggregation.method === "sum").map((i) => i.code);
  const out: Omit<RollupSummary, "reported" | "difference">[] = (await repo.sumChildren(db, additive, options.periods)).map((s) => ({
    indicatorCode: s.indicator_code,
    placeCode: s.parent_code,
    period: s.period,
    sum: s.total,
    childCount: childCount.get(s.parent_code) ?? 0,
    childrenReporting: s.reporting,
  }));
  for (const ratio of chosen.filter((i): i is Indicator & { aggregation: { method: "ratio"; numerator: string; denominator: string; scale: number } } => i.aggregation.method === "ratio")) {
    for (const s of await repo.sumRatioParts(db, ratio.aggregation.numerator, ratio.aggregation.denominator, options.periods)) {
      out.push({ indicatorCode: ratio.code, placeCode: s.parent_code, period: s.period, sum: s.den !== 0 ? (s.num / s.den) * ratio.aggregation.scale : null, childCount: childCount.get(s.parent_code) ?? 0, childrenReporting: s.reporting });
    }
  }
  const own = await repo.findOwnFigures(db, chosen.map((i) => i.code), [...new Set(out.map((r) => r.placeCode))], options.periods);
  const ownBy = new Map(own.map((v) => [`${v.indicator_code}|${v.place_code}|${v.period}`, v.value]));
  return out
    .map((r) => {
      const reported = ownBy.get(`${r.indicatorCode}|${r.placeCode}|${r.period}`) ?? null;
      return { ...r, reported, difference: reported !== null && r.sum !== null ? reported - r.sum : null };
    })
    .sort((a, b) => (a.indicatorCode + a.placeCode + a.period < b.indicatorCode + b.placeCode + b.period ? -1 : 1));
}
