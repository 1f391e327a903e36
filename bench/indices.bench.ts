/**
 * Benchmark of the composite-index engine: 1,000 uncertainty replications on COINr's ASEM example
 * (winsorisation cap, normalisation, weights ±25 %, aggregation), keeping the normalised data per
 * distinct choice and redoing everything per replication, plus the full nominal pipeline. Prints
 * time per replication and peak memory (uncertainty.bench.ts compares with numpy).
 * COINr 1.1.14 needs 0.144 s per replication and 0.18 s for the pipeline on a 2-core machine.
 */
import { computeIndex } from "../core/indices/compute.ts";
import { ScenarioEngine } from "../core/indices/scenarios.ts";
import { runUncertainty } from "../core/indices/uncertainty.ts";
import { asem, asemSpec } from "../core/indices/testing/asem.ts";
import { readRef, readRepoFile } from "../core/indices/testing/coinr.ts";
import { asemUncertainInputs } from "../core/indices/testing/grid.ts";

const N = 1000;
const ms = (t0: number): number => performance.now() - t0;

let t0 = performance.now();
const iData = readRef("ASEM_iData.csv");
const iMeta = readRef("ASEM_iMeta.csv");
const pipeline = readRepoFile("examples/asem/pipeline.json");
for (let i = 0; i < 20; i++) computeIndex(iData, iMeta, pipeline);
t0 = performance.now();
for (let i = 0; i < 100; i++) computeIndex(iData, iMeta, pipeline);
const pipelineMs = ms(t0) / 100;

t0 = performance.now();
const cached = runUncertainty(new ScenarioEngine(asem.def, asem.data, asemSpec()), asemUncertainInputs, N, 1);
const cachedMs = ms(t0) / N;

t0 = performance.now();
const uncached = runUncertainty(new ScenarioEngine(asem.def, asem.data, asemSpec(), null, false), asemUncertainInputs, N, 1, { reuse: "none" });
const uncachedMs = ms(t0) / N;
if (JSON.stringify(cached.stats) !== JSON.stringify(uncached.stats)) throw new Error("kept and redone stages give different runs");

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const mem = process.memoryUsage();
console.log(`ASEM: ${asem.data.units.length} units, ${asem.def.indicators.length} indicators`);
console.log(`full pipeline from CSV text (computeIndex): ${pipelineMs.toFixed(2)} ms   (COINr 180 ms)`);
console.log(`uncertainty, ${N} replications, normalised data kept:  ${cachedMs.toFixed(3)} ms per replication   (COINr 144 ms)`);
console.log(`uncertainty, ${N} replications, everything redone: ${uncachedMs.toFixed(3)} ms per replication`);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used ${mb(mem.heapUsed)}, RSS now ${mb(mem.rss)}`);
