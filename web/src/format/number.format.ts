/**
 * Number formatting for people: the shared rules of core/units/display-format.ts (display units,
 * thousands separators in both languages, comparators, targets, growth) plus what only the web needs.
 */

export {
  comparatorSymbol,
  formatDisplayValue,
  formatGrowth,
  formatGrowthRange,
  formatNumber,
  formatRankInterval,
  formatTarget,
  toDisplayValue,
  type DisplayUnit,
} from "../../../core/units/display-format.ts";

/** Display-unit value → base-unit value (value × displayScale), rid of binary-fraction noise. */
export function toBaseValue(display: number, scale: number): number {
  return Number((display * scale).toPrecision(15));
}

/** Completion (0..1, may stray outside) as a whole-number percentage clipped to 0–100; null stays null. */
export function completionPercent(completion: number | null): number | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  return Math.round(Math.min(1, Math.max(0, completion)) * 100);
}

/**
 * A rank quantile as people read it: a whole rank, the nearest one to an interpolated quantile
 * (a 5th percentile of 1.9500000000000001 is rank 2, never its binary expansion).
 */
export function formatRankQuantile(rank: number): string {
  return String(Math.round(rank));
}
