/**
 * From each target form to a trajectory: the target level it implies, the baseline, the figure
 * compared and the growth basis. Flags decide what the observations are:
 *   level (also cumulative)      the level itself (a stock, a share, an accumulated total)
 *   multiple                     the level; target = value × baseline
 *   increment                    the stock; target = baseline + value, realised increment = latest − baseline
 *   increment + cumulative       each year's additions; compared: their sum since the baseline year
 *   growth in %                  the level; target = baseline·(1 + r)^(targetYear − baselineYear)
 *   growth in 个百分点           the level; target = baseline + value (× years when perYear)
 * Per-year targets and growth targets on rate indicators are assessed in perYear.ts and rates.ts.
 */
import type { Measure } from "../indicators/indicator.ts";
import { senseOf } from "./compare.ts";
import { inPoints, statedBaseline, type Context } from "./context.ts";
import { noProgress } from "./empty.ts";
import { after, lastOf } from "./observations.ts";
import type { BaselineUsed, GrowthBasis, Progress } from "./schema.ts";
import type { Trajectory } from "./trajectory.ts";
import { pathBetween } from "./trend.ts";

/** Counts and amounts grow by compound rates; shares, rates and ratios (per 10,000 …) move linearly. */
export function levelBasis(measure: Measure): GrowthBasis {
  return measure === "count" || measure === "amount" ? "compound" : "linear";
}

type Levels = { lo: number; hi: number | null; rate?: { lo: number; hi: number | null } };

/** The target levels a target form implies given a baseline; null when the form needs one it lacks. */
function levelsOf(ctx: Context, b: BaselineUsed | null): Levels | null {
  const t = ctx.target;
  const hiOf = (f: (v: number) => number) => (t.valueMax === undefined ? null : f(t.valueMax));
  if (t.kind === "level") return { lo: t.value, hi: t.valueMax ?? null };
  if (!b) return null;
  const years = t.targetYear - b.year;
  if (t.kind === "multiple") return { lo: t.value * b.value, hi: hiOf((v) => v * b.value) };
  if (t.kind === "increment") return { lo: b.value + t.value, hi: hiOf((v) => b.value + v) };
  if (inPoints(t)) {
    const times = t.perYear ? years : 1;
    return { lo: b.value + t.value * times, hi: hiOf((v) => b.value + v * times) };
  }
  if (years <= 0) return null;
  /** A cumulative growth target (累计增长36%) is total growth over the period; otherwise r is the annual rate. */
  const annual = (pct: number) => (t.cumulative ? Math.pow(1 + pct / 100, 1 / years) - 1 : pct / 100);
  const level = (pct: number) => b.value * Math.pow(1 + annual(pct), years);
  return { lo: level(t.value), hi: hiOf(level), rate: { lo: annual(t.value), hi: hiOf(annual) } };
}

function basisOf(ctx: Context): GrowthBasis {
  const t = ctx.target;
  if (t.kind === "increment" || (t.kind === "growth" && inPoints(t))) return "linear";
  if (t.kind === "growth") return "compound";
  return levelBasis(ctx.measure);
}

/** A trajectory for the target, or the no-data progress when it cannot be assessed. */
export function buildTrajectory(ctx: Context): Trajectory | Progress {
  const t = ctx.target;
  if (t.kind === "increment" && t.cumulative) return cumulativeIncrements(ctx);
  const basis = basisOf(ctx);
  const stated = statedBaseline(t);
  const latest = lastOf(after(ctx.observations, stated?.year ?? null));
  const first = ctx.observations[0];
  /** Only a level target may fall back on its earliest observation: its level does not depend on the baseline. */
  const baseline =
    stated ?? (t.kind === "level" && latest && first && first.year < latest.year ? { ...first, source: "observation" as const } : null);
  const levels = levelsOf(ctx, baseline);
  const sense = senseOf(t.comparator, ctx.direction, levels?.lo ?? t.value, levels?.hi ?? null, baseline?.value ?? latest?.value ?? null);
  const known = { sense, growthBasis: basis, baseline: stated, targetLevel: levels?.lo, targetLevelMax: levels?.hi };
  if (!levels) return noProgress("no_target_level", known);
  const path = stated ? pathBetween(basis, stated.value, sense === 1 ? levels.lo : (levels.hi ?? levels.lo), stated.year, t.targetYear) : [];
  if (!latest) return noProgress("no_observation", { ...known, path });
  return {
    basis,
    sense,
    comparator: t.comparator,
    lo: levels.lo,
    hi: levels.hi,
    baseline,
    latest,
    current: latest,
    targetYear: t.targetYear,
    series: baseline ? [baseline, ...after(ctx.observations, baseline.year).filter((o) => o.year <= latest.year)] : [latest],
    ...(levels.rate ? { rate: levels.rate } : {}),
    points: t.kind === "growth" && inPoints(t),
  };
}

/**
 * Cumulative increments (累计新增): the observations are each year's additions; the figure compared is
 * their sum over the years after the baseline year (the stated one, else the year before the first
 * observation), starting from 0, on a linear basis. A year not reported adds nothing to the sum.
 */
function cumulativeIncrements(ctx: Context): Trajectory | Progress {
  const t = ctx.target;
  const first = ctx.observations[0];
  const startYear = t.baseline?.year ?? (first ? first.year - 1 : null);
  const flows = after(ctx.observations, startYear);
  const latest = lastOf(flows);
  const sense = senseOf(t.comparator, ctx.direction, t.value, t.valueMax ?? null, 0);
  const baseline: BaselineUsed | null =
    startYear === null ? null : { year: startYear, value: 0, source: t.baseline ? "target" : "observation" };
  const aim = sense === 1 ? t.value : (t.valueMax ?? t.value);
  const path = baseline ? pathBetween("linear", 0, aim, baseline.year, t.targetYear) : [];
  const known = { sense, growthBasis: "linear" as const, targetLevel: t.value, targetLevelMax: t.valueMax ?? null, path };
  if (!latest || !baseline) return noProgress("no_observation", { ...known, baseline: t.baseline ? baseline : null });
  const sum = flows.reduce((s, o) => s + o.value, 0);
  return {
    basis: "linear",
    sense,
    comparator: t.comparator,
    lo: t.value,
    hi: t.valueMax ?? null,
    baseline,
    latest,
    current: { year: latest.year, value: sum },
    targetYear: t.targetYear,
    series: [baseline, ...flows.map((o, i) => ({ year: o.year, value: flows.slice(0, i + 1).reduce((s, f) => s + f.value, 0) }))],
  };
}
