/**
 * A table a person sees, as the file they download: .xlsx (numbers kept as numbers with their number
 * formats, a title line, frozen header, fitted widths) or CSV (UTF-8 BOM, the same header row), with
 * a file name that says what and as of when. Helpers shared by the sheet builders beside this file.
 */
import type { TableFormat } from "../../contract/table-export.ts";
import { formatDate } from "../../core/evaluation-report/format.ts";
import { sheetToCsv, writeXlsx, type ExportSheet, type FormattedNumber } from "../spreadsheets/write-spreadsheet.ts";

export type { TableFormat };

/** The languages of headers and words in an export (zh-CN by default). */
export type SheetLanguage = "zh" | "en";

/** A table export ready to send or write. */
export interface TableFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<TableFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/** The sheets as a file; CSV carries the first sheet only (the table itself, not its side tables). */
export async function renderTable(sheets: ExportSheet[], format: TableFormat, baseName: string): Promise<TableFile> {
  const fileName = `${baseName.replace(/[\\/:*?"<>|\s]+/g, "_")}.${format}`;
  if (format === "xlsx") return { fileName, contentType: CONTENT_TYPES.xlsx, bytes: await writeXlsx(sheets) };
  return { fileName, contentType: CONTENT_TYPES.csv, bytes: new TextEncoder().encode(sheetToCsv(sheets[0]!)) };
}

/** Excel number format with `decimals` fraction digits and thousands separators: "#,##0", "#,##0.00". */
export function decimalFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** A number shown with `decimals` fraction digits (the value is kept whole; the format rounds). */
export function numberCell(value: number | null | undefined, decimals: number, suffix = ""): FormattedNumber | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return { value, numFmt: `${decimalFormat(decimals)}${suffix ? `"${suffix.replace(/"/g, "")}"` : ""}` };
}

/** A fraction shown as a percentage: 0.873 → 87% (decimals 0) or 87.3% (decimals 1). */
export function percentCell(fraction: number | null | undefined, decimals = 0): FormattedNumber | null {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return null;
  return { value: fraction, numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
}

/** A header with its unit: 最新值（亿元）, Latest (100m yuan). */
export function withUnit(header: string, unit: string, lang: SheetLanguage): string {
  return lang === "zh" ? `${header}（${unit}）` : `${header} (${unit})`;
}

/** A date as the export's title states it: 2026年6月30日, 30 June 2026 (the report's wording). */
export function titleDate(iso: string, lang: SheetLanguage): string {
  return formatDate(iso.slice(0, 10), lang);
}

/** Today's date, YYYY-MM-DD, in the server's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
