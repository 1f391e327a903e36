/**
 * Extraction speed: extracts every statement of the city's five-year S&T plan (seed 003, about
 * 51,000 characters) many times and prints the median time per run and characters per second,
 * with the outline build alongside. Run: npx tsx bench/extraction.bench.ts [runs]
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { extractStatements } from "../core/extraction/extract-statements.ts";
import { buildOutline } from "../core/outline/outline.ts";

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(join(here, "../data/seeds/003_d7f53db3d6bb61e0.txt"), "utf8");
const runs = Number(process.argv[2] ?? 40);
const WARMUP = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure(name: string, fn: () => unknown): void {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = fn();
    times.push(performance.now() - t0);
    size = Array.isArray(result) ? result.length : size;
  }
  const ms = median(times);
  const perSecond = Math.round(text.length / (ms / 1000));
  console.log(`${name}: ${text.length} chars, median ${ms.toFixed(2)} ms over ${runs} runs, ${perSecond.toLocaleString("en")} chars/s${size ? `, ${size} statements` : ""}`);
}

measure("extractStatements(003)", () => extractStatements(text));
measure("buildOutline(003)", () => buildOutline(text));
