/** Public surface of the monitoring engine: computeProgress, its shapes and the status thresholds. */
export { computeProgress } from "./progress.ts";
export {
  BaselineUsed,
  GrowthBasis,
  Observation,
  Progress,
  ProgressInput,
  Status,
  StatusReason,
  YearCheck,
  YearValue,
} from "./schema.ts";
export { DEFAULT_THRESHOLDS, StatusThresholds } from "./thresholds.ts";
export { compoundRate, linearRate, completionOf } from "./trend.ts";
export { meets } from "./compare.ts";
export { geometricMeanRate } from "./rates.ts";
