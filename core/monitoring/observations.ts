/**
 * Which observations a target is judged on: cleaning (one finite value per year, by year), the
 * horizon (asOfYear, capped at the target year) and the latest value after the baseline year.
 */
import type { YearValue } from "./schema.ts";

/**
 * The last year whose values count: asOfYear, but never after the target year, because a target
 * "到2025年" is judged on the 2025 value; a later value belongs to the next plan's targets.
 */
export function horizonOf(targetYear: number, asOfYear: number | undefined): number {
  return asOfYear === undefined ? targetYear : Math.min(asOfYear, targetYear);
}

/** Finite values up to the horizon, one per year (the last one given wins), sorted by year. */
export function usable(observations: readonly YearValue[], horizon: number): YearValue[] {
  const byYear = new Map<number, number>();
  for (const o of observations) {
    if (Number.isInteger(o.year) && Number.isFinite(o.value) && o.year <= horizon) byYear.set(o.year, o.value);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
}

/** Observations strictly after the baseline year: only they show progress since the baseline. */
export function after(observations: readonly YearValue[], year: number | null): YearValue[] {
  return year === null ? [...observations] : observations.filter((o) => o.year > year);
}

/** The last element, or null. */
export function lastOf<T>(items: readonly T[]): T | null {
  return items.length > 0 ? (items[items.length - 1] as T) : null;
}
