/**
 * Growth targets on indicators whose values are themselves annual growth rates in % (measure "rate"):
 * "全社会研发经费投入年均增长10%以上" monitored through the reported yearly growth rates.
 *
 * The realised rate is the geometric mean of the observed rates, (Π(1 + rᵢ))^(1/k) − 1, not their
 * arithmetic mean: 年均增长 is defined by the statistics bureau's 水平法 as the compound rate between
 * the end levels, and chaining the yearly rates reproduces exactly that; the arithmetic mean
 * overstates it whenever rates vary. Years not reported are taken to have grown at that mean.
 */
import { aimOf, senseOf } from "./compare.ts";
import { statedBaseline, type Context } from "./context.ts";
import { noProgress } from "./empty.ts";
import { after, lastOf } from "./observations.ts";
import type { Progress } from "./schema.ts";
import { seriesFlags } from "./projection.ts";
import { rateVerdict } from "./trajectory.ts";
import { completionOf, finite } from "./trend.ts";

/** Geometric mean rate of yearly rates in %: (Π(1 + rᵢ/100))^(1/k) − 1; null when a rate is −100 % or below. */
export function geometricMeanRate(ratesInPercent: readonly number[]): number | null {
  if (ratesInPercent.length === 0 || ratesInPercent.some((r) => r <= -100)) return null;
  const logSum = ratesInPercent.reduce((s, r) => s + Math.log1p(r / 100), 0);
  return finite(Math.expm1(logSum / ratesInPercent.length));
}

export function rateProgress(ctx: Context): Progress {
  const t = ctx.target;
  const first = ctx.observations[0];
  /** The period starts at the stated baseline year, else just before the first reported rate. */
  const startYear = t.baseline?.year ?? (first ? first.year - 1 : null);
  const rates = after(ctx.observations, startYear);
  const latest = lastOf(rates);
  const span = startYear === null ? 0 : t.targetYear - startYear;
  /** A cumulative growth target is total growth over the period, annualised here: (1 + R)^(1/span) − 1. */
  const annual = (pct: number) => (t.cumulative && span > 0 ? Math.pow(1 + pct / 100, 1 / span) - 1 : pct / 100);
  const lo = annual(t.value);
  const hi = t.valueMax === undefined ? null : annual(t.valueMax);
  const g = geometricMeanRate(rates.map((o) => o.value));
  const sense = senseOf(t.comparator, ctx.direction, lo, hi, g);
  const aim = aimOf(sense, lo, hi);
  const path = [];
  for (let year = (startYear ?? t.targetYear) + 1; year <= t.targetYear; year++) path.push({ year, value: aim * 100 });
  const known = { sense, growthBasis: "compound" as const, baseline: statedBaseline(t), targetLevel: lo * 100, targetLevelMax: hi === null ? null : hi * 100, path };
  if (!latest || startYear === null) return noProgress("no_observation", known);
  if (g === null) return noProgress("no_trend", { ...known, latest });

  const yearsRemaining = Math.max(0, t.targetYear - latest.year);
  /** Index of the level, 1 at the start: realised (1 + g)^elapsed, target (1 + required)^span. */
  const reached = Math.pow(1 + g, latest.year - startYear);
  const goal = Math.pow(1 + aim, span);
  const verdict = rateVerdict(g, { sense, comparator: t.comparator, rate: { lo, hi } }, latest.year >= t.targetYear, ctx.thresholds);
  const yearly = rates.map((o) => o.value / 100);
  const flags = seriesFlags(yearly, g);
  const spread = yearly.length >= 2 && flags.length > 0 ? { low: Math.min(g, ...yearly), high: Math.max(g, ...yearly) } : null;
  return {
    ...noProgress("no_trend", { ...known, latest, yearsRemaining }),
    ...verdict,
    current: finite(g * 100),
    /** Required: the yearly rate that lifts the period's compound mean to the target rate: (goal / reached)^(1/remaining) − 1. */
    requiredAnnualGrowth: yearsRemaining > 0 && goal > 0 ? finite(Math.pow(goal / reached, 1 / yearsRemaining) - 1) : null,
    realisedAnnualGrowth: g,
    /** Completion: share of the period's required cumulative growth realised, (reached − 1) / (goal − 1). */
    completion: completionOf(reached, 1, goal),
    projectedCompletion: completionOf(Math.pow(1 + g, span), 1, goal),
    realisedVsRequired: aim !== 0 ? finite(g / aim) : null,
    /** The lowest and highest reported yearly rate (a fraction, as realisedAnnualGrowth) when they are few or spread. */
    realisedRange: spread && spread.high > spread.low ? spread : null,
    projectionFlags: flags,
  };
}
