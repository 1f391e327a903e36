/**
 * Analyses as jobs, kept in memory: each started by one person, readable and cancellable only by
 * them, with its progress while it runs and its result (or error) once done; finished jobs are
 * forgotten after a while, and the oldest finished first when too many are kept.
 */
import { randomUUID } from "node:crypto";
import { AppError, notFound } from "../errors/app-error.ts";
import { AnalysisCancelled, type AnalysisRun } from "./worker-pool.ts";

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";

export interface Job<R = unknown> {
  readonly id: string;
  readonly kind: "uncertainty" | "sensitivity";
  readonly code: string;
  readonly ownerId: number;
  readonly createdAt: Date;
  finishedAt: Date | null;
  /** Set once finished. */
  outcome: { status: "succeeded"; result: R } | { status: "failed"; error: AppError } | { status: "cancelled" } | null;
  readonly run: AnalysisRun<unknown>;
}

export function statusOf(job: Job): JobStatus {
  if (job.outcome) return job.outcome.status;
  return job.run.state() === "queued" ? "queued" : "running";
}

const jobNotFound = (id: string) => notFound("id", `分析任务 ${id} 不存在或已过期`, `analysis job ${id} does not exist or has expired`);

export class AnalysisJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly limits: { maxKept: number; keepMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Keeps a started run as a job. `present` turns the worker's raw outcome into the response;
   * `failure` turns an error into the AppError a client is shown.
   */
  add<R>(kind: Job["kind"], code: string, ownerId: number, run: AnalysisRun<unknown>, present: (raw: unknown) => R, failure: (error: unknown) => AppError): Job<R> {
    this.sweep();
    const job: Job<R> = { id: randomUUID(), kind, code, ownerId, createdAt: new Date(this.now()), finishedAt: null, outcome: null, run };
    const settle = (outcome: NonNullable<Job<R>["outcome"]>) => {
      // A job cancelled by its owner stays cancelled, whatever the worker answers late.
      if (job.outcome) return;
      job.outcome = outcome;
      job.finishedAt = new Date(this.now());
    };
    run.result.then(
      (raw) => {
        try {
          settle({ status: "succeeded", result: present(raw) });
        } catch (error) {
          settle({ status: "failed", error: failure(error) });
        }
      },
      (error) => settle(error instanceof AnalysisCancelled ? { status: "cancelled" } : { status: "failed", error: failure(error) }),
    );
    this.jobs.set(job.id, job as Job);
    return job;
  }

  /** Whether another job may be kept, after forgetting what has expired or must make room. */
  hasRoom(): boolean {
    this.sweep();
    if (this.jobs.size < this.limits.maxKept) return true;
    const oldestFinished = [...this.jobs.values()].find((j) => j.finishedAt);
    if (!oldestFinished) return false;
    this.jobs.delete(oldestFinished.id);
    return true;
  }

  /** The caller's job; another person's job is as absent as a job that never was. */
  find(id: string, ownerId: number): Job {
    this.sweep();
    const job = this.jobs.get(id);
    if (!job || job.ownerId !== ownerId) throw jobNotFound(id);
    return job;
  }

  /** Cancels the caller's job when still queued or running; a finished job stays as it was. */
  cancel(id: string, ownerId: number): Job {
    const job = this.find(id, ownerId);
    if (!job.outcome) {
      job.run.cancel();
      // Answered at once: the worker stops at its next model run and its late outcome is ignored.
      job.outcome = { status: "cancelled" };
      job.finishedAt = new Date(this.now());
    }
    return job;
  }

  expiresAt(job: Job): Date | null {
    return job.finishedAt && new Date(job.finishedAt.getTime() + this.limits.keepMs);
  }

  private sweep(): void {
    const now = this.now();
    for (const job of this.jobs.values()) {
      if (job.finishedAt && job.finishedAt.getTime() + this.limits.keepMs <= now) this.jobs.delete(job.id);
    }
  }
}
