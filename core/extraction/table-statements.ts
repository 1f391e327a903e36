/**
 * Statements from indicator tables: each row gives an actual for its baseline column and a target
 * for its last column, the target carrying the baseline. The row's line is the span of both.
 */
import { findIndicatorTables } from "../outline/indicator-table.ts";
import { baseUnit, DIGIT_MAGNITUDES, scaleValue } from "../units/unit-list.ts";
import type { TimeContext } from "./temporal-context.ts";
import type { Statement } from "./statement.ts";

/** Bracketed unit of a row → base unit and scale (亿元 → 元 × 1e8, 万人 → 人 × 1e4). */
function rowUnit(written: string): { unit: string; scale: number } {
  const direct = baseUnit(written);
  if (direct.scale !== 1 || direct.unit !== written) return direct;
  for (const [word, scale] of DIGIT_MAGNITUDES) {
    if (written.startsWith(word) && written.length > word.length) return { unit: written.slice(word.length), scale };
  }
  return { unit: written, scale: 1 };
}

const GROWTH_NAME = /增长|增速|增幅/;

export function tableStatements(text: string, contextAt: (offset: number) => TimeContext): { statements: Statement[]; spans: { start: number; end: number }[] } {
  const statements: Statement[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const table of findIndicatorTables(text)) {
    spans.push({ start: table.start, end: table.end });
    const targetYear = contextAt(table.start).type === "target" ? contextAt(table.start).year : null;
    for (const row of table.rows) {
      const { unit, scale } = rowUnit(row.unit);
      const kind = GROWTH_NAME.test(row.name) && unit === "%" ? "growth" : "level";
      const first = row.cells[0]!;
      const last = row.cells[row.cells.length - 1]!;
      const common = { start: row.start, end: row.end, unit, kind, indicator: row.name, ...(row.attribute ? { attribute: row.attribute } : {}) } as const;
      const baselineIsPast = targetYear === null || first.year < targetYear;
      if (baselineIsPast) {
        statements.push({ ...common, type: "actual", value: scaleValue(first.value, scale), comparator: "=", year: first.year });
      }
      statements.push({
        ...common,
        type: "target",
        value: scaleValue(last.value, scale),
        comparator: last.comparator ?? ">=",
        year: last.year,
        ...(baselineIsPast ? { baseline_value: scaleValue(first.value, scale), baseline_year: first.year } : {}),
      });
    }
  }
  return { statements, spans };
}
