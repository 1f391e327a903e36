/**
 * Monitoring speed: the pure progress computation per target, and the plan-progress API request on
 * the embedded database with the seed data (start-up time included as its own figure).
 */
import { performance } from "node:perf_hooks";
import { computeProgress } from "../core/monitoring/index.ts";
import { startServer } from "../server/start.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const input = {
  indicator: { measure: "amount" as const },
  target: { kind: "level" as const, comparator: ">" as const, value: 110e9, targetYear: 2025, baseline: { value: 14.57e9, year: 2020 } },
  observations: [{ year: 2021, value: 30e9 }, { year: 2022, value: 60e9 }, { year: 2023, value: 86.51e9 }],
};
const N = 100_000;
let t = performance.now();
for (let i = 0; i < N; i++) computeProgress(input);
const perTarget = (performance.now() - t) / N;
console.log(`computeProgress: ${(perTarget * 1000).toFixed(2)} µs per target (${N} runs)`);

t = performance.now();
const server = await startServer({ port: 0, database: { kind: "pglite-memory" } });
console.log(`start-up on in-memory PGlite (migrate + seed): ${(performance.now() - t).toFixed(0)} ms`);
const times: number[] = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  const res = await fetch(`${server.url}/api/plans/cq-sti-2021-2025/progress`);
  await res.json();
  times.push(performance.now() - s);
}
console.log(`GET /api/plans/cq-sti-2021-2025/progress: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (50 requests)`);
await server.close();
