/**
 * The shared assessment of a target as a trajectory: a current figure moving from a baseline toward a
 * target level by a target year. Level, multiple, increment and growth targets all reduce to this
 * once their target level and basis are known (see kinds.ts).
 */
import type { Comparator } from "../targets/target.ts";
import { aimOf, meets, withinBand, type Sense } from "./compare.ts";
import type { BaselineUsed, GrowthBasis, Progress, Status, StatusReason, YearValue } from "./schema.ts";
import type { StatusThresholds } from "./thresholds.ts";
import { projectionCaution } from "./projection.ts";
import { completionOf, extend, finite, pathBetween, rateOn } from "./trend.ts";

export interface Trajectory {
  basis: GrowthBasis;
  sense: Sense;
  comparator: Comparator;
  /** Target levels in the indicator's unit: the value, or both ends of a range. */
  lo: number;
  hi: number | null;
  baseline: BaselineUsed | null;
  /** The raw latest observation. */
  latest: YearValue;
  /** The figure compared with the target, in the latest observation's year. */
  current: YearValue;
  targetYear: number;
  /** The figures behind the realised growth, from the baseline to the current figure. */
  series: YearValue[];
  /** Growth-rate targets: the required annual rate (0.1 = 10 %); status then comes from the realised rate. */
  rate?: { lo: number; hi: number | null };
  /** Targets in 个百分点: realisedVsRequired is the realised change over the required change. */
  points?: boolean;
}

type Verdict = { status: Status; reason: StatusReason };

export function assessTrajectory(t: Trajectory, th: StatusThresholds): Progress {
  const aim = aimOf(t.sense, t.lo, t.hi);
  const b = t.baseline;
  const x = t.current.value;
  const yearsRemaining = Math.max(0, t.targetYear - t.current.year);
  const met = meets(x, t.comparator, t.lo, t.hi);
  /** Required: the rate that takes the current figure to the target by the target year; null once met or at the target year. */
  const required = !met && yearsRemaining > 0 ? rateOn(t.basis, x, aim, yearsRemaining) : null;
  /** Realised: the rate from the baseline to the current figure (CAGR, or units per year). */
  const realised = b ? rateOn(t.basis, b.value, x, t.current.year - b.year) : null;
  /** Projection: the current figure continued at the realised rate to the target year. */
  const projection = realised === null ? null : extend(t.basis, x, realised, yearsRemaining);
  /** A baseline already on the target's side leaves no distance to cover, so completion would read backwards. */
  const from = b && t.sense * (aim - b.value) > 0 ? b.value : null;
  /** Completion against the baseline: (current − baseline) / (target − baseline). */
  const completion = from === null ? null : completionOf(x, from, aim);
  /** Projected completion: (projection − baseline) / (target − baseline). */
  const projectedCompletion = from === null || projection === null ? null : completionOf(projection, from, aim);
  const aimRate = t.rate ? aimOf(t.sense, t.rate.lo, t.rate.hi) : null;
  /** Growth targets: realised rate / required rate; 个百分点 targets: realised change / required change. */
  const realisedVsRequired =
    aimRate !== null && realised !== null && aimRate !== 0 ? realised / aimRate : t.points ? completion : null;

  const atDeadline = t.current.year >= t.targetYear;
  const verdict: Verdict = t.rate
    ? rateVerdict(realised, t, atDeadline, th)
    : levelVerdict(met, projection, projectedCompletion, t, atDeadline, th);

  return {
    ...verdict,
    sense: t.sense === 1 ? "higher_is_better" : "lower_is_better",
    growthBasis: t.basis,
    baseline: b,
    latest: t.latest,
    current: finite(x),
    targetLevel: finite(t.lo),
    targetLevelMax: finite(t.hi),
    completion,
    projectedCompletion,
    requiredAnnualGrowth: required,
    realisedAnnualGrowth: realised,
    change: b ? finite(x - b.value) : null,
    projection: finite(projection),
    ...projectionCaution(t.basis, t.series, t.current, realised, finite(projection), yearsRemaining),
    /** Ratio to baseline: current / baseline (翻番 reads 2). */
    ratioToBaseline: b && b.value !== 0 ? finite(x / b.value) : null,
    realisedVsRequired: finite(realisedVsRequired),
    yearsRemaining,
    path: b ? pathBetween(t.basis, b.value, aim, b.year, t.targetYear) : [],
    years: null,
  };
}

/**
 * Level rule: achieved when the current figure meets the target; at or after the target year
 * otherwise off track; before it, on track when the projection reaches the target (a projection
 * landing exactly on a strict bound counts: the trend gets there), at risk when projected completion
 * reaches thresholds.atRisk (below 1; at 1 there is no at-risk band), off track below.
 */
function levelVerdict(
  met: boolean,
  projection: number | null,
  projectedCompletion: number | null,
  t: Trajectory,
  atDeadline: boolean,
  th: StatusThresholds,
): Verdict {
  if (met) return { status: "achieved", reason: "target_met" };
  if (atDeadline) return { status: "off_track", reason: "deadline_missed" };
  if (projection === null) return { status: "no_data", reason: "no_trend" };
  const pc = projectedCompletion;
  if (meets(projection, inclusive(t.comparator), t.lo, t.hi) || (th.onTrack < 1 && pc !== null && pc >= th.onTrack)) {
    return { status: "on_track", reason: "trend" };
  }
  return { status: th.atRisk < 1 && pc !== null && pc >= th.atRisk ? "at_risk" : "off_track", reason: "trend" };
}

/** A bound taken inclusively: a trend that reaches a strict bound before the deadline is on track. */
const inclusive = (c: Comparator): Comparator => (c === ">" ? ">=" : c === "<" ? "<=" : c);

/**
 * Growth-rate rule: judged on the realised annual rate, never achieved before the target year (a
 * rate is a promise about the whole period); at the target year achieved or off track; before it
 * on track when the realised rate reaches the required one (inclusively, so realised = required is
 * on track), at risk within the band realised ≥ required − (1 − atRisk)·|required| (mirrored when
 * falling; no band when atRisk is 1), off track beyond.
 */
export function rateVerdict(
  realised: number | null,
  t: Pick<Trajectory, "sense" | "comparator" | "rate">,
  atDeadline: boolean,
  th: StatusThresholds,
): Verdict {
  if (realised === null || !t.rate) return { status: "no_data", reason: "no_trend" };
  const ok = meets(realised, t.comparator, t.rate.lo, t.rate.hi);
  if (atDeadline) return ok ? { status: "achieved", reason: "target_met" } : { status: "off_track", reason: "deadline_missed" };
  const aim = aimOf(t.sense, t.rate.lo, t.rate.hi);
  const reached = meets(realised, inclusive(t.comparator), t.rate.lo, t.rate.hi);
  if (reached || (th.onTrack < 1 && withinBand(realised, t.sense, aim, th.onTrack))) return { status: "on_track", reason: "trend" };
  return { status: th.atRisk < 1 && withinBand(realised, t.sense, aim, th.atRisk) ? "at_risk" : "off_track", reason: "trend" };
}
