/**
 * The uncertainty analysis beside a numpy implementation of the same replications, measured in the
 * same run. numpy_reference.py (a measurement tool kept outside this repository, run when the
 * environment variable NUMPY_REFERENCE gives its path; skipped with a note otherwise) times, on COINr's ASEM example, an analysis whose replications each draw a winsorisation limit
 * (1–5 or none), min-max 1–100 or z-score (10, 2), arithmetic or geometric means and every pillar
 * and sub-index weight × U(0.75, 1.25), then treat, normalise, aggregate and rank; preparation runs
 * once per analysis and the rank quantiles once at the end. The same analysis here, per replication:
 *   - everything redone (reuse "none"): like for like with numpy, which caches nothing;
 *   - treatment once per distinct winsorisation limit ("treated");
 *   - normalised data once per distinct (limit, normalisation) ("normalised", what the analysis uses).
 * Each figure is the median over 5 runs (seeds 1–5) of run time / replications, wall clock and CPU
 * time (steadier when other processes share the cores); numpy's likewise.
 * Also the full analysis as `kechuang index uncertainty` runs it, from CSV text.
 * Usage: npm run bench -- uncertainty   (UA_REPLICATIONS=N to change N = 1000)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { defaultUncertainInputs, prepareFromCsv, uncertaintyOf } from "../core/evaluation/analysis.ts";
import type { Reuse } from "../core/indices/replicate.ts";
import { ScenarioEngine } from "../core/indices/scenarios.ts";
import { runUncertainty, type UncertainInputs } from "../core/indices/uncertainty.ts";
import { asem, asemSpec } from "../core/indices/testing/asem.ts";
import { readRef, readRepoFile } from "../core/indices/testing/coinr.ts";
import { gridNormalisations } from "../core/indices/testing/grid.ts";
import { median } from "./support/measure.ts";

const N = Number(process.env.UA_REPLICATIONS ?? 1000);
const RUNS = 5;

/** numpy_reference.py's replications in the engine's terms (winsorisation limit 0 there = none). */
const numpyInputs: UncertainInputs = {
  winsorMaxPoints: [null, 1, 2, 3, 4, 5],
  normalise: [gridNormalisations.minmax_1_100!, gridNormalisations.zscore_10_2!],
  weightNoise: { fraction: 0.25, levels: [2, 3] },
  aggregate: ["arithmetic", "geometric"],
};

let gcMs = 0;
new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration))).observe({ entryTypes: ["gc"] });

// GC entries reach the observer only once the event loop turns.
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 5));

interface Timing {
  /** Wall-clock and CPU milliseconds per replication, share of the wall time spent collecting garbage. */
  ms: number;
  cpu: number;
  gc: number;
}

async function analysis(reuse: Reuse, seed: number, n = N): Promise<Timing> {
  await settle();
  const gc0 = gcMs;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const engine = new ScenarioEngine(asem.def, asem.data, asemSpec()); // preparation, once per analysis
  runUncertainty(engine, numpyInputs, n, seed, { reuse });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  await settle();
  return { ms: ms / n, cpu: (c.user + c.system) / 1000 / n, gc: (gcMs - gc0) / ms };
}

const modes: { reuse: Reuse; label: string }[] = [
  { reuse: "none", label: "everything redone per replication (like for like)" },
  { reuse: "treated", label: "treatment once per distinct winsorisation limit" },
  { reuse: "normalised", label: "normalised data once per (limit, normalisation)" },
];

async function measureModes(): Promise<Map<Reuse, Timing[]>> {
  const out = new Map<Reuse, Timing[]>();
  for (let seed = 1; seed <= RUNS; seed++) for (const m of modes) out.set(m.reuse, [...(out.get(m.reuse) ?? []), await analysis(m.reuse, seed)]);
  return out;
}

interface NumpyFigures {
  perReplicationMs: number;
  cpuMs: number;
  runs: string;
  peakRssMb: number;
}

/** Runs numpy_reference.py bench N; undefined (with the reason printed) when it cannot run here. */
function numpy(): NumpyFigures | undefined {
  const script = process.env.NUMPY_REFERENCE;
  if (!script || !existsSync(script)) {
    console.log(`numpy side skipped: ${script ? `no file at ${script}` : "NUMPY_REFERENCE is not set"} (set it to the path of numpy_reference.py)`);
    return undefined;
  }
  const probe = spawnSync("python3", ["-c", "import numpy"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.log(`numpy side skipped: ${probe.error ? "python3 not found" : "python3 cannot import numpy"}`);
    return undefined;
  }
  const run = spawnSync("python3", [script, "bench", String(N)], { encoding: "utf8" });
  const last = /per_replication_ms ([\d.]+) peak_rss_mb ([\d.]+)/.exec(run.stdout);
  if (run.status !== 0 || !last) {
    const why = run.stderr.trim().split("\n").pop() || `exit ${run.status}, no per_replication_ms line`;
    console.log(`numpy side skipped: numpy_reference.py bench failed (${why})`);
    return undefined;
  }
  const runs = /per_replication_ms \(wall\): ([\d. ]+);/.exec(run.stdout)?.[1] ?? "";
  const cpu = /cpu-time median ([\d.]+)/.exec(run.stdout)?.[1];
  return { perReplicationMs: Number(last[1]), cpuMs: cpu === undefined ? NaN : Number(cpu), runs, peakRssMb: Number(last[2]) };
}

for (const m of modes) await analysis(m.reuse, 0, 200); // warm-up, as numpy_reference.py does
const before = await measureModes();
const np = numpy();
const after = await measureModes();

const f = (ms: number): string => ms.toFixed(4);
console.log(`ASEM: ${asem.data.units.length} units, ${asem.def.indicators.length} indicators; ${N} replications per analysis, median of ${2 * RUNS} runs (numpy: ${RUNS})`);
console.log(`${"".padEnd(60)} ms per replication: wall (× numpy)  CPU (× numpy)`);
if (np)
  console.log(
    `${"numpy_reference.py bench".padEnd(60)} ${f(np.perReplicationMs)}             ${f(np.cpuMs)}           (wall runs ${np.runs}; peak RSS ${np.peakRssMb} MB)`,
  );
for (const m of modes) {
  const runs = [...before.get(m.reuse)!, ...after.get(m.reuse)!];
  const [ms, cpu, gc] = [median(runs.map((r) => r.ms)), median(runs.map((r) => r.cpu)), median(runs.map((r) => r.gc))];
  const x = (v: number, ref: number | undefined) => (ref === undefined ? "       " : `(${(v / ref).toFixed(2)}×)`);
  console.log(
    `${`Kechuang, ${m.label}`.padEnd(60)} ${f(ms)} ${x(ms, np?.perReplicationMs)}   ${f(cpu)} ${x(cpu, np?.cpuMs)}   (gc ${(100 * gc).toFixed(1)} %; wall runs ${runs.map((r) => f(r.ms)).join(" ")})`,
  );
}

// The full analysis as the CLI and API run it: CSV text parsed and validated, the default uncertain inputs.
const iData = readRef("ASEM_iData.csv");
const iMeta = readRef("ASEM_iMeta.csv");
const pipeline = JSON.parse(readRepoFile("examples/asem/pipeline.json")) as unknown;
const full = Array.from({ length: RUNS }, (_, k) => {
  const t0 = performance.now();
  const p = prepareFromCsv(iData, iMeta, pipeline);
  uncertaintyOf(p, defaultUncertainInputs(p.spec), N, k + 1);
  return performance.now() - t0;
});
const fullMs = median(full);
console.log(`full analysis from CSV text (kechuang index uncertainty --n ${N}): ${fullMs.toFixed(1)} ms, ${f(fullMs / N)} ms per replication`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
