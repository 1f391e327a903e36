/**
 * Reads an uploaded spreadsheet (.xlsx or .csv) into sheets of plain cells under the limits of
 * limits.ts. The format is told by the content as well as the name: a .xlsx must be a zip. Every
 * refusal, and any failure of the parsers on a damaged file, is an AppError (validation_failed,
 * field "file") whose zh-CN and English message names the file.
 */
import { AppError } from "../errors/app-error.ts";
import { resolveLimits, type SpreadsheetLimits } from "./limits.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";
import type { Sheet } from "./sheet-grid.ts";
import { spreadsheetError, SpreadsheetProblem } from "./spreadsheet-problem.ts";
import { ZipProblem } from "../files/file-problem.ts";

export { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from "./limits.ts";
export type { Cell, Sheet } from "./sheet-grid.ts";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
/** PK\x03\x04: a zip's first local file header. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of an old .xls, or of a password-protected .xlsx. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function read(bytes: Uint8Array, fileName: string, limits: SpreadsheetLimits): Promise<Sheet[]> {
  if (bytes.length > limits.maxBytes) throw new SpreadsheetProblem({ kind: "too_large", bytes: bytes.length, limit: limits.maxBytes });
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case "xlsx":
      if (bytes.length === 0) throw new SpreadsheetProblem({ kind: "empty" });
      if (startsWith(bytes, ZIP)) return readXlsx(bytes, limits);
      throw new SpreadsheetProblem({ kind: startsWith(bytes, COMPOUND_FILE) ? "legacy_or_encrypted" : "not_xlsx" });
    case "xls":
      throw new SpreadsheetProblem({ kind: "legacy_xls" });
    case "csv":
      return [readCsv(bytes, fileName.replace(/^.*[/\\]/, "").replace(/\.csv$/i, ""), limits)];
    default:
      throw new SpreadsheetProblem({ kind: "unsupported_type" });
  }
}

/** The sheets of the spreadsheet `bytes` named `fileName` (.xlsx or .csv); throws AppError. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, limits?: Partial<SpreadsheetLimits>): Promise<Sheet[]> {
  try {
    return await read(bytes, fileName, resolveLimits(limits));
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Anything else (exceljs, the XML parser, zlib) means a file that is not a sound workbook.
    const problem = error instanceof SpreadsheetProblem || error instanceof ZipProblem ? error.problem : { kind: "damaged" as const };
    const appError = spreadsheetError(fileName, problem);
    appError.cause = error;
    throw appError;
  }
}
