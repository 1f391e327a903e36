/**
 * Growth arithmetic on one of two bases: compound (relative growth per year, for counts, amounts and
 * ratios) and linear (units per year, for shares in percentage points and for increments).
 * Every function returns null where its formula is undefined, never NaN or ±Infinity.
 */
import type { GrowthBasis } from "./schema.ts";

/** A finite number, or null: the one gate every output figure passes (−0 becomes 0, as JSON would make it). */
export function finite(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return x === 0 ? 0 : x;
}

/** Compound rate per year: (to / from)^(1 / years) − 1; null unless from, to > 0 and years > 0. */
export function compoundRate(from: number, to: number, years: number): number | null {
  if (!(from > 0 && to > 0 && years > 0)) return null;
  return finite(Math.pow(to / from, 1 / years) - 1);
}

/** Linear rate per year: (to − from) / years; null unless years > 0. */
export function linearRate(from: number, to: number, years: number): number | null {
  return years > 0 ? finite((to - from) / years) : null;
}

/** Rate per year from `from` to `to` over `years` on the given basis. */
export function rateOn(basis: GrowthBasis, from: number, to: number, years: number): number | null {
  return basis === "compound" ? compoundRate(from, to, years) : linearRate(from, to, years);
}

/** Continue a rate: compound value·(1 + rate)^years, linear value + rate·years. May overflow to ±Infinity. */
export function extend(basis: GrowthBasis, value: number, rate: number, years: number): number {
  return basis === "compound" ? value * Math.pow(1 + rate, years) : value + rate * years;
}

/** Completion: (x − baseline) / (target − baseline); null when target = baseline (no distance to cover). */
export function completionOf(x: number, baseline: number, target: number): number | null {
  return target === baseline ? null : finite((x - baseline) / (target - baseline));
}

/**
 * The yearly path from (fromYear, from) to (toYear, to): compound from·(to/from)^((y − fromYear)/(toYear − fromYear)),
 * linear the straight line. [] when the years do not run forward or a compound path would pass through zero.
 */
export function pathBetween(
  basis: GrowthBasis,
  from: number,
  to: number,
  fromYear: number,
  toYear: number,
): { year: number; value: number }[] {
  const span = toYear - fromYear;
  if (span <= 0 || (basis === "compound" && !(from > 0 && to > 0))) return [];
  const out: { year: number; value: number }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const t = (year - fromYear) / span;
    const value = basis === "compound" ? from * Math.pow(to / from, t) : from + (to - from) * t;
    if (!Number.isFinite(value)) return [];
    out.push({ year, value: year === toYear ? to : value });
  }
  return out;
}
