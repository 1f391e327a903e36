/**
 * .xlsx to sheets with exceljs's streaming WorkbookReader, fed by zip-repack (guarded inflation,
 * sheets after the shared strings). Formulas give their cached result, rich text its plain text,
 * date-formatted numbers an ISO date, error cells their code ("#N/A"), booleans TRUE/FALSE; row
 * and column limits stop the read as soon as they are passed. Known gap in exceljs: of an inline
 * rich string (<is><r>…</r><r>…</r></is>) it keeps only the last run; Excel and WPS write shared
 * strings, which read whole.
 */
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { xlsxZipLimits, type SpreadsheetLimits } from "./limits.ts";
import { isoDate, SheetBuilder, type Cell, type Sheet } from "./sheet-grid.ts";
import { SpreadsheetProblem } from "./spreadsheet-problem.ts";
import { readZipDirectory } from "../files/zip-directory.ts";
import { repackForReader, WORKSHEET_PART } from "./zip-repack.ts";

/** What the streaming reader exposes but does not declare: the sheet order, the 1904 date system, a sheet's name. */
interface ReaderInternals {
  model?: { sheets?: Array<{ name?: string }> };
  properties?: { model?: { date1904?: boolean } };
}

const READER_OPTIONS = { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" } as const;

/** exceljs's own test for a date number format: y m d h s b outside [..] and "..". */
function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A serial day number as a Date, in the 1900 or the 1904 date system. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A streamed cell value as a Cell; `numFmt` dates a formula's numeric result (exceljs does not). */
function toCell(value: unknown, numFmt: string | undefined, date1904: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if (!isObject(value)) return null;
  // Formula cells: { formula, result }; a shared formula's other cells come as { formula: "", result }.
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (typeof result === "number" && Number.isFinite(result) && isDateFormat(numFmt)) return isoDate(serialToDate(result, date1904));
    return toCell(result, undefined, date1904);
  }
  if (Array.isArray(value.richText)) {
    return toCell(value.richText.map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join(""), numFmt, date1904);
  }
  if (typeof value.error === "string") return value.error;
  if ("text" in value) return toCell(value.text, numFmt, date1904);
  return null;
}

function rowCells(row: ExcelJS.Row, date1904: boolean): Cell[] {
  const values = row.values as unknown[];
  const cells: Cell[] = [];
  for (let c = 1; c < values.length; c++) {
    const value = values[c];
    cells.push(isObject(value) && ("formula" in value || "sharedFormula" in value) ? toCell(value, row.getCell(c).numFmt, date1904) : toCell(value, undefined, date1904));
  }
  return cells;
}

async function collect(reader: ExcelJS.stream.xlsx.WorkbookReader, limits: SpreadsheetLimits): Promise<Sheet[]> {
  const internals = reader as unknown as ReaderInternals;
  const sheets: Sheet[] = [];
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
    const builder = new SheetBuilder(name, limits);
    const date1904 = internals.properties?.model?.date1904 === true;
    for await (const row of worksheet) builder.add(row.number, rowCells(row, date1904));
    sheets.push(builder.finish());
  }
  // Tab order as the workbook lists it; parts are numbered in that order by Excel but need not be.
  const order = (internals.model?.sheets ?? []).map((s) => s.name);
  const rank = (s: Sheet) => (order.includes(s.name) ? order.indexOf(s.name) : order.length);
  return sheets.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
}

/** The sheets of the .xlsx `bytes` (a zip, already sniffed); throws SpreadsheetProblem, ZipProblem or exceljs's own errors. */
export async function readXlsx(bytes: Uint8Array, limits: SpreadsheetLimits): Promise<Sheet[]> {
  const entries = readZipDirectory(bytes, xlsxZipLimits(limits));
  const sheetCount = entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
  if (sheetCount > limits.maxSheets) throw new SpreadsheetProblem({ kind: "too_many_sheets", count: sheetCount, limit: limits.maxSheets });
  const source = Readable.from(repackForReader(bytes, entries), { objectMode: false });
  // A guard failing mid-entry leaves exceljs waiting for bytes that never come: race it.
  let sourceError: unknown;
  const failed = new Promise<never>((_, reject) => source.once("error", (error) => reject((sourceError = error))));
  failed.catch(() => undefined);
  try {
    const { default: excel } = await import("exceljs");
    return await Promise.race([collect(new excel.stream.xlsx.WorkbookReader(source, READER_OPTIONS), limits), failed]);
  } catch (error) {
    throw sourceError ?? error;
  } finally {
    source.destroy();
  }
}
