/**
 * Browser-safe surface of the index engine: zod schemas and pure types only. The contract and the
 * web app import this rather than ./index.ts, whose CSV reader pulls csv-parse (Node Buffer) in.
 */
export { PipelineSpec, type PipelineSpecInput } from "./spec.ts";
export { Normalisation } from "./normalise.ts";
export { AggregationMethod } from "./aggregate.ts";
export { UncertainInputs } from "./uncertainty.ts";
export { ImputeChoice } from "./scenarios.ts";
export { MetaRow, MetaType } from "./definition.ts";
