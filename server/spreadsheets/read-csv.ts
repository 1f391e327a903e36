/**
 * .csv to one sheet: UTF-8 with or without BOM, or GB18030/GBK as Excel on a Chinese Windows saves
 * it (decoded by core/documents' decodeText), comma-separated with RFC 4180 quotes (a stray quote
 * inside a field is kept as text, as Excel does). Plain decimal numerals become numbers; every other
 * field stays text as typed; empty fields are null.
 */
import { CsvError, parse } from "csv-parse/sync";
import { decodeText } from "../../core/documents/decode-text.ts";
import { DocumentError } from "../../core/documents/document-error.ts";
import type { SpreadsheetLimits } from "./limits.ts";
import { SheetBuilder, type Cell, type Sheet } from "./sheet-grid.ts";
import { SpreadsheetProblem } from "./spreadsheet-problem.ts";

/** A numeral read as a number: optional minus, no leading zeros ("0123" stays text), optional fraction and exponent. */
const NUMERAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Whole numerals longer than this stay text: a number would lose digits (an 18-digit credit code). */
const MAX_INTEGER_DIGITS = 15;
const LONG_INTEGER = new RegExp(`^-?\\d{${MAX_INTEGER_DIGITS + 1},}$`);

/** A CSV field as a Cell: "" is null, a plain numeral a number, anything else (or a numeral too long to keep exact) the text itself. */
function csvCell(field: string): Cell {
  if (field === "") return null;
  if (NUMERAL.test(field) && !LONG_INTEGER.test(field)) {
    const n = Number(field);
    if (Number.isFinite(n)) return n;
  }
  return field;
}

function decoded(bytes: Uint8Array): string {
  try {
    return decodeText(bytes).text.replace(/^\uFEFF/, "");
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    if (error.code === "empty") throw new SpreadsheetProblem({ kind: "empty" });
    if (error.code === "binary") throw new SpreadsheetProblem({ kind: "csv_not_text" });
    throw new SpreadsheetProblem({ kind: "csv_encoding" });
  }
}

/** The CSV `bytes` as one sheet named `sheetName`; throws SpreadsheetProblem. */
export function readCsv(bytes: Uint8Array, sheetName: string, limits: SpreadsheetLimits): Sheet {
  const text = decoded(bytes);
  const builder = new SheetBuilder(sheetName, limits);
  let rowNumber = 0;
  try {
    // Each record goes straight to the builder (which enforces the limits); none is kept by the parser.
    parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[]) => {
        rowNumber++;
        builder.add(rowNumber, record.map(csvCell));
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw new SpreadsheetProblem({ kind: "csv_syntax", row: rowNumber + 1 });
    throw error;
  }
  return builder.finish();
}
