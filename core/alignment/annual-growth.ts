/**
 * What a target asks of each year, the common ground for comparing targets stated for different years:
 * the required annual growth (compound for counts and amounts, percentage points per year for shares
 * and ratios) and the level the target's path reaches in a given year.
 */
import type { Measure } from "../indicators/indicator.ts";
import type { TargetSpec } from "../targets/target.ts";

/** A target as alignment reads it: its spec and the first year of its plan (the default base year). */
export type AlignableTarget = { spec: Pick<TargetSpec, "kind" | "value" | "targetYear" | "baseline" | "unit">; planStart: number };

export type Growth = { rate: number; basis: "compound" | "linear" };

/** Counts and amounts grow by compound rates; shares, ratios and rates move linearly. */
export function growthBasis(measure: Measure): Growth["basis"] {
  return measure === "count" || measure === "amount" ? "compound" : "linear";
}

/** Base year of a target: its baseline's year, else the year before its plan starts. */
function baseYear(t: AlignableTarget): number {
  return t.spec.baseline?.year ?? t.planStart - 1;
}

/** The level the target asks for in its target year, or null when it needs a baseline it lacks. */
export function targetLevel(t: AlignableTarget): number | null {
  const { kind, value, baseline } = t.spec;
  if (kind === "level") return value;
  if (kind === "multiple") return baseline ? baseline.value * value : null;
  if (kind === "increment") return baseline ? baseline.value + value : null;
  return null;
}

/**
 * Required annual growth. growth: the stated rate (年均增长10% → 0.10 compound; 个百分点 → linear).
 * multiple m over n years: m^(1/n) − 1 (翻番 over 5 years → 14.87 %). level or increment from a baseline
 * b to L over n years: (L/b)^(1/n) − 1 compound, (L − b)/n linear.
 */
export function requiredGrowth(t: AlignableTarget, measure: Measure): Growth | null {
  const { kind, value } = t.spec;
  const years = t.spec.targetYear - baseYear(t);
  if (kind === "growth") return t.spec.unit === "个百分点" ? { rate: value, basis: "linear" } : { rate: value / 100, basis: "compound" };
  if (years <= 0) return null;
  if (kind === "multiple") return value > 0 ? { rate: value ** (1 / years) - 1, basis: "compound" } : null;
  const level = targetLevel(t);
  const base = t.spec.baseline?.value;
  if (level === null || base === undefined) return null;
  const basis = growthBasis(measure);
  if (basis === "compound") return base > 0 && level > 0 ? { rate: (level / base) ** (1 / years) - 1, basis } : null;
  return { rate: (level - base) / years, basis };
}

/** Level on the target's path in `year` (its own level in its target year), or null. */
export function levelAt(t: AlignableTarget, year: number, measure: Measure): number | null {
  const level = targetLevel(t);
  if (level === null) return null;
  if (year === t.spec.targetYear) return level;
  const growth = requiredGrowth(t, measure);
  if (!growth || t.spec.kind === "growth") return null;
  const years = year - t.spec.targetYear;
  return growth.basis === "compound" ? level * (1 + growth.rate) ** years : level + growth.rate * years;
}
