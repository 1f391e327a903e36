/**
 * Reading a long-format table (one value a row: 指标, 地区, 期间, 数值, optional 单位, 备注, 说明, or the
 * English headers) into located reported values: header matching, names to codes, period and number
 * text, column letters. Extra columns (上期值, 指标名称 …) are ignored. No I/O: the caller gives the cells.
 */
import type { ReportField } from "./problem.ts";
import type { LocatedProblem, LocatedValue } from "./validate-batch.ts";

/** One cell as a spreadsheet or CSV reader gives it. */
export type Cell = string | number | null | undefined;

/** Turns the text of the 指标 and 地区 columns (a code or a Chinese name) into a code. */
export interface LongFormatLookup {
  indicator(text: string): string | undefined;
  place(text: string): string | undefined;
}

/** Options of readLongFormat: `maxRows` caps the data rows read (default 200,000). */
export interface LongFormatOptions {
  maxRows?: number;
}

/** Default cap on data rows. */
export const DEFAULT_MAX_ROWS = 200_000;

/** Accepted headers per field, as normalised by normaliseHeader. */
export const LONG_FORMAT_HEADERS: Readonly<Record<ReportField, readonly string[]>> = {
  indicatorCode: ["指标", "指标代码", "指标编码", "indicator", "indicatorcode"],
  placeCode: ["地区", "地区代码", "place", "placecode"],
  period: ["期间", "报告期", "period"],
  value: ["数值", "value"],
  unit: ["单位", "unit"],
  note: ["备注", "note"],
  explanation: ["说明", "explanation"],
};
const FIELDS = Object.keys(LONG_FORMAT_HEADERS) as ReportField[];
const REQUIRED: readonly ReportField[] = ["indicatorCode", "placeCode", "period", "value"];
const HEADER_FIELD = new Map(FIELDS.flatMap((f) => LONG_FORMAT_HEADERS[f].map((h) => [h, f] as const)));
const SHOWN = (f: ReportField) => `${LONG_FORMAT_HEADERS[f][0]}（${LONG_FORMAT_HEADERS[f].find((h) => /^[a-z]/.test(h))}）`;

/** Header text as matched: full-width forms folded, whitespace and required-marks (*) removed, lower case. */
export function normaliseHeader(text: string): string {
  return text.normalize("NFKC").replace(/[\s*]+/g, "").toLowerCase();
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? "" : typeof cell === "number" ? String(cell) : cell.trim());
const isEmptyRow = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === "");

const QUARTER_WORD: Record<string, string> = { "1": "1", "2": "2", "3": "3", "4": "4", 一: "1", 二: "2", 三: "3", 四: "4" };

/** Period cell as period text: 2025 → "2025", 2025年 → "2025", 2025q3 / 2025年第三季度 → "2025Q3", 2025年7月 / 2025/7 → "2025-07"; anything else as typed. */
export function periodCellText(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  const text = cellText(cell).normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  let m = /^(\d{4})年?$/.exec(text);
  if (m) return m[1]!;
  m = /^(\d{4})(?:Q|年第?|年)([1-4一二三四])(?:季度|季)?$/.exec(text);
  if (m && (text.includes("Q") || text.includes("季"))) return `${m[1]}Q${QUARTER_WORD[m[2]!]}`;
  m = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  return text;
}

const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:E[+-]?\d+)?$/;

/** Number cell as a number: numbers as given; text with full-width digits, thousands separators, −; null when not a number. */
export function numberCell(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).normalize("NFKC").replace(/\s+/g, "").replace(/−/g, "-").toUpperCase();
  if (!NUMBER.test(text)) return null;
  return Number(text.replace(/,/g, ""));
}

/** The columns of a header row; problems when a required header is missing or a field has two columns. */
function readHeader(sheet: string, header: readonly Cell[]): { columns: Map<ReportField, number>; problems: LocatedProblem[] } {
  const columns = new Map<ReportField, number>();
  const problems: LocatedProblem[] = [];
  header.forEach((cell, index) => {
    const field = HEADER_FIELD.get(normaliseHeader(cellText(cell)));
    if (!field) return;
    const earlier = columns.get(field);
    if (earlier === undefined) columns.set(field, index);
    else {
      problems.push({ sheet, row: 1, column: columnLetter(index), field, code: "duplicate_header",
        zh: `表头“${cellText(cell)}”与 ${columnLetter(earlier)} 列重复`, en: `header "${cellText(cell)}" repeats column ${columnLetter(earlier)}` });
    }
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    problems.push({ sheet, row: 1, field: missing[0]!, code: "missing_headers",
      zh: `第 1 行缺少表头：${missing.map((f) => LONG_FORMAT_HEADERS[f][0]).join("、")}（表头应为 ${FIELDS.map(SHOWN).join("、")}）`,
      en: `row 1 lacks the headers ${missing.map((f) => LONG_FORMAT_HEADERS[f].find((h) => /^[a-z]/.test(h))).join(", ")} (headers are ${FIELDS.map(SHOWN).join(", ")})` });
  }
  return { columns, problems };
}

/**
 * Reads a long-format sheet: row 1 is the header, each later non-empty row one value. A row with any
 * cell it cannot read (unknown name, empty required cell, value not a number) yields problems and no
 * value; the others yield a LocatedValue for validateBatch. Over `maxRows` data rows: one problem, no rows.
 */
export function readLongFormat(sheet: string, cells: readonly (readonly Cell[])[], lookup: LongFormatLookup, options: LongFormatOptions = {}): { rows: LocatedValue[]; problems: LocatedProblem[] } {
  const { columns, problems } = readHeader(sheet, cells[0] ?? []);
  if (problems.length > 0) return { rows: [], problems };
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let last = cells.length - 1;
  while (last > 0 && isEmptyRow(cells[last])) last--;
  if (last > maxRows) {
    return { rows: [], problems: [{ sheet, row: maxRows + 2, field: "value", code: "too_many_rows",
      zh: `数据超过 ${maxRows} 行（共 ${last} 行），请拆分后分批导入`, en: `more than ${maxRows} data rows (${last}); split the file and import it in parts` }] };
  }
  const letters: Partial<Record<ReportField, string>> = {};
  for (const [field, index] of columns) letters[field] = columnLetter(index);
  const rows: LocatedValue[] = [];
  const [indicatorAt, placeAt, periodAt, valueAt] = REQUIRED.map((f) => columns.get(f)!) as [number, number, number, number];
  const optional = (["unit", "note", "explanation"] as const).flatMap((field) => (columns.has(field) ? [[field, columns.get(field)!] as const] : []));
  const problem = (r: number, field: ReportField, code: string, zh: string, en: string): LocatedProblem => ({ sheet, row: r + 1, column: letters[field]!, field, code, zh, en });
  const empty = (r: number, field: ReportField) =>
    problem(r, field, "cell_empty", `${LONG_FORMAT_HEADERS[field][0]}未填写`, `${field === "indicatorCode" ? "indicator" : field === "placeCode" ? "place" : field} is empty`);
  // The loop makes no closure per row: 100,000 rows are read many times a second.
  for (let r = 1; r <= last; r++) {
    const row = cells[r];
    if (!row || isEmptyRow(row)) continue;
    let rowProblems: LocatedProblem[] | undefined;
    const indicatorText = cellText(row[indicatorAt]);
    if (indicatorText === "") (rowProblems ??= []).push(empty(r, "indicatorCode"));
    const placeText = cellText(row[placeAt]);
    if (placeText === "") (rowProblems ??= []).push(empty(r, "placeCode"));
    let periodText = "";
    if (cellText(row[periodAt]) === "") (rowProblems ??= []).push(empty(r, "period"));
    else periodText = periodCellText(row[periodAt]);
    const indicatorCode = indicatorText === "" ? undefined : lookup.indicator(indicatorText);
    if (indicatorText !== "" && indicatorCode === undefined) (rowProblems ??= []).push(problem(r, "indicatorCode", "unknown_indicator", `指标“${indicatorText}”不在指标目录中`, `indicator "${indicatorText}" is not in the catalogue`));
    const placeCode = placeText === "" ? undefined : lookup.place(placeText);
    if (placeText !== "" && placeCode === undefined) (rowProblems ??= []).push(problem(r, "placeCode", "unknown_place", `地区“${placeText}”不存在`, `place "${placeText}" does not exist`));
    const valueText = cellText(row[valueAt]);
    if (valueText === "") (rowProblems ??= []).push(empty(r, "value"));
    const value = valueText === "" ? null : numberCell(row[valueAt]);
    if (valueText !== "" && value === null) (rowProblems ??= []).push(problem(r, "value", "value_not_number", `数值“${valueText}”不是数字（单位请填在单位列）`, `value "${valueText}" is not a number (put the unit in the unit column)`));
    if (rowProblems !== undefined || indicatorCode === undefined || placeCode === undefined || value === null) {
      if (rowProblems) problems.push(...rowProblems.sort((a, b) => columns.get(a.field)! - columns.get(b.field)!));
      continue;
    }
    const located: LocatedValue = { indicatorCode, placeCode, period: periodText, value, location: { sheet, row: r + 1, columns: letters } };
    for (const [field, index] of optional) {
      const text = cellText(row[index]);
      if (text !== "") located[field] = text;
    }
    rows.push(located);
  }
  return { rows, problems };
}
