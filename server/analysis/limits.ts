/**
 * Ceilings on analysis work, read from the environment once and validated: worker threads, the
 * replications one request may ask for, how many analyses may run or wait at once, and how long a
 * finished job is kept.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

const positive = z.coerce.number().int().min(1);

export const AnalysisLimits = z.object({
  /** Worker threads; one core stays for the event loop. */
  workers: positive,
  /** Most Monte Carlo replications of one rank-interval request. */
  maxReplications: positive,
  /** Largest base sample size N of one sensitivity request (the model runs N·(k + 2) times). */
  maxSensitivityN: positive,
  /** Analyses running or waiting for a worker, jobs and direct requests together; past it, 429. */
  maxActive: positive,
  /** Jobs remembered (finished ones are forgotten oldest first to make room). */
  maxKept: positive,
  /** How long a finished job's status and result stay readable. */
  keepMs: positive,
});
export type AnalysisLimits = z.infer<typeof AnalysisLimits>;

export const DEFAULT_ANALYSIS_LIMITS: AnalysisLimits = {
  workers: Math.max(1, availableParallelism() - 1),
  maxReplications: 5000,
  maxSensitivityN: 2000,
  maxActive: 4,
  maxKept: 100,
  keepMs: 15 * 60_000,
};

export function analysisLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AnalysisLimits {
  const d = DEFAULT_ANALYSIS_LIMITS;
  const parsed = AnalysisLimits.safeParse({
    workers: env.KECHUANG_ANALYSIS_WORKERS || d.workers,
    maxReplications: env.KECHUANG_MAX_REPLICATIONS || d.maxReplications,
    maxSensitivityN: env.KECHUANG_MAX_SENSITIVITY_N || d.maxSensitivityN,
    maxActive: env.KECHUANG_MAX_ANALYSES || d.maxActive,
    maxKept: d.maxKept,
    keepMs: env.KECHUANG_ANALYSIS_JOB_MINUTES ? Number(env.KECHUANG_ANALYSIS_JOB_MINUTES) * 60_000 : d.keepMs,
  });
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => String(i.path[0])).join(", ");
    throw new Error(`analysis limits (KECHUANG_ANALYSIS_WORKERS, KECHUANG_MAX_REPLICATIONS, KECHUANG_MAX_SENSITIVITY_N, KECHUANG_MAX_ANALYSES, KECHUANG_ANALYSIS_JOB_MINUTES) must be positive integers: ${names}`);
  }
  return parsed.data;
}
