/**
 * Public surface of the composite-index engine (区县创新活跃指数, 高新区榜单): what the CLI, HTTP API
 * and web import. Everything here is pure; callers read files and pass their text.
 */
export { computeIndex, computeScores, latestTime, type ComputeResult, type UnitScore } from "./compute.ts";
export { parseIData, parseIMeta, parseTables, writeIData, writeIMeta } from "./csv.ts";
export { effectiveWeights, treeWeights, type IndexDefinition, type RatioNode, type UnitData, type Frame } from "./definition.ts";
export { IndexDefinitionError, formatIssue, type Issue } from "./messages.ts";
export { runPipeline, type PipelineResult, type Stages } from "./pipeline.ts";
export { PipelineSpec, parsePipelineSpec, withExplicitNormalisation, type PipelineSpecInput } from "./spec.ts";
export { runPanel, fillPanel, yearsOf } from "./panel.ts";
export { ScenarioEngine, gridScenarios, type Scenario, type ScenarioOutcome } from "./scenarios.ts";
export { UncertainInputs, runUncertainty, rankStats, type RankStats, type RunOptions, type UncertaintyResult } from "./uncertainty.ts";
export { runSensitivity, sobolIndices, dropEachElement, meanRankShift, type SobolIndex } from "./sensitivity.ts";
export { contributions, explainChange, ratioParts, type Contribution, type RatioPart, type ScoreChange, type ChangeDriver } from "./explain.ts";
export { analyseIndex, AnalysisRequest, type AnalysisResult } from "./analyse.ts";
