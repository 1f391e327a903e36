/**
 * Test helper: zips assembled by hand, so tests can build what no honest writer produces (sizes
 * that lie, entries that inflate to hundreds of megabytes) as well as the smallest .xlsx and .docx.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import { centralHeader, directoryAndEnd, localHeader, type ZipRecord } from "../zip-inflate.ts";

/** One entry: its content (deflated here), or ready-made deflate data with the size and CRC to declare. */
export type HandEntry =
  | { name: string; content: string | Buffer }
  | { name: string; deflated: Buffer; declaredSize: number; crc?: number };

/** A zip of the entries in the order given (deflate, sizes in the local and central headers). */
export function handZip(entries: HandEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = "content" in entry ? Buffer.from(entry.content) : null;
    const data = content ? deflateRawSync(content) : "deflated" in entry ? entry.deflated : Buffer.alloc(0);
    const record: ZipRecord = {
      name: Buffer.from(entry.name, "utf8"),
      crc32: content ? crc32(content) : "crc" in entry ? (entry.crc ?? 0) : 0,
      method: 8,
      compressedSize: data.length,
      size: content ? content.length : "declaredSize" in entry ? entry.declaredSize : 0,
    };
    const local = localHeader(record);
    locals.push(local, data);
    centrals.push(centralHeader(record, offset));
    offset += local.length + data.length;
  }
  return new Uint8Array(Buffer.concat([...locals, directoryAndEnd(centrals, offset)]));
}

/**
 * Deflate data that inflates to `megabytes` MB of `pattern` repeated, built from one flushed 1 MB
 * block (a few KB per MB, about 1 KB for zeros): a full flush lets the block be repeated as is.
 */
export function deflatedRepeats(megabytes: number, pattern: string | Buffer): Buffer {
  const unit = Buffer.from(pattern);
  const mb = Buffer.alloc(1024 * 1024);
  for (let at = 0; at < mb.length; at += unit.length) unit.copy(mb, at);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

/** Deflate data that inflates to `megabytes` MB of zeros (about 1 KB per MB). */
export const deflatedZeros = (megabytes: number): Buffer => deflatedRepeats(megabytes, Buffer.alloc(1));
