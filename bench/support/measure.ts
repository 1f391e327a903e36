/**
 * Measuring helpers shared by the benchmarks: medians, wall-clock seconds of a step with its peak
 * RSS (sampled every 50 ms, and once more at the end), and number formatting for the tables.
 */
import { performance } from "node:perf_hooks";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Measured<T> {
  result: T;
  seconds: number;
  /** Process RSS before the step, in bytes. */
  rssBefore: number;
  /** Highest process RSS seen during the step, in bytes. */
  rssPeak: number;
}

/** Runs `step`, sampling the process RSS every 50 ms (a step that blocks the event loop is sampled when it yields). */
export async function measured<T>(step: () => Promise<T> | T): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await step();
    const seconds = (performance.now() - started) / 1000;
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    return { result, seconds, rssBefore, rssPeak };
  } finally {
    clearInterval(sampler);
  }
}

export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
export const perSecond = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString("en-US");

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? "")].length)));
  const line = (r: string[]) => r.map((cell, c) => (/^[\d.,×%-]+$/.test(cell) && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
