/**
 * The analysis pool on real worker threads with COINr's ASEM example: a task's result is the one
 * computed in-process for the same seed, progress reaches the total, a waiting task is cancelled
 * before it starts and a running one stops short of its total, and a task that throws fails alone
 * while the pool goes on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultUncertainInputs, dropEffectsOf, prepareFromCsv, sensitivityOf, uncertaintyOf, type Prepared } from "../../core/evaluation/analysis.ts";
import { refDir } from "../../core/indices/testing/coinr.ts";
import { AnalysisCancelled, AnalysisPool } from "./worker-pool.ts";

const pipeline = JSON.parse(readFileSync(new URL("../../examples/asem/pipeline.json", import.meta.url), "utf8"));
const p: Prepared = prepareFromCsv(readFileSync(join(refDir, "ASEM_iData.csv"), "utf8"), readFileSync(join(refDir, "ASEM_iMeta.csv"), "utf8"), pipeline);
const inputs = defaultUncertainInputs(p.spec);
const pool = new AnalysisPool({ size: 1, cancelGraceMs: 5_000 });
afterAll(() => pool.close());

describe("analysis pool", () => {
  it("gives the in-process results for the same seed, with progress at its total", async () => {
    const u = pool.run({ kind: "uncertainty", prepared: p, inputs, replications: 60, seed: 4, time: null });
    expect(await u.result).toEqual(uncertaintyOf(p, inputs, 60, 4, null));
    expect(u.progress()).toEqual({ done: 60, total: 60 });
    const s = pool.run({ kind: "sensitivity", prepared: p, inputs, n: 10, seed: 2, time: null, level: 2 });
    expect(await s.result).toEqual({ indices: sensitivityOf(p, inputs, 10, 2, null), drops: dropEffectsOf(p, 2, null) });
    expect(s.progress().done).toBe(s.progress().total);
    expect(s.progress().total).toBe(10 * (Object.keys(inputs).length + 2));
  });

  it("cancels a waiting task at once and a running one short of its total", async () => {
    const long = pool.run({ kind: "uncertainty", prepared: p, inputs, replications: 200_000, seed: 1, time: null });
    const waiting = pool.run({ kind: "uncertainty", prepared: p, inputs, replications: 10, seed: 1, time: null });
    expect(waiting.state()).toBe("queued");
    waiting.cancel();
    await expect(waiting.result).rejects.toBeInstanceOf(AnalysisCancelled);
    await expect.poll(() => long.progress().done, { timeout: 60_000 }).toBeGreaterThan(0);
    long.cancel();
    await expect(long.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(long.progress().done).toBeLessThan(200_000);
    expect(pool.active).toBe(0);
  });

  it("fails a task that throws, alone", async () => {
    const broken = pool.run({ kind: "uncertainty", prepared: { ...p, def: null as never }, inputs, replications: 10, seed: 1, time: null });
    await expect(broken.result).rejects.toThrow();
    const next = pool.run({ kind: "uncertainty", prepared: p, inputs, replications: 10, seed: 1, time: null });
    expect(await next.result).toEqual(uncertaintyOf(p, inputs, 10, 1, null));
  });
});
