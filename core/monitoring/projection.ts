/**
 * How far a projection can be trusted: whether the realised growth behind it comes from a short or
 * volatile series, whether it runs far past the data, and then the range of growth and of the
 * projection that one number would hide. The status itself stays on the central projection.
 */
import type { GrowthBasis, ProjectionFlag, Range, YearValue } from "./schema.ts";
import { extend, finite, rateOn } from "./trend.ts";

export interface Caution {
  realisedRange: Range | null;
  projectionRange: Range | null;
  projectionFlags: ProjectionFlag[];
}

export const NO_CAUTION: Caution = Object.freeze({ realisedRange: null, projectionRange: null, projectionFlags: [] }) as Caution;

/** Fewer yearly steps than this behind the realised growth make a short series. */
export const SHORT_SERIES_STEPS = 3;
/** Steps whose rates spread by more than this share of the realised rate make a volatile series. */
export const VOLATILE_SPREAD = 0.5;

const rangeOf = (a: number | null, b: number | null): Range | null => {
  const lo = finite(Math.min(a ?? NaN, b ?? NaN));
  const hi = finite(Math.max(a ?? NaN, b ?? NaN));
  return lo === null || hi === null || hi - lo <= 1e-12 * Math.max(1, Math.abs(hi)) ? null : { low: lo, high: hi };
};

/** Short (few steps) and volatile (steps' rates spread past VOLATILE_SPREAD · |realised|) flags. */
export function seriesFlags(steps: readonly number[], realised: number): ProjectionFlag[] {
  const flags: ProjectionFlag[] = [];
  if (steps.length < SHORT_SERIES_STEPS) flags.push("short_series");
  if (steps.length >= 2 && Math.max(...steps) - Math.min(...steps) > VOLATILE_SPREAD * Math.max(Math.abs(realised), 1e-12)) flags.push("volatile");
  return flags;
}

/**
 * The caution of a trajectory's projection. `series` runs from the baseline to the current figure.
 * Range: with several steps, the lowest and highest step rate (and the realised one); with a single
 * step, the realised rate and the rate at which the other growth model (linear for compound, compound
 * for linear) would reach its projection. Far: |projection − current| > |current − baseline|, or more
 * years ahead than the series covers.
 */
export function projectionCaution(
  basis: GrowthBasis,
  series: readonly YearValue[],
  current: YearValue,
  realised: number | null,
  projection: number | null,
  yearsRemaining: number,
): Caution {
  if (realised === null || series.length < 2) return NO_CAUTION;
  const steps: number[] = [];
  for (let i = 1; i < series.length; i++) {
    const r = rateOn(basis, series[i - 1]!.value, series[i]!.value, series[i]!.year - series[i - 1]!.year);
    if (r !== null) steps.push(r);
  }
  const first = series[0]!;
  const flags = seriesFlags(steps, realised);
  const covered = current.year - first.year;
  if (projection !== null && yearsRemaining > 0 && (Math.abs(projection - current.value) > Math.abs(current.value - first.value) || yearsRemaining > covered)) {
    flags.push("far_extrapolation");
  }
  if (!flags.includes("short_series") && !flags.includes("volatile")) return { ...NO_CAUTION, projectionFlags: flags };
  let realisedRange: Range | null = null;
  if (steps.length >= 2) realisedRange = rangeOf(Math.min(realised, ...steps), Math.max(realised, ...steps));
  else if (yearsRemaining > 0) {
    const other: GrowthBasis = basis === "compound" ? "linear" : "compound";
    const otherRate = rateOn(other, first.value, current.value, covered);
    const otherProjection = otherRate === null ? null : finite(extend(other, current.value, otherRate, yearsRemaining));
    realisedRange = otherProjection === null ? null : rangeOf(realised, rateOn(basis, current.value, otherProjection, yearsRemaining));
  }
  const projectionRange =
    realisedRange && yearsRemaining > 0 ? rangeOf(extend(basis, current.value, realisedRange.low, yearsRemaining), extend(basis, current.value, realisedRange.high, yearsRemaining)) : null;
  return { realisedRange, projectionRange, projectionFlags: flags };
}
