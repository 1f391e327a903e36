/**
 * Roll-up (汇总) of district figures to the city: additive indicators (counts, amounts) are summed;
 * ratios are recomputed from the sums of their parts, never averaged; a parent's own reported figure
 * is kept beside the sum with their difference. Along the administrative tree only: a zone spans
 * parts of its member districts, so their figures do not add up to it.
 *
 * One indicator and period: the pure core roll-up over the few figures involved, with the children
 * that have not reported. Every indicator at once: the sums of the additive indicators and of the
 * ratios' parts in one GROUP BY in the database, each parent's own figures read beside it; a ratio
 * needs a join of its parts only where some child reports one part and not the other.
 */
import { rollup, type RatioIndicator, type RollupRow } from "../../core/reporting/index.ts";
import type { RollupResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import { notFound } from "../errors/app-error.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
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
  const indicators = (await catalogue.findIndicators(db)).map(presentIndicator);
  const chosen = indicators.filter((i) => i.aggregation.method !== "none" && (!options.indicatorCodes || options.indicatorCodes.includes(i.code)));
  const additive = chosen.filter((i) => i.aggregation.method === "sum").map((i) => i.code);
  const ratios = chosen.filter((i): i is RatioIndicator => i.aggregation.method === "ratio");
  // One GROUP BY gives the sums of the additive indicators and of every ratio's parts.
  const parts = new Set([...additive, ...ratios.flatMap((r) => [r.aggregation.numerator, r.aggregation.denominator])]);
  const [sums, own] = await Promise.all([repo.sumChildren(db, [...parts], options.periods), repo.findOwnFigures(db, chosen.map((i) => i.code), options.periods)]);
  const key = (indicator: string, place: string, period: string) => `${indicator}\u0000${place}\u0000${period}`;
  const sumBy = new Map(sums.map((s) => [key(s.indicator_code, s.parent_code, s.period), s]));
  const additiveSet = new Set(additive);
  const out: Omit<RollupSummary, "reported" | "difference">[] = sums
    .filter((s) => additiveSet.has(s.indicator_code))
    .map((s) => ({ indicatorCode: s.indicator_code, placeCode: s.parent_code, period: s.period, sum: s.total, childCount: s.child_count, childrenReporting: s.reporting }));
  for (const ratio of ratios) {
    const { numerator, denominator, scale } = ratio.aggregation;
    const value = (num: number, den: number) => (den !== 0 ? (num / den) * scale : null);
    // Where every child reports both parts, the children reporting both are all of them and the
    // ratio's parts are the plain sums; elsewhere the children reporting both are found by a join.
    const unpaired: { parent: string; period: string }[] = [];
    for (const n of sums.filter((s) => s.indicator_code === numerator)) {
      const d = sumBy.get(key(denominator, n.parent_code, n.period));
      if (!d) continue;
      if (n.reporting === n.child_count && d.reporting === d.child_count) {
        out.push({ indicatorCode: ratio.code, placeCode: n.parent_code, period: n.period, sum: value(n.total, d.total), childCount: n.child_count, childrenReporting: n.reporting });
      } else unpaired.push({ parent: n.parent_code, period: n.period });
    }
    if (unpaired.length === 0) continue;
    const wanted = new Set(unpaired.map((u) => `${u.parent}\u0000${u.period}`));
    const scope = { parentCodes: [...new Set(unpaired.map((u) => u.parent))], periods: [...new Set(unpaired.map((u) => u.period))] };
    for (const s of await repo.sumRatioParts(db, numerator, denominator, scope)) {
      if (!wanted.has(`${s.parent_code}\u0000${s.period}`)) continue;
      const childCount = sumBy.get(key(numerator, s.parent_code, s.period))!.child_count;
      out.push({ indicatorCode: ratio.code, placeCode: s.parent_code, period: s.period, sum: value(s.num, s.den), childCount, childrenReporting: s.reporting });
    }
  }
  const ownBy = new Map(own.map((v) => [key(v.indicator_code, v.place_code, v.period), v.value]));
  return out
    .map((r) => {
      const reported = ownBy.get(key(r.indicatorCode, r.placeCode, r.period)) ?? null;
      return { ...r, reported, difference: reported !== null && r.sum !== null ? reported - r.sum : null };
    })
    .sort((a, b) => (a.indicatorCode + a.placeCode + a.period < b.indicatorCode + b.placeCode + b.period ? -1 : 1));
}
