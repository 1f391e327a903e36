/**
 * What a worker thread is asked to compute: a rank-interval or a sensitivity analysis on a prepared
 * definition (plain data, so it crosses the thread boundary by structured clone), and the one
 * function that runs it, shared by the worker and nothing else.
 */
import { dropEffectsOf, sensitivityOf, uncertaintyOf, type Prepared } from "../../core/evaluation/analysis.ts";
import type { RankStats, RunOptions, SobolIndex, UncertainInputs } from "../../core/indices/index.ts";

export interface UncertaintyTask {
  kind: "uncertainty";
  prepared: Prepared;
  inputs: UncertainInputs;
  replications: number;
  seed: number;
  time: number | null;
}

export interface SensitivityTask {
  kind: "sensitivity";
  prepared: Prepared;
  inputs: UncertainInputs;
  n: number;
  seed: number;
  time: number | null;
  /** Level whose nodes are dropped one at a time. */
  level: number;
}

export type AnalysisTask = UncertaintyTask | SensitivityTask;

export interface SensitivityOutcome {
  indices: SobolIndex[];
  drops: { code: string; meanRankShift: number }[];
}

export type OutcomeOf<T extends AnalysisTask> = T extends UncertaintyTask ? RankStats[] : SensitivityOutcome;

/** Model runs the task will make: the replications, or N·(k + 2) for k uncertain inputs. */
export function plannedRuns(task: AnalysisTask): number {
  if (task.kind === "uncertainty") return task.replications;
  const k = Object.values(task.inputs).filter((v) => v !== undefined).length;
  return task.n * (k + 2);
}

export function runAnalysisTask(task: AnalysisTask, options: RunOptions): RankStats[] | SensitivityOutcome {
  if (task.kind === "uncertainty") return uncertaintyOf(task.prepared, task.inputs, task.replications, task.seed, task.time, options);
  const indices = sensitivityOf(task.prepared, task.inputs, task.n, task.seed, task.time, options);
  return { indices, drops: dropEffectsOf(task.prepared, task.level, task.time) };
}
