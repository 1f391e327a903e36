/**
 * The progress hook of the Monte Carlo runs: told once per model run, in order, up to the total; the
 * result is the same with or without it; and throwing from it stops the run there.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioEngine } from "./scenarios.ts";
import { runSensitivity } from "./sensitivity.ts";
import { runUncertainty } from "./uncertainty.ts";
import { asem, asemSpec } from "./testing/asem.ts";
import { asemUncertainInputs } from "./testing/grid.ts";

const engine = new ScenarioEngine(asem.def, asem.data, asemSpec());
const inputs = asemUncertainInputs;

describe("progress of Monte Carlo runs", () => {
  it("counts every replication once, in order, without changing the result", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const seen: [number, number][] = [];
        const told = runUncertainty(engine, inputs, n, seed, { onProgress: (done, total) => void seen.push([done, total]) });
        expect(seen).toEqual(Array.from({ length: n }, (_, i) => [i + 1, n]));
        expect(told).toEqual(runUncertainty(engine, inputs, n, seed));
      }),
      { numRuns: 8 },
    );
  });

  it("counts the N·(k + 2) model runs of a sensitivity analysis", () => {
    const seen: number[] = [];
    let total = 0;
    runSensitivity(engine, inputs, 8, 1, 10, { onProgress: (done, t) => ((total = t), void seen.push(done)) });
    const k = Object.values(inputs).filter((v) => v !== undefined).length;
    expect(total).toBe(8 * (k + 2));
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it("stops at the run whose hook throws", () => {
    let last = 0;
    const stop = new Error("stop");
    expect(() =>
      runUncertainty(engine, inputs, 1000, 1, {
        onProgress: (done) => {
          last = done;
          if (done === 5) throw stop;
        },
      }),
    ).toThrow(stop);
    expect(last).toBe(5);
  });
});
