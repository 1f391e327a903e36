/**
 * Exports tables as .xlsx (exceljs's streaming WorkbookWriter: rows are written out as they are
 * added, so memory stays flat for 100,000-row exports) and as CSV that Excel on a Chinese Windows
 * opens without garbling (UTF-8 BOM, CRLF, RFC 4180 quotes). Every text cell, headers included,
 * passes through neutraliseCell, so nothing exported can run as a formula.
 */
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { neutraliseCell } from "../../core/reporting/formula-injection.ts";

/** A cell value to export; null (and a number that is not finite) is an empty cell. */
export type ExportValue = string | number | null;

/** One column: header text, the row key it shows, width in characters, Excel number format ("0.00", "#,##0"). */
export type ExportColumn = { header: string; key: string; width?: number; numFmt?: string };

/** One sheet to export; notes go to a sheet of their own, 说明, after the data sheets. */
export type ExportSheet = {
  name: string;
  columns: ExportColumn[];
  rows: Array<Record<string, ExportValue>>;
  /** Freeze the header row (default true). */
  frozenHeader?: boolean;
  notes?: string[];
};

const NOTES_SHEET = "说明";
/** Rows written between yields to the event loop, so the zip stream drains as the sheet is written. */
const ROWS_PER_TICK = 2_000;

function exportCell(value: ExportValue | undefined): string | number | null {
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
  for (const row of rows.slice(0, 200)) widest = Math.max(widest, textWidth(String(row[column.key] ?? "")));
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
  const worksheet = workbook.addWorksheet(name, { views: frozen ? [{ state: "frozen", xSplit: 0, ySplit: 1 }] : [] });
  worksheet.columns = sheet.columns.map((c) => ({ key: c.key, width: columnWidth(c, sheet.rows), ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = worksheet.addRow(sheet.columns.map((c) => exportCell(c.header)));
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? {};
    worksheet.addRow(sheet.columns.map((c) => exportCell(row[c.key]))).commit();
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

/** One CSV field: neutralised text, quoted when it holds a comma, quote or line break. */
function csvField(value: string | number | null): string {
  const cell = exportCell(value);
  if (cell === null) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: UTF-8 BOM first, CRLF line ends, RFC 4180 quoting, text neutralised. */
export function toCsv(headers: string[], rows: (string | number | null)[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
