/**
 * How much a step grows this process's memory: RSS and heap sampled every 5 ms while it runs (a
 * step that blocks the event loop is sampled when it yields, and once more at the end). With the
 * server in the same process, that is the server's growth.
 */
import { performance } from "node:perf_hooks";

const MB = 2 ** 20;

/** Runs `step`; returns its result, milliseconds taken and the peak growth of RSS and heap in MB. */
export async function withPeakMemory<T>(step: () => Promise<T>): Promise<{ result: T; ms: number; rssGrowthMb: number; heapGrowthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  try {
    const result = await step();
    sample();
    return { result, ms: performance.now() - started, rssGrowthMb: (peakRss - before.rss) / MB, heapGrowthMb: (peakHeap - before.heapUsed) / MB };
  } finally {
    clearInterval(timer);
  }
}
