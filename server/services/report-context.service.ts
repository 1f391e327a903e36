/**
 * What validating reported figures needs from the database, read once per batch: the catalogue, the
 * places, the round's scope, and the approved figures of the previous period and of the indicators a
 * ratio ties together — only for the indicators, places and periods the batch touches.
 */
import { formatPeriod, parsePeriod, previousPeriod } from "../../core/periods/period.ts";
import { DEFAULT_CHANGE_BOUND, DEFAULT_RATIO_TOLERANCE, ratiosUsing, type ReportContext } from "../../core/reporting/index.ts";
import type { Indicator } from "../../core/indicators/indicator.ts";
import type { Db } from "../db/connect.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";

export interface BatchKey {
  indicatorCode: string;
  placeCode: string;
  period: string;
}

export interface RoundScope {
  period: string;
  indicatorCodes: ReadonlySet<string>;
  placeCodes: ReadonlySet<string>;
}

/** Settings of the change and ratio rules (KECHUANG_CHANGE_BOUND, KECHUANG_RATIO_TOLERANCE). */
export function reportRulesFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const bound = Number(env.KECHUANG_CHANGE_BOUND ?? DEFAULT_CHANGE_BOUND);
  const tolerance = Number(env.KECHUANG_RATIO_TOLERANCE ?? DEFAULT_RATIO_TOLERANCE);
  return {
    changeBound: Number.isFinite(bound) && bound > 0 ? bound : DEFAULT_CHANGE_BOUND,
    ratioTolerance: Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : DEFAULT_RATIO_TOLERANCE,
  };
}

export async function loadCatalogue(db: Db) {
  const [indicatorRows, placeRows] = await Promise.all([catalogue.findIndicators(db), catalogue.findPlaces(db)]);
  const indicators = new Map<string, Indicator>(indicatorRows.map((r) => [r.code, presentIndicator(r)]));
  const places = new Map(placeRows.map((p) => [p.code, { code: p.code, nameZh: p.name_zh, nameEn: p.name_en }]));
  return { indicators, places };
}

/** The indicators whose figures the rules may consult for these: themselves, their ratio parts, the ratios using them. */
function relatedIndicators(codes: Iterable<string>, indicators: ReadonlyMap<string, Indicator>): string[] {
  const related = new Set<string>();
  for (const code of codes) {
    related.add(code);
    const agg = indicators.get(code)?.aggregation;
    if (agg?.method === "ratio") related.add(agg.numerator).add(agg.denominator);
    for (const ratio of ratiosUsing(indicators, code)) {
      related.add(ratio.code).add(ratio.aggregation.numerator).add(ratio.aggregation.denominator);
    }
  }
  return [...related];
}

/** Builds the context for validating `keys` (inside `round` when given). */
export async function buildReportContext(db: Db, keys: readonly BatchKey[], round?: RoundScope): Promise<ReportContext> {
  const { indicators, places } = await loadCatalogue(db);
  const indicatorCodes = relatedIndicators(new Set(keys.map((k) => k.indicatorCode)), indicators);
  const placeCodes = [...new Set(keys.map((k) => k.placeCode))].filter((c) => places.has(c));
  const periods = new Set<string>();
  for (const k of keys) {
    const parsed = parsePeriod(k.period);
    if (!parsed) continue;
    periods.add(formatPeriod(parsed));
    periods.add(formatPeriod(previousPeriod(parsed)));
  }
  const stored = new Map<string, number>();
  if (indicatorCodes.length && placeCodes.length && periods.size) {
    // Chunked by place so that each statement stays well within PostgreSQL's parameter limit.
    for (let i = 0; i < placeCodes.length; i += 5000) {
      const rows = await db
        .selectFrom("data_values")
        .select(["indicator_code", "place_code", "period", "value"])
        .where("status", "=", "approved")
        .where("indicator_code", "in", indicatorCodes)
        .where("place_code", "in", placeCodes.slice(i, i + 5000))
        .where("period", "in", [...periods])
        .execute();
      for (const r of rows) stored.set(`${r.indicator_code}\u0000${r.place_code}\u0000${r.period}`, r.value);
    }
  }
  const key = (i: string, p: string, t: string) => `${i}\u0000${p}\u0000${t}`;
  return {
    indicators,
    places,
    round,
    currentYear: new Date().getFullYear(),
    ...reportRulesFromEnv(),
    previous(indicatorCode, placeCode, period) {
      const parsed = parsePeriod(period);
      if (!parsed) return undefined;
      const before = formatPeriod(previousPeriod(parsed));
      const value = stored.get(key(indicatorCode, placeCode, before));
      return value === undefined ? undefined : { period: before, value };
    },
    known: (indicatorCode, placeCode, period) => stored.get(key(indicatorCode, placeCode, period)),
  };
}
