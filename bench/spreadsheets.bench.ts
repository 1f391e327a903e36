/**
 * Spreadsheet edge speed and memory: a long-format sheet of 100,000 rows (指标, 地区, 期间, 数值,
 * 备注) written as .xlsx with writeXlsx and read back with readSpreadsheet, then the same as CSV.
 * Prints rows per second each way, the file sizes, and the peak RSS of each step (sampled every
 * 10 ms) next to the RSS before it. Run: npx tsx bench/spreadsheets.bench.ts [rows]
 */
import { performance } from "node:perf_hooks";
import { readSpreadsheet } from "../server/spreadsheets/read-spreadsheet.ts";
import { toCsv, writeXlsx, type ExportSheet } from "../server/spreadsheets/write-spreadsheet.ts";

const ROWS = Number(process.argv[2] ?? 100_000);
const INDICATORS = ["tech-smes", "high-tech-firms", "rd-intensity", "patents-per-10k", "tech-contract-value"];
const PLACES = Array.from({ length: 38 }, (_, i) => String(500101 + i));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A small deterministic generator, so every run writes the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Runs `step`, sampling RSS every 10 ms; returns its result, seconds taken and peak RSS. */
async function measured<T>(step: () => Promise<T> | T): Promise<{ result: T; seconds: number; before: number; peak: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const result = await step();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, seconds, before, peak };
}

function report(label: string, m: { seconds: number; before: number; peak: number }, extra = ""): void {
  const rate = Math.round(ROWS / m.seconds).toLocaleString("en");
  console.log(`${label}: ${m.seconds.toFixed(2)} s, ${rate} rows/s, RSS ${mb(m.before)} → peak ${mb(m.peak)}${extra}`);
}

const next = random(2025);
const headers = ["指标", "地区", "期间", "数值", "备注"];
const rows: ExportSheet["rows"] = Array.from({ length: ROWS }, (_, i) => ({
  指标: INDICATORS[i % INDICATORS.length] ?? null,
  地区: PLACES[Math.floor(i / INDICATORS.length) % PLACES.length] ?? null,
  期间: 2025,
  数值: Math.round(next() * 1_000_000) / 100,
  备注: next() < 0.1 ? "区统计局初步数据，待核实" : null,
}));
const columns = headers.map((h) => ({ header: h, key: h }));
console.log(`${ROWS.toLocaleString("en")} rows × ${headers.length} columns`);

const written = await measured(() => writeXlsx([{ name: "上报数据", columns, rows }]));
report("writeXlsx", written, `, ${mb(written.result.length)} file`);
const read = await measured(() => readSpreadsheet(written.result, "上报数据.xlsx"));
const cells = read.result[0]?.cells ?? [];
if (cells.length !== ROWS + 1 || cells[ROWS]?.[3] !== rows[ROWS - 1]?.["数值"]) throw new Error("read-back differs from what was written");
report("readSpreadsheet .xlsx", read);

const csv = await measured(() => Buffer.from(toCsv(headers, rows.map((r) => headers.map((h) => r[h] ?? null))), "utf8"));
report("toCsv", csv, `, ${mb(csv.result.length)} text`);
const csvRead = await measured(() => readSpreadsheet(csv.result, "上报数据.csv"));
if (csvRead.result[0]?.cells.length !== ROWS + 1) throw new Error("CSV read-back differs from what was written");
report("readSpreadsheet .csv", csvRead);
console.log(`process maxRSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
