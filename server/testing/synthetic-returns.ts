/**
 * Synthetic district returns for benchmarks and load tests: places under the city (bench-0001 …,
 * kind district) inserted set-wise, and long-format rows (指标, 地区, 期间, 数值, 单位) of the four
 * additive catalogue indicators for them over past years. Each figure changes by at most ±15 % a
 * year, so no row needs an explanation under the change rule; the same arguments give the same rows.
 */
import { sql } from "kysely";
import type { Db } from "../db/connect.ts";
import { toCsv, writeXlsx, type ExportSheet } from "../spreadsheets/write-spreadsheet.ts";

export const CITY_CODE = "500000";

/** The additive indicators a synthetic return reports, with the unit each is typed in. */
export const SYNTHETIC_INDICATORS = [
  { code: "tech-smes", unit: "家", base: (p: number) => 40 + ((p * 37) % 900), decimals: 0 },
  { code: "rd-expenditure", unit: "亿元", base: (p: number) => 1 + ((p * 13) % 97) / 2, decimals: 2 },
  { code: "gdp", unit: "亿元", base: (p: number) => 100 + ((p * 7) % 300) * 5, decimals: 1 },
  { code: "tech-contract-value", unit: "亿元", base: (p: number) => 2 + ((p * 11) % 50), decimals: 2 },
] as const;

export const LONG_FORMAT_HEADERS = ["指标", "地区", "期间", "数值", "单位"] as const;
export type LongFormatRow = { 指标: string; 地区: string; 期间: number; 数值: number; 单位: string };

/** Code of the n-th synthetic place (1-based): bench-0001 … bench-9999, bench-10000 … */
export const syntheticPlaceCode = (n: number) => `bench-${String(n).padStart(4, "0")}`;

/**
 * Inserts `count` synthetic districts under the city in one statement; returns their codes. Each has
 * an administrative code of its own (9xxxxx, a first digit no real GB/T 2260 code uses), so the
 * roll-up counts them among the city's districts.
 */
export async function insertSyntheticPlaces(db: Db, count: number): Promise<string[]> {
  await sql`
    INSERT INTO places (code, name_zh, name_en, kind, admin_code, parent_code)
    SELECT 'bench-' || lpad(n::text, greatest(4, length(n::text)), '0'), '测试区' || n, 'Test district ' || n, 'district', '9' || lpad(n::text, 5, '0'), ${CITY_CODE}
    FROM generate_series(1, ${count}::int) AS n
    ON CONFLICT (code) DO NOTHING`.execute(db);
  return Array.from({ length: count }, (_, i) => syntheticPlaceCode(i + 1));
}

/** A small deterministic generator in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/**
 * Rows for every place, indicator and year (years ascending), in that nesting: place, indicator,
 * year. Each year's figure is the previous one changed by a random −15 % … +15 %.
 */
export function syntheticRows(placeCodes: readonly string[], years: readonly number[], seed = 2025): LongFormatRow[] {
  const next = random(seed);
  const rows: LongFormatRow[] = [];
  for (const [p, place] of placeCodes.entries()) {
    for (const indicator of SYNTHETIC_INDICATORS) {
      let value = indicator.base(p + 1);
      for (const year of years) {
        rows.push({ 指标: indicator.code, 地区: place, 期间: year, 数值: Number(value.toFixed(indicator.decimals)), 单位: indicator.unit });
        value *= 1 + (next() - 0.5) * 0.3;
      }
    }
  }
  return rows;
}

/** The `count` years before the current one, ascending. */
export function pastYears(count: number, now = new Date()): number[] {
  const last = now.getFullYear() - 1;
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

const sheet = (rows: LongFormatRow[]): ExportSheet => ({ name: "数据", columns: LONG_FORMAT_HEADERS.map((h) => ({ header: h, key: h })), rows });

/** The rows as a long-format .xlsx (writeXlsx: shared strings, header row first). */
export const syntheticXlsx = (rows: LongFormatRow[]) => writeXlsx([sheet(rows)]);

/** The rows as long-format CSV bytes (UTF-8 with BOM, as toCsv writes). */
export const syntheticCsv = (rows: LongFormatRow[]) => Buffer.from(toCsv([...LONG_FORMAT_HEADERS], rows.map((r) => LONG_FORMAT_HEADERS.map((h) => r[h]))), "utf8");
