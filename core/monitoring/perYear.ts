/**
 * Per-year targets ("每年新增1000名", "每年举办10000场次以上"): the observations are each year's own
 * figure, and every year after the baseline year must meet the yearly figure on its own. Nothing grows
 * toward the target, so growth rates, projection and change are null; `years` lists each year's check.
 * Without a stated baseline every observed year up to the horizon counts.
 */
import { aimOf, meets, senseOf, withinBand } from "./compare.ts";
import { statedBaseline, type Context } from "./context.ts";
import { noProgress } from "./empty.ts";
import { after, lastOf } from "./observations.ts";
import type { Progress, Status, StatusReason } from "./schema.ts";
import { finite } from "./trend.ts";

export function perYearProgress(ctx: Context): Progress {
  const t = ctx.target;
  const hi = t.valueMax ?? null;
  const values = after(ctx.observations, t.baseline?.year ?? null);
  const latest = lastOf(values);
  const sense = senseOf(t.comparator, ctx.direction, t.value, hi, null);
  const aim = aimOf(sense, t.value, hi);
  const firstYear = t.baseline ? t.baseline.year + 1 : (values[0]?.year ?? t.targetYear);
  const path = [];
  for (let year = firstYear; year <= t.targetYear; year++) path.push({ year, value: aim });
  const known = { sense, baseline: statedBaseline(t), targetLevel: t.value, targetLevelMax: hi, path };
  if (!latest) return noProgress("no_observation", known);

  const years = values.map((o) => ({ ...o, met: meets(o.value, t.comparator, t.value, hi) }));
  const mean = values.reduce((s, o) => s + o.value, 0) / values.length;
  const { status, reason } = verdict(years.every((y) => y.met), latest.year >= t.targetYear, mean, sense, aim, ctx);
  return {
    ...noProgress(reason, { ...known, latest, yearsRemaining: Math.max(0, t.targetYear - latest.year) }),
    status,
    current: latest.value,
    /** Completion: the latest year's figure over the yearly figure, latest / value (no baseline: each year starts from 0). */
    completion: aim !== 0 ? finite(latest.value / aim) : null,
    years,
  };
}

/**
 * Every observed year met: achieved at the target year, on track before it. A year missed: off track
 * at the target year (the promise was for each year); before it at risk while the mean of the observed
 * years stays within the at-risk band of the yearly figure (mean ≥ 0.85 × figure by default), off track below.
 */
function verdict(
  allMet: boolean,
  atDeadline: boolean,
  mean: number,
  sense: 1 | -1,
  aim: number,
  ctx: Context,
): { status: Status; reason: StatusReason } {
  if (allMet) return atDeadline ? { status: "achieved", reason: "target_met" } : { status: "on_track", reason: "trend" };
  if (atDeadline) return { status: "off_track", reason: "deadline_missed" };
  const th = ctx.thresholds;
  if (th.onTrack < 1 && withinBand(mean, sense, aim, th.onTrack)) return { status: "on_track", reason: "trend" };
  return { status: withinBand(mean, sense, aim, th.atRisk) ? "at_risk" : "off_track", reason: "trend" };
}
