/** Public surface of the monitoring engine: computeProgress, its shapes and the status thresholds. */
export { computeProgress } from "./progress.ts";
export {
  BaselineUsed,
  GrowthBasis,
  Observation,
  Progress,
  ProjectionFlag,
  ProgressInput,
  Range,
  Status,
  StatusReason,
  YearCheck,
  YearValue,
} from "./schema.ts";
export { AttributeThresholds, DEFAULT_BINDING_THRESHOLDS, DEFAULT_THRESHOLDS, StatusThresholds, thresholdsFor } from "./thresholds.ts";
export { compoundRate, linearRate, completionOf } from "./trend.ts";
export { meets } from "./compare.ts";
export { bindingFirst } from "./order.ts";
export { geometricMeanRate } from "./rates.ts";
