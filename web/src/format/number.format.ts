/**
 * Number and unit formatting for people: base-unit values (元, 家, %) shown in the indicator's display
 * unit (亿元) with its decimals, comparators as symbols, growth rates as % or 个百分点/年.
 */
import type { Comparator } from "../../../core/targets/target.ts";
import type { TargetProgress } from "../../../contract/plans.ts";
import { translate, type Language } from "../i18n/translate.ts";

/** How an indicator's values are shown: display-unit value = base value / displayScale. */
export interface DisplayUnit {
  displayUnit: string;
  displayScale: number;
  decimals: number;
}

/** Base-unit value → display-unit value (value / displayScale). */
export function toDisplayValue(base: number, scale: number): number {
  return Number((base / scale).toPrecision(15));
}

/** Display-unit value → base-unit value (value × displayScale), rid of binary-fraction noise. */
export function toBaseValue(display: number, scale: number): number {
  return Number((display * scale).toPrecision(15));
}

/** A plain number with at most `decimals` fraction digits; zh keeps figures ungrouped as plans print them. */
export function formatNumber(value: number, decimals: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", {
    maximumFractionDigits: decimals,
    useGrouping: lang === "en",
  }).format(value);
}

/** A base-unit value shown in display units, without the unit. */
export function formatDisplayValue(base: number, unit: Pick<DisplayUnit, "displayScale" | "decimals">, lang: Language): string {
  return formatNumber(toDisplayValue(base, unit.displayScale), unit.decimals, lang);
}

const comparatorSymbols: Record<Comparator, string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

/** The symbol printed before a target value ("≥", "<"); "" for "=". */
export function comparatorSymbol(comparator: Comparator): string {
  return comparatorSymbols[comparator];
}

/** A target as written in a plan: "≥45000", "2–3", "年均增长>10%", "基期的2倍", "新增1000". */
export function formatTarget(progress: Pick<TargetProgress, "target" | "displayScale" | "decimals">, lang: Language): string {
  const { target } = progress;
  const symbol = comparatorSymbol(target.comparator);
  const scaled = (v: number) => formatDisplayValue(v, progress, lang);
  const plain = (v: number) => formatNumber(v, Math.max(progress.decimals, 2), lang);
  const range = (show: (v: number) => string) =>
    target.valueMax === null ? `${symbol}${show(target.value)}` : `${show(target.value)}–${show(target.valueMax)}`;
  switch (target.kind) {
    case "growth":
      return translate(lang, "target.growth", { value: `${range(plain)}%` });
    case "multiple":
      return translate(lang, "target.multiple", { value: range(plain) });
    case "increment":
      return translate(lang, "target.increment", { value: range(scaled) });
    default:
      return range(scaled);
  }
}

/**
 * An annual growth as the server states it: compound rates are fractions (0.128 → "12.8%"); linear
 * rates are base units a year, shown as 个百分点/年 for % indicators, else as display unit a year.
 */
export function formatGrowth(
  rate: number | null,
  progress: Pick<TargetProgress, "growthBasis" | "unit" | "displayUnit" | "displayScale" | "decimals">,
  lang: Language,
): string | null {
  if (rate === null || progress.growthBasis === null || !Number.isFinite(rate)) return null;
  if (progress.growthBasis === "compound") return `${formatNumber(rate * 100, 1, lang)}%`;
  const perYear = formatNumber(toDisplayValue(rate, progress.displayScale), Math.max(progress.decimals, 2), lang);
  if (progress.unit === "%") return `${perYear} ${translate(lang, "growth.linearUnit")}`;
  return `${perYear} ${translate(lang, "growth.perYear", { unit: progress.displayUnit })}`;
}

/** Completion (0..1, may stray outside) as a whole-number percentage clipped to 0–100; null stays null. */
export function completionPercent(completion: number | null): number | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  return Math.round(Math.min(1, Math.max(0, completion)) * 100);
}

/**
 * A rank quantile as people read it: whole ranks as they are, interpolated ones to one decimal
 * (a 5th percentile of 1.9500000000000001 is shown 2.0, not its binary expansion).
 */
export function formatRankQuantile(rank: number): string {
  return Number.isInteger(rank) ? String(rank) : rank.toFixed(1);
}
