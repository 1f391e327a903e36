/**
 * Hands exceljs's streaming reader only what it needs, inflated under guard (server/zip): the
 * workbook's parts re-emitted as a stored zip. The order is relationships, workbook, styles, shared
 * strings, then the sheets: exceljs parks every sheet that comes before the shared strings in a
 * temporary file, and Excel and exceljs itself both write the shared strings after the sheets. Chunks end on UTF-8 character
 * boundaries: exceljs decodes each chunk on its own and would garble a character split between two.
 */
import type { ZipEntry } from "../files/zip-directory.ts";
import { storedBytes, storedEntry, storedZip } from "../files/zip-inflate.ts";
import { SpreadsheetProblem } from "./spreadsheet-problem.ts";

const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const WORKBOOK = "xl/workbook.xml";
const STYLES = "xl/styles.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";
/** Worksheet parts as exceljs recognises them (it ignores any other name). */
export const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** Stands in for a missing shared-strings part, so that sheets still stream straight through. */
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** The parts to pass on, in reading order; throws SpreadsheetProblem when the workbook parts are missing. */
export function partsToRead(entries: ZipEntry[]): Array<ZipEntry | { name: string; data: Buffer }> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get(WORKBOOK_RELS);
  const workbook = byName.get(WORKBOOK);
  if (!rels || !workbook) throw new SpreadsheetProblem({ kind: "not_xlsx" });
  const styles = byName.get(STYLES);
  const sheets = entries
    .filter((e) => WORKSHEET_PART.test(e.name))
    .sort((a, b) => Number(WORKSHEET_PART.exec(a.name)?.[1]) - Number(WORKSHEET_PART.exec(b.name)?.[1]));
  return [rels, workbook, ...(styles ? [styles] : []), byName.get(SHARED_STRINGS) ?? { name: SHARED_STRINGS, data: EMPTY_SHARED_STRINGS }, ...sheets];
}

/** How many bytes at the end of `chunk` start a UTF-8 character that the chunk does not finish. */
function unfinishedTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The same bytes, re-cut so that no chunk ends inside a UTF-8 character. */
async function* utf8Aligned(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = joined.length - unfinishedTail(joined);
    carry = joined.subarray(cut);
    if (cut > 0) yield joined.subarray(0, cut);
  }
  if (carry.length) yield carry;
}

/** A stored zip of the workbook parts exceljs reads, in reading order, inflated under guard. */
export function repackForReader(bytes: Uint8Array, entries: ZipEntry[]): AsyncGenerator<Buffer> {
  return storedZip(partsToRead(entries).map((part) => ("data" in part ? storedBytes(part.name, part.data) : storedEntry(bytes, part, utf8Aligned))));
}
