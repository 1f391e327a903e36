/**
 * The data-preparation steps before treatment: denomination, cross-sectional imputation and
 * screening of units by data availability. Each returns a new frame and leaves its input intact.
 */
import type { Frame } from "./definition.ts";
import { mean, median } from "./stats.ts";

/** Denomination: x′ᵢ = xᵢ / dᵢ for every indicator that has a denominator column d. */
export function denominate(frame: Frame, denominators: Map<string, string>, denomCols: Map<string, Float64Array>): Frame {
  const cols = new Map<string, Float64Array>();
  for (const [code, x] of frame.cols) {
    const dCode = denominators.get(code);
    const d = dCode === undefined ? undefined : denomCols.get(dCode);
    cols.set(code, d ? x.map((v, i) => v / d[i]!) : x.slice());
  }
  return { units: frame.units.slice(), cols };
}

export type ImputeMethod = "mean" | "median";

/**
 * Imputation: a missing xᵢ becomes the mean (or median) of the present values of the same
 * indicator among units of i's group (all units when `groups` is absent). Stays missing when the
 * group has no value.
 */
export function impute(frame: Frame, method: ImputeMethod, groups?: readonly (string | null)[]): Frame {
  const centre = method === "mean" ? mean : median;
  const keys = groups ?? frame.units.map(() => "");
  const byGroup = new Map<string | null, number[]>();
  keys.forEach((g, i) => byGroup.set(g, [...(byGroup.get(g) ?? []), i]));
  const cols = new Map<string, Float64Array>();
  for (const [code, x] of frame.cols) {
    const y = x.slice();
    for (const idx of byGroup.values()) {
      if (!idx.some((i) => Number.isNaN(x[i]!))) continue;
      const fill = centre(idx.map((i) => x[i]!));
      for (const i of idx) if (Number.isNaN(x[i]!)) y[i] = fill;
    }
    cols.set(code, y);
  }
  return { units: frame.units.slice(), cols };
}

export interface ScreenResult {
  frame: Frame;
  /** Units removed and their data-availability fraction. */
  removed: { uCode: string; dataFraction: number }[];
}

/**
 * Screening: unit i is kept when its data availability, #present(xᵢ·) / #indicators, is at least
 * `minDataFraction` (and, if given, its share of non-zero values at least `minNonZeroFraction`).
 */
export function screenUnits(frame: Frame, minDataFraction: number, minNonZeroFraction = 0): ScreenResult {
  const cols = [...frame.cols.values()];
  const keep: number[] = [];
  const removed: ScreenResult["removed"] = [];
  frame.units.forEach((u, i) => {
    let present = 0;
    let nonZero = 0;
    for (const c of cols) {
      const v = c[i]!;
      if (!Number.isNaN(v)) present++;
      if (!Number.isNaN(v) && v !== 0) nonZero++;
    }
    const frac = present / cols.length;
    if (frac >= minDataFraction && nonZero / cols.length >= minNonZeroFraction) keep.push(i);
    else removed.push({ uCode: u, dataFraction: frac });
  });
  return { frame: subsetUnits(frame, keep), removed };
}

/** The frame restricted to the given unit positions, in that order. */
export function subsetUnits(frame: Frame, rows: readonly number[]): Frame {
  const cols = new Map<string, Float64Array>();
  for (const [code, x] of frame.cols) cols.set(code, Float64Array.from(rows, (i) => x[i]!));
  return { units: rows.map((i) => frame.units[i]!), cols };
}
