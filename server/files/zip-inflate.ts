/**
 * Inflating under guard, and re-packing. An entry is inflated chunk by chunk and stops the moment
 * it passes its declared size (which readZipDirectory held to the limits), so a size that lies costs
 * at most one chunk more; a CRC that does not match marks the file damaged. The parts a reader needs
 * are then handed on as a stored (uncompressed) zip, which the reader's own zip library opens
 * without inflating anything.
 */
import { crc32 as crc32Of, createInflateRaw } from "node:zlib";
import type { ZipEntry } from "./zip-directory.ts";
import { ZipProblem } from "./file-problem.ts";

const CHUNK = 64 * 1024;

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
    throw new ZipProblem({ kind: "damaged" });
  } finally {
    inflater.destroy();
  }
}

/** The entry's inflated bytes; throws ZipProblem as soon as they pass the declared size, and on a CRC mismatch. */
export async function* inflateEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const mismatch = () => new ZipProblem({ kind: "inflated_size_mismatch", entry: entry.name });
  let total = 0;
  let crc = 0;
  for await (const chunk of chunksOf(bytes, entry)) {
    total += chunk.length;
    if (total > entry.uncompressedSize) throw mismatch();
    crc = crc32Of(chunk, crc);
    yield chunk;
  }
  if (total !== entry.uncompressedSize) throw mismatch();
  if (crc >>> 0 !== entry.crc32) throw new ZipProblem({ kind: "damaged" });
}

/** What the local and central headers of one zip entry declare. */
export interface ZipRecord {
  name: Buffer;
  crc32: number;
  /** 0: stored; 8: deflated. */
  method: 0 | 8;
  compressedSize: number;
  size: number;
}

export function localHeader(r: ZipRecord): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(0x800, 6); // UTF-8 names
  header.writeUInt16LE(r.method, 8);
  header.writeUInt32LE(r.crc32, 14);
  header.writeUInt32LE(r.compressedSize, 18);
  header.writeUInt32LE(r.size, 22);
  header.writeUInt16LE(r.name.length, 26);
  return Buffer.concat([header, r.name]);
}

export function centralHeader(r: ZipRecord, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x800, 8);
  header.writeUInt16LE(r.method, 10);
  header.writeUInt32LE(r.crc32, 16);
  header.writeUInt32LE(r.compressedSize, 20);
  header.writeUInt32LE(r.size, 24);
  header.writeUInt16LE(r.name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, r.name]);
}

/** The central directory (headers given) and the record that ends the zip. */
export function directoryAndEnd(directory: Buffer[], directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([...directory, end]);
}

/** One part of a stored zip: its name, CRC and size as they will be declared, and its bytes. */
export interface StoredPart {
  name: string;
  crc32: number;
  size: number;
  chunks: () => AsyncIterable<Buffer>;
}

/** A stored zip of the parts, in the order given, as a stream of chunks. */
export async function* storedZip(parts: Iterable<StoredPart>): AsyncGenerator<Buffer> {
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const record: ZipRecord = { name: Buffer.from(part.name, "utf8"), crc32: part.crc32, method: 0, compressedSize: part.size, size: part.size };
    const header = localHeader(record);
    directory.push(centralHeader(record, offset));
    yield header;
    yield* part.chunks();
    offset += header.length + part.size;
  }
  yield directoryAndEnd(directory, offset);
}

/** A part of the zip `bytes` re-stored as it is inflated under guard (`wrap` may re-cut its chunks). */
export function storedEntry(bytes: Uint8Array, entry: ZipEntry, wrap: (chunks: AsyncIterable<Buffer>) => AsyncIterable<Buffer> = (c) => c): StoredPart {
  return { name: entry.name, crc32: entry.crc32, size: entry.uncompressedSize, chunks: () => wrap(inflateEntry(bytes, entry)) };
}

/** A part holding the bytes given. */
export function storedBytes(name: string, data: Buffer): StoredPart {
  return { name, crc32: crc32Of(data), size: data.length, chunks: async function* () { yield data; } };
}
