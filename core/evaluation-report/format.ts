/**
 * How the report writes figures: base-unit values in the indicator's display unit with its decimals,
 * targets as plans write them (≥45000, 年均增长>10%, 基期的2倍), growth rates as % (compound) or units
 * a year (linear; 个百分点/年 for shares), completion as a whole percentage, dates and rank intervals.
 */
import type { ReportLang, ReportTarget } from "./schema.ts";

type Unit = Pick<ReportTarget, "displayUnit" | "displayScale" | "decimals">;

/** A plain number with at most `decimals` fraction digits; zh ungrouped as plans print figures, en grouped. */
export function formatNumber(value: number, decimals: number, lang: ReportLang): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: decimals, useGrouping: lang === "en" }).format(value);
}

/** Display-unit value of a base-unit value: base / displayScale, rid of binary-fraction noise. */
export function displayOf(base: number, scale: number): number {
  return Number((base / scale).toPrecision(15));
}

/** A base-unit value with its display unit: "865.1亿元" (zh), "865.1 亿元" → en keeps a space before the unit. */
export function formatValue(base: number, unit: Unit, lang: ReportLang): string {
  const n = formatNumber(displayOf(base, unit.displayScale), unit.decimals, lang);
  return unitAfter(n, unit.displayUnit, lang);
}

function unitAfter(n: string, unit: string, lang: ReportLang): string {
  if (unit === "") return n;
  return lang === "zh" || unit === "%" ? `${n}${unit}` : `${n} ${unit}`;
}

const SYMBOL: Record<ReportTarget["target"]["comparator"], string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

/** A target as the plan writes it: "≥2.5%", "年均增长>10%" / ">10% a year", "基期的2倍" / "2 × baseline", "新增1000家". */
export function formatTarget(t: Pick<ReportTarget, "target" | "displayUnit" | "displayScale" | "decimals">, lang: ReportLang): string {
  const { target } = t;
  const sym = SYMBOL[target.comparator];
  const plain = (v: number) => formatNumber(v, Math.max(t.decimals, 2), lang);
  const scaled = (v: number) => formatNumber(displayOf(v, t.displayScale), t.decimals, lang);
  const range = (show: (v: number) => string) => (target.valueMax === null ? `${sym}${show(target.value)}` : `${show(target.value)}–${show(target.valueMax)}`);
  switch (target.kind) {
    case "growth":
      return lang === "zh" ? `年均增长${range(plain)}%` : `${range(plain)}% a year`;
    case "multiple":
      return lang === "zh" ? `基期的${range(plain)}倍` : `${range(plain)} × baseline`;
    case "increment":
      return lang === "zh" ? `新增${unitAfter(range(scaled), t.displayUnit, lang)}` : `+${unitAfter(range(scaled), t.displayUnit, lang)}`;
    default:
      return unitAfter(range(scaled), t.displayUnit, lang);
  }
}

/** An annual growth: compound fractions as % (0.128 → 12.8%); linear base units a year as 个百分点/年 for %, else display unit a year. */
export function formatGrowth(rate: number | null, t: Pick<ReportTarget, "growthBasis" | "unit" | "displayUnit" | "displayScale" | "decimals">, lang: ReportLang): string | null {
  if (rate === null || t.growthBasis === null || !Number.isFinite(rate)) return null;
  if (t.growthBasis === "compound") return `${formatNumber(rate * 100, 1, lang)}%`;
  const perYear = formatNumber(displayOf(rate, t.displayScale), Math.max(t.decimals, 2), lang);
  if (t.unit === "%") return lang === "zh" ? `${perYear}个百分点/年` : `${perYear} points a year`;
  return lang === "zh" ? `${perYear}${t.displayUnit}/年` : `${perYear} ${t.displayUnit} a year`;
}

/** Completion as a whole percentage, not clipped (a target passed by far reads over 100 %). */
export function formatCompletion(completion: number | null, lang: ReportLang): string | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  return `${formatNumber(Math.round(completion * 100), 0, lang)}%`;
}

/** 2026-12-01 → 2026年12月1日 / 1 December 2026. */
export function formatDate(iso: string, lang: ReportLang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (lang === "zh") return `${y}年${m}月${d}日`;
  const month = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${d} ${month} ${y}`;
}

/** A rank interval rounded to whole ranks: "2–5", or "3" when both ends round alike. */
export function formatRankInterval(low: number | null, high: number | null): string | null {
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const lo = Math.round(low);
  const hi = Math.round(high);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Status and attribute words: the one table in core/monitoring/labels.ts. */
export { ATTRIBUTE_LABELS as ATTRIBUTE_TEXT, STATUS_LABELS as STATUS_TEXT } from "../monitoring/labels.ts";
