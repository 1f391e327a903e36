/**
 * What one imported plan document may hold, read from the environment: the upload's size, a .docx
 * zip's entries and inflated sizes, an HTML page's size and nesting depth, and how much of a text
 * must be printable. A value that is not a positive number (a share: in (0, 1]) keeps its default.
 */
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../../core/documents/read-limits.ts";

export interface DocumentLimits extends ReadLimits {
  /** Largest file accepted, in bytes, as uploaded (KECHUANG_MAX_UPLOAD_MB, shared with the request body limit). */
  maxBytes: number;
  /** Largest HTML page, in bytes. */
  maxHtmlBytes: number;
  /** Most entries in a .docx zip. */
  maxDocxEntries: number;
  /** Most bytes all entries of a .docx may declare, and so inflate to. */
  maxDocxInflatedBytes: number;
  /** Most bytes one part that is read (document, styles, notes …) may inflate to. */
  maxDocxPartBytes: number;
  /** Highest inflated-to-compressed ratio of an entry that inflates to more than 1 MB. */
  maxCompressionRatio: number;
}

const MB = 1024 * 1024;

/**
 * Defaults: 25 MB uploads and 10 MB pages; a .docx of at most 1,000 entries, 100 MB inflated in all
 * and 10 MB for any part read (a 300-page plan's document.xml is a few MB; mammoth takes about a
 * second and 40 MB of memory per MB of it), compressed at most 500:1; HTML nested at most 256 deep;
 * texts at least 95 % printable.
 */
export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  ...DEFAULT_READ_LIMITS,
  maxBytes: 25 * MB,
  maxHtmlBytes: 10 * MB,
  maxDocxEntries: 1_000,
  maxDocxInflatedBytes: 100 * MB,
  maxDocxPartBytes: 10 * MB,
  maxCompressionRatio: 500,
});

/** Each limit, the variable that sets it and the unit it is given in. */
const VARIABLES: Array<[keyof DocumentLimits, string, number]> = [
  ["maxBytes", "KECHUANG_MAX_UPLOAD_MB", MB],
  ["maxHtmlBytes", "KECHUANG_HTML_MAX_MB", MB],
  ["maxHtmlDepth", "KECHUANG_HTML_MAX_DEPTH", 1],
  ["maxDocxEntries", "KECHUANG_DOCX_MAX_ENTRIES", 1],
  ["maxDocxInflatedBytes", "KECHUANG_DOCX_MAX_INFLATED_MB", MB],
  ["maxDocxPartBytes", "KECHUANG_DOCX_MAX_PART_MB", MB],
  ["maxCompressionRatio", "KECHUANG_ZIP_MAX_RATIO", 1],
  ["minPrintableShare", "KECHUANG_TEXT_MIN_PRINTABLE", 1],
];

/** The limits the environment sets, over the defaults, and then the overrides given. */
export function documentLimits(overrides: Partial<DocumentLimits> = {}, env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  const limits: DocumentLimits = { ...DEFAULT_DOCUMENT_LIMITS };
  for (const [key, name, unit] of VARIABLES) {
    const value = Number(env[name]);
    const inRange = Number.isFinite(value) && value > 0 && (key !== "minPrintableShare" || value <= 1);
    if (env[name] && inRange) limits[key] = unit === 1 ? value : Math.round(value * unit);
  }
  return { ...limits, ...overrides };
}
