/**
 * Test helper: zips assembled by hand, so tests can build what no honest writer produces (sizes
 * that lie, entries that inflate to hundreds of megabytes) as well as the smallest .xlsx and .docx.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

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
    const name = Buffer.from(entry.name, "utf8");
    const content = "content" in entry ? Buffer.from(entry.content) : null;
    const data = content ? deflateRawSync(content) : "deflated" in entry ? entry.deflated : Buffer.alloc(0);
    const size = content ? content.length : "declaredSize" in entry ? entry.declaredSize : 0;
    const crc = content ? crc32(content) : "crc" in entry ? (entry.crc ?? 0) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
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
