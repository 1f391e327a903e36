/** Analysis jobs → contract responses; a failed job's error in the language of the request reading it. */
import type { AnalysisJob } from "../../contract/indices.ts";
import { statusOf, type AnalysisJobs, type Job } from "../analysis/analysis-jobs.ts";
import { errorBody, type Language } from "../errors/http.ts";

export function presentJob(job: Job, jobs: AnalysisJobs, lang: Language): AnalysisJob {
  const outcome = job.outcome;
  const progress = job.run.progress();
  return {
    id: job.id,
    kind: job.kind,
    code: job.code,
    status: statusOf(job),
    // A finished run reports its last count; a succeeded one is complete by definition.
    progress: outcome?.status === "succeeded" ? { done: progress.total, total: progress.total } : progress,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: jobs.expiresAt(job)?.toISOString() ?? null,
    result: outcome?.status === "succeeded" ? outcome.result : null,
    error: outcome?.status === "failed" ? errorBody(outcome.error, lang).error : null,
  } as AnalysisJob;
}
