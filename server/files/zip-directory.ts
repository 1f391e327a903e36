/**
 * Reads a zip's central directory (at the end of the file) without inflating anything, and checks
 * it against the limits: entry count, the sum of the declared inflated sizes, each entry's declared
 * size and compression ratio. Refuses what an .xlsx or a .docx never needs: ZIP64, several disks,
 * encryption, methods other than stored and deflate, duplicate names, entries outside the file.
 * The declared sizes may lie: zip-inflate holds every entry to its declared size while inflating.
 */
import { ZipProblem } from "./file-problem.ts";

/** What one uploaded zip may hold. */
export interface ZipLimits {
  /** Most entries (files and folders). */
  maxEntries: number;
  /** Most bytes all entries may inflate to: the declared sizes, and so the actual output. */
  maxUncompressedBytes: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Highest inflated-to-compressed ratio accepted for an entry that inflates to more than 1 MB. */
  maxCompressionRatio: number;
}

/** One file in the zip as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the compressed bytes (just after the local header). */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Entries inflating to at most this many bytes are not held to the compression-ratio limit. */
const RATIO_FLOOR = 1024 * 1024;

const damaged = () => new ZipProblem({ kind: "damaged" });

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  throw new ZipProblem({ kind: "not_zip" });
}

/** Offset of an entry's data, read from its local header; throws when the header is not where the directory says. */
function dataOffsetOf(view: DataView, headerOffset: number): number {
  if (headerOffset + 30 > view.byteLength || view.getUint32(headerOffset, true) !== LOCAL_SIGNATURE) throw damaged();
  return headerOffset + 30 + view.getUint16(headerOffset + 26, true) + view.getUint16(headerOffset + 28, true);
}

/** The entries of the zip `bytes`, checked against `limits`; throws ZipProblem. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < EOCD_SIZE) throw new ZipProblem({ kind: "not_zip" });
  const eocd = findEndOfCentralDirectory(view);
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const entriesHere = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mark ZIP64, which a document within the upload limit never needs.
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== count || count === 0xffff) throw damaged();
  if (directoryOffset === 0xffffffff || directoryOffset + directorySize > eocd) throw damaged();
  if (count > limits.maxEntries) throw new ZipProblem({ kind: "too_many_entries", count, limit: limits.maxEntries });

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const headerOffset = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString("utf8");
    at += 46 + nameLength + skip;
    if (at > eocd) throw damaged();
    if (flags & 0x1) throw new ZipProblem({ kind: "encrypted" });
    if (method !== 0 && method !== 8) throw damaged();
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || headerOffset === 0xffffffff) throw damaged();
    if (names.has(name)) throw damaged();
    names.add(name);

    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) throw new ZipProblem({ kind: "too_big_inflated", limit: limits.maxUncompressedBytes });
    if (uncompressedSize > limits.maxEntryBytes) throw new ZipProblem({ kind: "entry_too_big", entry: name, limit: limits.maxEntryBytes });
    const ratio = uncompressedSize / Math.max(compressedSize, 1);
    if (uncompressedSize > RATIO_FLOOR && ratio > limits.maxCompressionRatio) {
      throw new ZipProblem({ kind: "compression_ratio", entry: name, ratio: Math.round(ratio), limit: limits.maxCompressionRatio });
    }
    const dataOffset = dataOffsetOf(view, headerOffset);
    if (dataOffset + compressedSize > directoryOffset) throw damaged();
    if (method === 0 && compressedSize !== uncompressedSize) throw new ZipProblem({ kind: "inflated_size_mismatch", entry: name });
    entries.push({ name, method, crc32, compressedSize, uncompressedSize, dataOffset });
  }
  return entries;
}
