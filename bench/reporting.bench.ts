/**
 * Reporting speed: a return of 100,000 figures (5 indicators × 2,000 places × 10 years, R&D intensity
 * consistent with R&D expenditure and GDP, last year's figures stored) read from a long-format table
 * and validated as one batch, then rolled up to the city. Prints rows per second (median of 5 runs).
 */
import { performance } from "node:perf_hooks";
import { readLongFormat, rollup, validateBatch, type Cell, type ReportContext } from "../core/reporting/index.ts";
import { CITY, indicatorList, indicators } from "../core/reporting/testing/catalogue.ts";

const PLACES = 2000;
const YEARS = 10;
const placeCodes = Array.from({ length: PLACES }, (_, i) => `5${String(1000 + i).padStart(5, "0")}`);
const places = new Map(placeCodes.map((code) => [code, { code, nameZh: `${code}区`, nameEn: `District ${code}` }]));
const header: Cell[] = ["指标", "地区", "期间", "数值", "单位", "备注", "说明"];
const cells: Cell[][] = [header];
const stored = new Map<string, number>();
for (let y = 0; y < YEARS; y++) {
  for (let p = 0; p < PLACES; p++) {
    const growth = 1 + 0.05 * y + (p % 10) / 100;
    const rd = Number((20 + (p % 50) * growth).toFixed(2));
    const gdp = Number((900 + (p % 300) * 5 * growth).toFixed(2));
    const year = String(2015 + y);
    const place = `${placeCodes[p]}区`;
    cells.push(["研发经费", place, year, rd, "亿元", null, null]);
    cells.push(["地区生产总值", place, year, gdp.toLocaleString("en-US"), null, null, null]);
    cells.push(["研发投入强度", place, year, Number(((rd / gdp) * 100).toFixed(2)), "%", null, null]);
    cells.push(["技术合同成交额", place, year, Number((50 * growth).toFixed(1)), null, "含技术转让", null]);
    cells.push(["科技型企业", place, year, Math.round(300 * growth), "家", null, null]);
  }
}
for (const p of placeCodes) stored.set(`tech-smes|${p}|2014`, 280);

const byName = new Map(indicatorList.map((i) => [i.nameZh, i.code]));
const lookup = { indicator: (t: string) => byName.get(t), place: (t: string) => (places.has(t.slice(0, -1)) ? t.slice(0, -1) : undefined) };
const ctx: ReportContext = {
  indicators,
  places,
  currentYear: 2025,
  previous: (i, p, period) => {
    const before = String(Number(period) - 1);
    const value = stored.get(`${i}|${p}|${before}`);
    return value === undefined ? undefined : { period: before, value };
  },
  known: (i, p, period) => stored.get(`${i}|${p}|${period}`),
  changeBound: 0.5,
  ratioTolerance: 0.01,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en-US")} rows/s`;
/** Wall-clock and CPU milliseconds of one call (CPU time is steadier on a shared machine). */
function timed<T>(f: () => T, into: { wall: number[]; cpu: number[] }): T {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const result = f();
  into.wall.push(performance.now() - t);
  into.cpu.push(process.cpuUsage(c).user / 1000);
  return result;
}
const phases = { read: { wall: [] as number[], cpu: [] as number[] }, validate: { wall: [] as number[], cpu: [] as number[] }, rollup: { wall: [] as number[], cpu: [] as number[] } };
const tree = [{ code: CITY, parentCode: null }, ...placeCodes.map((code) => ({ code, parentCode: CITY }))];
let problems = 0;
let accepted = 0;
for (let run = 0; run < 5; run++) {
  const table = timed(() => readLongFormat("2015-2024", cells, lookup), phases.read);
  const batch = timed(() => validateBatch(table.rows, ctx), phases.validate);
  problems = table.problems.length + batch.problems.length;
  accepted = batch.accepted.length;
  const values = batch.accepted.map((a) => ({ indicatorCode: a.row.indicatorCode, placeCode: a.row.placeCode, period: a.row.period, value: a.value }));
  timed(() => rollup({ places: tree, values, indicators }), phases.rollup);
}
const n = cells.length - 1;
console.log(`${n.toLocaleString("en-US")} rows, ${accepted.toLocaleString("en-US")} accepted, ${problems} problems (median of 5 runs)`);
for (const [name, { wall, cpu }] of Object.entries({ readLongFormat: phases.read, validateBatch: phases.validate, rollup: phases.rollup })) {
  console.log(`${name.padEnd(15)} ${median(wall).toFixed(0).padStart(5)} ms (${rate(n, median(wall))}), CPU ${median(cpu).toFixed(0)} ms (${rate(n, median(cpu))})`);
}
