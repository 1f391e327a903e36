/**
 * What one spreadsheet upload may hold. Every limit is checked before the work it guards: the byte
 * size first, the .xlsx zip's entry count, declared inflated size and compression ratios from its
 * central directory before anything is inflated, the actual inflated size while inflating, and rows,
 * columns and sheets while reading, so a crafted file is refused early and with little memory.
 */
import type { ZipLimits } from "../files/zip-directory.ts";

/** Limits on a spreadsheet upload; see DEFAULT_SPREADSHEET_LIMITS for the defaults. */
export interface SpreadsheetLimits {
  /** Largest file accepted, in bytes, as uploaded. */
  maxBytes: number;
  /** Most data rows in one sheet (the header row not counted); blank rows count up to the last filled one. */
  maxRows: number;
  /** Most columns in one sheet, counted up to the last column holding a value. */
  maxColumns: number;
  /** Most worksheets in one .xlsx workbook. */
  maxSheets: number;
  /** Most entries (files and folders) in an .xlsx zip. */
  maxZipEntries: number;
  /** Most bytes all entries of an .xlsx may inflate to: the declared sizes, and the actual output. */
  maxUncompressedBytes: number;
  /** Highest inflated-to-compressed ratio accepted for an entry that inflates to more than 1 MB. */
  maxCompressionRatio: number;
}

/**
 * Defaults: 20 MB per upload, 200,000 data rows, 200 columns and 20 sheets per workbook; for .xlsx
 * at most 1,000 zip entries, 200 MB inflated in all, and no entry over 1 MB compressed more than
 * 500:1 (spreadsheet XML compresses 10–100:1; a run of zeros reaches deflate's maximum, about 1,030:1).
 */
export const DEFAULT_SPREADSHEET_LIMITS: Readonly<SpreadsheetLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
  maxSheets: 20,
  maxZipEntries: 1_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 500,
});

/** The zip limits of an .xlsx: no one entry is held to less than the whole. */
export function xlsxZipLimits(limits: SpreadsheetLimits): ZipLimits {
  return { maxEntries: limits.maxZipEntries, maxUncompressedBytes: limits.maxUncompressedBytes, maxEntryBytes: limits.maxUncompressedBytes, maxCompressionRatio: limits.maxCompressionRatio };
}

/** The defaults overridden by the limits given (a limit given as undefined keeps its default). */
export function resolveLimits(overrides: Partial<SpreadsheetLimits> = {}): SpreadsheetLimits {
  const limits = { ...DEFAULT_SPREADSHEET_LIMITS };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof SpreadsheetLimits, number | undefined]>) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
