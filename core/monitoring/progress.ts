/**
 * The monitoring entry point: computeProgress turns a target, its indicator's measure and direction
 * and the approved observations into a Progress record (status, completion, required and realised
 * growth, projection, required path). Pure: no I/O, no clock; replay the past with asOfYear.
 */
import type { TargetSpec } from "../targets/target.ts";
import { inPoints, type Context } from "./context.ts";
import { buildTrajectory } from "./kinds.ts";
import { horizonOf, usable } from "./observations.ts";
import { perYearProgress } from "./perYear.ts";
import { rateProgress } from "./rates.ts";
import type { Progress, ProgressInput } from "./schema.ts";
import { DEFAULT_BINDING_THRESHOLDS, DEFAULT_THRESHOLDS, thresholdsFor } from "./thresholds.ts";
import { assessTrajectory } from "./trajectory.ts";

/**
 * Progress of one target. Inputs are trusted to satisfy ProgressInput (validate at the boundary);
 * non-finite observations are dropped rather than propagated.
 */
export function computeProgress(input: ProgressInput): Progress {
  const target: TargetSpec = { ...input.target, perYear: input.target.perYear ?? false, cumulative: input.target.cumulative ?? false };
  const ctx: Context = {
    target,
    measure: input.indicator.measure,
    direction: input.indicator.direction ?? "higher_is_better",
    observations: usable(input.observations, horizonOf(target.targetYear, input.asOfYear)),
    thresholds: thresholdsFor(
      target.attribute,
      { atRisk: input.thresholds?.atRisk ?? DEFAULT_THRESHOLDS.atRisk, onTrack: input.thresholds?.onTrack ?? DEFAULT_THRESHOLDS.onTrack },
      input.bindingThresholds && {
        atRisk: input.bindingThresholds.atRisk ?? DEFAULT_BINDING_THRESHOLDS.atRisk,
        onTrack: input.bindingThresholds.onTrack ?? DEFAULT_BINDING_THRESHOLDS.onTrack,
      },
    ),
  };
  if (target.perYear && (target.kind === "level" || target.kind === "increment")) return perYearProgress(ctx);
  if (target.kind === "growth" && ctx.measure === "rate" && !inPoints(target)) return rateProgress(ctx);
  const trajectory = buildTrajectory(ctx);
  return "status" in trajectory ? trajectory : assessTrajectory(trajectory, ctx.thresholds);
}
