/**
 * The server's analysis runner: one worker pool under the configured ceilings, and the jobs started
 * on it. Direct requests await their worker (the event loop stays free); jobs are answered at once
 * and read later. Past the ceiling of analyses at once, both are refused with 429.
 */
import { IndexDefinitionError } from "../../core/indices/index.ts";
import { AppError } from "../errors/app-error.ts";
import { fromIndexDefinitionError } from "../errors/index-definition.ts";
import type { AnalysisTask, OutcomeOf } from "./analysis-task.ts";
import { AnalysisJobs, type Job } from "./analysis-jobs.ts";
import { analysisLimitsFromEnv, type AnalysisLimits } from "./limits.ts";
import { AnalysisPool, type AnalysisRun } from "./worker-pool.ts";

/** Worker errors as the client sees them: engine validation as 422, anything else as 500 (logged). */
export function analysisFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof IndexDefinitionError) return fromIndexDefinitionError(error);
  console.error(error);
  return new AppError("internal", { zh: "分析计算失败", en: "the analysis failed" });
}

const busy = (limit: number) =>
  new AppError("throttled", { zh: `同时进行的分析已达上限（${limit} 个），请稍后再试`, en: `${limit} analyses are already running or waiting; try again later` });

export class AnalysisRunner {
  readonly pool: AnalysisPool;
  readonly jobs: AnalysisJobs;

  constructor(readonly limits: AnalysisLimits = analysisLimitsFromEnv()) {
    this.pool = new AnalysisPool({ size: limits.workers, maxHeapMb: 1024 });
    this.jobs = new AnalysisJobs(limits);
  }

  private start<T extends AnalysisTask>(task: T): AnalysisRun<OutcomeOf<T>> {
    if (this.pool.active >= this.limits.maxActive) throw busy(this.limits.maxActive);
    return this.pool.run(task);
  }

  /** Runs a task and waits for it; cancelled when `signal` aborts (the client went away). */
  async run<T extends AnalysisTask>(task: T, signal?: AbortSignal): Promise<OutcomeOf<T>> {
    const run = this.start(task);
    const stop = () => run.cancel();
    signal?.addEventListener("abort", stop, { once: true });
    try {
      return await run.result;
    } catch (error) {
      throw analysisFailure(error);
    } finally {
      signal?.removeEventListener("abort", stop);
    }
  }

  /** Starts a task as a job owned by `ownerId`; `present` makes its response from the outcome. */
  startJob<T extends AnalysisTask, R>(task: T, code: string, ownerId: number, present: (outcome: OutcomeOf<T>) => R): Job<R> {
    if (!this.jobs.hasRoom()) throw busy(this.limits.maxKept);
    const run = this.start(task);
    return this.jobs.add(task.kind, code, ownerId, run, (raw) => present(raw as OutcomeOf<T>), analysisFailure);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
