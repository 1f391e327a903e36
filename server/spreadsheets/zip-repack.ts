/**
 * Hands exceljs's streaming reader only what it needs, inflated under guard. The workbook's parts
 * are re-emitted as a stored (uncompressed) zip, inflated here chunk by chunk: an entry that
 * inflates past its declared size (the central directory was checked against the limits) stops the
 * stream at once, and a CRC that does not match marks the file damaged. The order is relationships, workbook, styles, shared strings, then the sheets:
 * exceljs parks every sheet that comes before the shared strings in a temporary file, and Excel and
 * exceljs itself both write the shared strings after the sheets. Chunks end on UTF-8 character
 * boundaries: exceljs decodes each chunk on its own and would garble a character split between two.
 */
import { crc32 as crc32Of, createInflateRaw } from "node:zlib";
import { SpreadsheetProblem } from "./spreadsheet-problem.ts";
import type { ZipEntry } from "./zip-directory.ts";

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
const CHUNK = 64 * 1024;

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

/** The entry's data in chunks as stored: inflated for deflate, as is for stored entries. */
async function* chunksOf(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataOffset, entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  try {
    yield* inflater as AsyncIterable<Buffer>;
  } catch {
    throw new SpreadsheetProblem({ kind: "damaged" });
  } finally {
    inflater.destroy();
  }
}

/** The entry's inflated bytes; throws as soon as they pass the declared size, and on a CRC mismatch. */
async function* inflated(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const mismatch = () => new SpreadsheetProblem({ kind: "inflated_size_mismatch", entry: entry.name });
  let total = 0;
  let crc = 0;
  for await (const chunk of chunksOf(bytes, entry)) {
    total += chunk.length;
    if (total > entry.uncompressedSize) throw mismatch();
    crc = crc32Of(chunk, crc);
    yield chunk;
  }
  if (total !== entry.uncompressedSize) throw mismatch();
  if (crc >>> 0 !== entry.crc32) throw new SpreadsheetProblem({ kind: "damaged" });
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

function localHeader(name: Buffer, crc32: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(0x800, 6); // UTF-8 names
  header.writeUInt32LE(crc32, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, crc32: number, size: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x800, 8);
  header.writeUInt32LE(crc32, 16);
  header.writeUInt32LE(size, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** A stored zip of the workbook parts exceljs reads, in reading order, inflated under guard. */
export async function* repackForReader(bytes: Uint8Array, entries: ZipEntry[]): AsyncGenerator<Buffer> {
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of partsToRead(entries)) {
    const name = Buffer.from(part.name, "utf8");
    const crc32 = "data" in part ? crc32Of(part.data) : part.crc32;
    const size = "data" in part ? part.data.length : part.uncompressedSize;
    const header = localHeader(name, crc32, size);
    directory.push(centralHeader(name, crc32, size, offset));
    yield header;
    if ("data" in part) yield part.data;
    else yield* utf8Aligned(inflated(bytes, part));
    offset += header.length + size;
  }
  const end = Buffer.alloc(22);
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([...directory, end]);
}
