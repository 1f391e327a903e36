/**
 * Progress records for targets that cannot be assessed: every figure that depends on observations is
 * null; what follows from the target alone (its level, range and required path) is kept for charts.
 */
import type { Sense } from "./compare.ts";
import type { BaselineUsed, GrowthBasis, Progress, StatusReason, YearValue } from "./schema.ts";
import { finite } from "./trend.ts";

export interface KnownFromTarget {
  sense: Sense;
  growthBasis?: GrowthBasis | null;
  baseline?: BaselineUsed | null;
  latest?: YearValue | null;
  targetLevel?: number | null;
  targetLevelMax?: number | null;
  yearsRemaining?: number | null;
  path?: YearValue[];
}

export function noProgress(reason: StatusReason, known: KnownFromTarget): Progress {
  return {
    status: "no_data",
    reason,
    sense: known.sense === 1 ? "higher_is_better" : "lower_is_better",
    growthBasis: known.growthBasis ?? null,
    baseline: known.baseline ?? null,
    latest: known.latest ?? null,
    current: null,
    targetLevel: finite(known.targetLevel),
    targetLevelMax: finite(known.targetLevelMax),
    completion: null,
    projectedCompletion: null,
    requiredAnnualGrowth: null,
    realisedAnnualGrowth: null,
    change: null,
    projection: null,
    realisedRange: null,
    projectionRange: null,
    projectionFlags: [],
    ratioToBaseline: null,
    realisedVsRequired: null,
    yearsRemaining: known.yearsRemaining ?? null,
    path: known.path ?? [],
    years: null,
  };
}
