/**
 * From an uploaded spreadsheet to validated, located rows: the sheets are read under the upload
 * limits, the first sheet with the long-format headers (指标, 地区, 期间, 数值 …) is taken, names are
 * matched to catalogue codes, and every row is checked at once. Shared by the office's import and
 * the reporters' template upload.
 */
import { createHash } from "node:crypto";
import { normaliseHeader, readLongFormat, validateBatch, type LocatedProblem, type LocatedValue } from "../../core/reporting/index.ts";
import type { Period } from "../../core/periods/period.ts";
import type { Db } from "../db/connect.ts";
import { batchError } from "../errors/batch-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import { readSpreadsheet, type Sheet } from "../spreadsheets/read-spreadsheet.ts";
import { buildReportContext, type RoundScope } from "./report-context.service.ts";

/**
 * Code or Chinese/English name (spaces and full-width forms ignored) → code. A file repeats the same
 * few names on every row, so each text is normalised once and its answer remembered.
 */
function lookupOf(rows: { code: string; name_zh: string; name_en: string }[]) {
  const by = new Map<string, string>();
  for (const r of rows) for (const text of [r.name_en, r.name_zh, r.code]) by.set(normaliseHeader(text), r.code);
  const seen = new Map<string, string | null>();
  return (text: string) => {
    let code = seen.get(text);
    if (code === undefined) seen.set(text, (code = by.get(normaliseHeader(text)) ?? null));
    return code ?? undefined;
  };
}

export interface ReadUpload {
  sha256: string;
  rows: LocatedValue[];
  accepted: { row: LocatedValue; value: number; period: Period }[];
}

/** The rows of a long-format file with the problems of reading them (unknown names, empty cells). */
export async function readLongFormatFile(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
  prepare: (cells: Sheet["cells"]) => Sheet["cells"] = (cells) => cells,
): Promise<{ sha256: string; rows: LocatedValue[]; problems: LocatedProblem[] }> {
  const sheets = (await readSpreadsheet(bytes, fileName)).map((s) => ({ ...s, cells: prepare(s.cells) }));
  return { sha256: createHash("sha256").update(bytes).digest("hex"), ...(await readLongFormatSheets(db, sheets, fileName)) };
}

/** The rows of the first sheet that reads as long format, names matched to catalogue codes. */
export async function readLongFormatSheets(db: Db, sheets: Sheet[], fileName: string): Promise<{ rows: LocatedValue[]; problems: LocatedProblem[] }> {
  const [indicators, places] = await Promise.all([catalogue.findIndicators(db), catalogue.findPlaces(db)]);
  const lookup = { indicator: lookupOf(indicators), place: lookupOf(places) };
  // The first sheet that reads as long format; else the first sheet's problems (its missing headers).
  let read: ReturnType<typeof readLongFormat> | undefined;
  for (const sheet of sheets) {
    const attempt = readLongFormat(sheet.name, sheet.cells, lookup);
    read ??= attempt;
    if (!attempt.problems.some((p) => p.code === "missing_headers")) {
      read = attempt;
      break;
    }
  }
  if (!read) throw batchError([{ field: "value", code: "empty", row: 1, zh: "文件中没有工作表", en: "the file has no sheet" }], fileName);
  return read;
}

/** Validates rows read from a file; throws one error listing every problem (reading's and the rules'). */
export async function validateLongFormat(db: Db, read: { rows: LocatedValue[]; problems: LocatedProblem[] }, fileName: string, round?: RoundScope): Promise<ReadUpload["accepted"]> {
  const context = await buildReportContext(db, read.rows, round);
  const checked = validateBatch(read.rows, context);
  const problems: LocatedProblem[] = [...read.problems, ...checked.problems].sort((a, b) => a.row - b.row);
  if (problems.length > 0) throw batchError(problems, fileName);
  return checked.accepted;
}

/** Reads and validates a long-format upload; throws one error listing every problem, with nothing stored. */
export async function readLongFormatUpload(db: Db, bytes: Uint8Array, fileName: string, round?: RoundScope): Promise<ReadUpload> {
  const read = await readLongFormatFile(db, bytes, fileName);
  return { sha256: read.sha256, rows: read.rows, accepted: await validateLongFormat(db, read, fileName, round) };
}
