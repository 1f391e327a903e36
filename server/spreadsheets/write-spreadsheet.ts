/**
 * Exports tables as .xlsx (exceljs's streaming WorkbookWriter: rows are written out as they are
 * added, so memory stays flat for 100,000-row exports) and as CSV that Excel on a Chinese Windows
 * opens without garbling (UTF-8 BOM, CRLF, RFC 4180 quotes). Every text cell, headers included,
 * passes through neutraliseCell, so nothing exported can run as a formula.
 */
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { neutraliseCell } from "../../core/reporting/formula-injection.ts";

/** A number with a format of its own (per row: each indicator its decimals, a growth rate its unit). */
export type FormattedNumber = { value: number; numFmt: string };

/** A cell value to export; null (and a number that is not finite) is an empty cell. */
export type ExportValue = string | number | FormattedNumber | null;

/** One column: header text, the row key it shows, width in characters, Excel number format ("0.00", "#,##0"). */
export type ExportColumn = { header: string; key: string; width?: number; numFmt?: string };

/** One sheet to export; notes go to a sheet of their own, 说明, after the data sheets. */
export type ExportSheet = {
  name: string;
  columns: ExportColumn[];
  rows: Array<Record<string, ExportValue>>;
  /** A bold line above the header row naming what the table is and as of when (.xlsx only; the sheet then prints A4 landscape, one page wide). */
  title?: string;
  /** Freeze the header row (default true). */
  frozenHeader?: boolean;
  notes?: string[];
};

const NOTES_SHEET = "说明";
/** Rows written between yields to the event loop, so the zip stream drains as the sheet is written. */
const ROWS_PER_TICK = 2_000;

function exportCell(value: ExportValue | undefined): string | number | null {
  if (value !== null && typeof value === "object") return exportCell(value.value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return typeof value === "string" && value !== "" ? neutraliseCell(value) : null;
}

/** Width of text in Excel character units: CJK and full-width characters count two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** The column's width: as given, or fitted to the header and the first 200 rows, between 8 and 60. */
function columnWidth(column: ExportColumn, rows: ExportSheet["rows"]): number {
  if (column.width !== undefined) return column.width;
  let widest = textWidth(column.header);
  for (const row of rows.slice(0, 200)) widest = Math.max(widest, textWidth(csvText(row[column.key] ?? null)));
  return Math.min(60, Math.max(8, widest + 2));
}

/** Sheet names Excel accepts: no []:*?/\, at most 31 characters, not blank, unique ignoring case. */
function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, i) => {
    const base = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31) || `Sheet${i + 1}`;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base.slice(0, 31 - String(n).length - 2)}(${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, sheet: ExportSheet): Promise<void> {
  const frozen = sheet.frozenHeader ?? true;
  const headerRow = sheet.title ? 2 : 1;
  // A titled table is one people print: A4 across, as wide as one page, as many pages down as it takes.
  const pageSetup = sheet.title ? { pageSetup: { orientation: "landscape" as const, paperSize: 9, fitToWidth: 1, fitToHeight: 0 } } : {};
  const worksheet = workbook.addWorksheet(name, { views: frozen ? [{ state: "frozen", xSplit: 0, ySplit: headerRow }] : [], ...pageSetup });
  worksheet.columns = sheet.columns.map((c) => ({ key: c.key, width: columnWidth(c, sheet.rows), ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  if (sheet.title) {
    const title = worksheet.addRow([exportCell(sheet.title)]);
    title.font = { bold: true, size: 13 };
    title.commit();
  }
  const header = worksheet.addRow(sheet.columns.map((c) => exportCell(c.header)));
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? {};
    const added = worksheet.addRow(sheet.columns.map((c) => exportCell(row[c.key])));
    sheet.columns.forEach((c, j) => {
      const value = row[c.key];
      if (value !== null && typeof value === "object") added.getCell(j + 1).numFmt = value.numFmt;
    });
    added.commit();
    if ((i + 1) % ROWS_PER_TICK === 0) await tick();
  }
  worksheet.commit();
}

function writeNotes(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, sheets: Array<{ name: string; notes: string[] }>): void {
  const worksheet = workbook.addWorksheet(name);
  worksheet.columns = [{ key: "note", width: 100 }];
  const titled = sheets.length > 1;
  for (const sheet of sheets) {
    if (titled) {
      const title = worksheet.addRow([exportCell(sheet.name)]);
      title.font = { bold: true };
      title.commit();
    }
    for (const note of sheet.notes) worksheet.addRow([exportCell(note)]).commit();
    if (titled) worksheet.addRow([]).commit();
  }
  worksheet.commit();
}

/** The sheets as an .xlsx file: bold frozen header row, column widths, numbers as numbers, text neutralised. */
export async function writeXlsx(sheets: ExportSheet[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const { default: excel } = await import("exceljs");
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const withNotes = sheets.filter((s) => s.notes && s.notes.length > 0);
  const names = sheetNames([...sheets.map((s) => s.name), ...(withNotes.length ? [NOTES_SHEET] : [])]);
  for (const [i, sheet] of sheets.entries()) await writeTable(workbook, names[i] ?? sheet.name, sheet);
  if (withNotes.length) writeNotes(workbook, names.at(-1) ?? NOTES_SHEET, withNotes.map((s, i) => ({ name: names[sheets.indexOf(s)] ?? `Sheet${i + 1}`, notes: s.notes ?? [] })));
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** `value` with `decimals` digits, halves away from zero on its shortest decimal form (0.075 → "0.08", as Excel shows it, not toFixed's "0.07"). */
function roundHalfAway(value: number, decimals: number): string {
  const abs = Math.abs(value);
  if (String(abs).includes("e")) return value.toFixed(decimals);
  const rounded = Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`);
  return (value < 0 ? -rounded : rounded).toFixed(decimals);
}

/**
 * A number as an Excel number format shows it, without thousands separators so that any reader parses
 * it: the fraction digits of the format's first section, × 100 and "%" for a percentage, and the
 * format's quoted text ("0.00\" 个百分点/年\"" → "0.08 个百分点/年").
 */
export function formatLikeExcel(value: number, numFmt: string): string {
  const section = numFmt.split(";")[0] ?? "";
  const code = section.replace(/"[^"]*"/g, "");
  const decimals = /\.(0+)/.exec(code)?.[1]?.length ?? 0;
  const percent = code.includes("%");
  const number = roundHalfAway(percent ? Number((value * 100).toPrecision(15)) : value, decimals);
  const literal = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  return `${Object.is(Number(number), -0) ? number.replace(/^-/, "") : number}${percent ? "%" : ""}${literal}`;
}

/** The text of a cell in CSV (and for fitting column widths): formatted numbers as Excel would show them. */
function csvText(value: ExportValue): string {
  if (value !== null && typeof value === "object") return Number.isFinite(value.value) ? formatLikeExcel(value.value, value.numFmt) : "";
  const cell = exportCell(value);
  return cell === null ? "" : String(cell);
}

/** One CSV field: neutralised text, quoted when it holds a comma, quote or line break. */
function csvField(value: ExportValue): string {
  const text = csvText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: UTF-8 BOM first, CRLF line ends, RFC 4180 quoting, text neutralised. */
export function toCsv(headers: string[], rows: ExportValue[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** One sheet as CSV: the header row and the rows (no title line, so the first line names the columns). */
export function sheetToCsv(sheet: ExportSheet): string {
  return toCsv(sheet.columns.map((c) => c.header), sheet.rows.map((row) => sheet.columns.map((c) => row[c.key] ?? null)));
}
