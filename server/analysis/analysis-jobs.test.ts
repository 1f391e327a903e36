/**
 * The job registry on a clock the test moves: a job belongs to its owner, a cancelled job stays
 * cancelled whatever the worker answers late, finished jobs expire after the keep time, and the
 * oldest finished job makes room when the registry is full (never a running one).
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { AnalysisJobs, statusOf } from "./analysis-jobs.ts";
import { AnalysisCancelled, type AnalysisRun, type RunState } from "./worker-pool.ts";

/** A run the test finishes by hand. */
function fakeRun() {
  let state: RunState = "running";
  let resolve!: (v: unknown) => void;
  let reject!: (e: Error) => void;
  const result = new Promise<unknown>((yes, no) => ((resolve = yes), (reject = no)));
  let cancelled = false;
  const run: AnalysisRun<unknown> = { result, state: () => state, progress: () => ({ done: 3, total: 10 }), cancel: () => void (cancelled = true) };
  return {
    run,
    succeed: async (v: unknown) => ((state = "finished"), resolve(v), await result),
    fail: async (e: Error) => ((state = "finished"), reject(e), await result.catch(() => undefined)),
    get cancelled() {
      return cancelled;
    },
  };
}

const failure = (e: unknown) => new AppError("internal", { zh: "失败", en: String((e as Error).message) });
const setup = (limits = { maxKept: 3, keepMs: 60_000 }) => {
  let now = 1_000_000;
  const jobs = new AnalysisJobs(limits, () => now);
  return { jobs, later: (ms: number) => (now += ms) };
};

describe("analysis jobs", () => {
  it("runs to a result that only its owner reads", async () => {
    const { jobs } = setup();
    const r = fakeRun();
    const job = jobs.add("uncertainty", "idx", 7, r.run, (raw) => ({ raw }), failure);
    expect(statusOf(jobs.find(job.id, 7))).toBe("running");
    expect(() => jobs.find(job.id, 8)).toThrow(AppError);
    await r.succeed(42);
    expect(jobs.find(job.id, 7).outcome).toEqual({ status: "succeeded", result: { raw: 42 } });
  });

  it("stays cancelled when the worker answers after the owner cancelled", async () => {
    const { jobs } = setup();
    const r = fakeRun();
    const job = jobs.add("uncertainty", "idx", 7, r.run, (raw) => raw, failure);
    jobs.cancel(job.id, 7);
    expect(r.cancelled).toBe(true);
    await r.succeed(42);
    expect(statusOf(jobs.find(job.id, 7))).toBe("cancelled");
    // Cancelling a finished job changes nothing.
    expect(statusOf(jobs.cancel(job.id, 7))).toBe("cancelled");
  });

  it("tells a failure from a cancellation by the worker", async () => {
    const { jobs } = setup();
    const a = fakeRun();
    const b = fakeRun();
    const failed = jobs.add("sensitivity", "idx", 1, a.run, (raw) => raw, failure);
    const stopped = jobs.add("sensitivity", "idx", 1, b.run, (raw) => raw, failure);
    await a.fail(new Error("boom"));
    await b.fail(new AnalysisCancelled());
    expect(jobs.find(failed.id, 1).outcome).toMatchObject({ status: "failed", error: { messages: { en: "boom" } } });
    expect(statusOf(jobs.find(stopped.id, 1))).toBe("cancelled");
  });

  it("forgets a finished job after the keep time, and the oldest finished one when full", async () => {
    const { jobs, later } = setup();
    const runs = [fakeRun(), fakeRun(), fakeRun()];
    const [a, b, c] = runs.map((r) => jobs.add("uncertainty", "idx", 1, r.run, (raw) => raw, failure));
    expect(jobs.hasRoom()).toBe(false);
    await runs[1]!.succeed(1);
    expect(jobs.expiresAt(jobs.find(b!.id, 1))!.getTime() - jobs.find(b!.id, 1).finishedAt!.getTime()).toBe(60_000);
    expect(jobs.hasRoom()).toBe(true);
    expect(() => jobs.find(b!.id, 1)).toThrow(AppError);
    await runs[0]!.succeed(1);
    later(59_999);
    expect(statusOf(jobs.find(a!.id, 1))).toBe("succeeded");
    later(1);
    expect(() => jobs.find(a!.id, 1)).toThrow(AppError);
    expect(statusOf(jobs.find(c!.id, 1))).toBe("running");
  });
});
