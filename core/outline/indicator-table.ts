/**
 * Indicator tables (主要指标 boxes) whose cells ran together on one line when published:
 * header "序号指标名称2020年2025年年均指标属性", rows "5科技型企业(家)2637145000预期性".
 * Each row is read into its number, indicator name, unit, one figure per year column (with an
 * explicit comparator such as ">10" kept) and attribute (预期性 expected / 约束性 binding).
 */
import { z } from "zod";
import { splitFigures } from "./figure-split.ts";

export const TableCell = z.object({ year: z.number().int(), value: z.number(), comparator: z.enum([">", ">=", "<", "<=", "="]).optional() });
export type TableCell = z.infer<typeof TableCell>;

export const IndicatorRow = z.object({
  start: z.number().int(),
  end: z.number().int(),
  number: z.number().int(),
  name: z.string(),
  /** The unit as written in the row's brackets (亿元, %, 家 …). */
  unit: z.string(),
  cells: z.array(TableCell),
  attribute: z.enum(["expected", "binding"]).optional(),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const IndicatorTable = z.object({
  start: z.number().int(),
  end: z.number().int(),
  years: z.array(z.number().int()),
  rows: z.array(IndicatorRow),
});
export type IndicatorTable = z.infer<typeof IndicatorTable>;

const HEADER = /指标/;
/** A row with its unit in brackets after the name: "5科技型企业(家)2637145000预期性". */
const ROW = /^(\d{1,2})(.+?)[(（]([^()（）]{1,8})[)）]\s*([\d.><≥≤＞＜\s]+?)\s*(预期性|约束性)?\s*$/;
/** A row whose cells kept spaces between them, the unit in a cell of its own: "5 科技型企业 家 26371 45000 预期性". */
const SPACED_ROW = /^(\d{1,2})\s+(.+?)\s+(%|％|[^\s\d.><≥≤＞＜]{1,4})\s+([\d.><≥≤＞＜][\d.><≥≤＞＜\s]*?)\s*(预期性|约束性)?\s*$/;
const SIGNED_FIGURE = /^[><≥≤＞＜]?(0|[1-9]\d*)(\.\d+)?$/;
const COMPARATOR: Record<string, TableCell["comparator"]> = { ">": ">", "＞": ">", "≥": ">=", "<": "<", "＜": "<", "≤": "<=" };

function readCells(figures: string, years: number[], isShare: boolean): TableCell[] | null {
  // Cells that kept their separation are taken as they stand; run-together ones are split.
  const tokens = figures.trim().split(/\s+/);
  const pieces = tokens.length === years.length && tokens.every((t) => SIGNED_FIGURE.test(t))
    ? tokens
    : figures.replace(/\s+/g, "").split(/(?=[><≥≤＞＜])/);
  const values: { value: number; comparator?: TableCell["comparator"] }[] = [];
  const free = years.length - (pieces.length - 1);
  for (const [i, piece] of pieces.entries()) {
    const sign = COMPARATOR[piece[0]!];
    const digits = sign ? piece.slice(1) : piece;
    const parts = pieces.length === years.length ? 1 : i === 0 ? Math.max(1, free) : 1;
    const split = splitFigures(digits, parts, isShare);
    if (!split) return null;
    split.forEach((value, k) => values.push({ value, ...(sign && k === 0 ? { comparator: sign } : {}) }));
  }
  if (values.length !== years.length) return null;
  return values.map((v, i) => ({ year: years[i]!, ...v }));
}

/** Every indicator table in the text, with the spans of its header and rows. */
export function findIndicatorTables(text: string): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    const years = [...header.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
    if (!HEADER.test(header.text) || years.length < 2 || !/序号|名称/.test(header.text)) continue;
    const rows: IndicatorRow[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.text.trim()) continue;
      const m = ROW.exec(line.text.trim()) ?? SPACED_ROW.exec(line.text.trim());
      if (!m || Number(m[1]) !== rows.length + 1) break;
      const cells = readCells(m[4]!, years, m[3] === "%" || m[3] === "％");
      if (!cells) break;
      const lead = line.text.length - line.text.trimStart().length;
      rows.push({
        start: line.start + lead,
        end: line.start + line.text.trimEnd().length,
        number: Number(m[1]),
        name: m[2]!.trim(),
        unit: m[3]!,
        cells,
        ...(m[5] ? { attribute: m[5] === "约束性" ? "binding" as const : "expected" as const } : {}),
      });
    }
    if (rows.length) {
      tables.push({ start: header.start, end: rows[rows.length - 1]!.end, years, rows });
      i = j - 1;
    }
  }
  return tables;
}
