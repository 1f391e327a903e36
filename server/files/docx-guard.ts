/**
 * A .docx made safe to hand to mammoth. mammoth opens the whole zip with JSZip and inflates every
 * part it reads in one go, trusting the declared sizes, so a 1.6 MB file of 400 MB of XML would be
 * inflated before anything could measure it. Here the central directory is checked against the
 * limits first, then only the parts mammoth reads for text (XML and relationships; pictures are
 * never opened) are inflated under guard and re-stored uncompressed, which mammoth then opens
 * without inflating anything.
 */
import type { DocumentLimits } from "./document-limits.ts";
import { ZipProblem } from "./file-problem.ts";
import { readZipDirectory } from "./zip-directory.ts";
import { storedEntry, storedZip } from "./zip-inflate.ts";

/** Parts mammoth may read while extracting text: [Content_Types].xml, relationships, document, styles, numbering, notes, comments. */
const TEXT_PART = /\.(xml|rels)$/i;

/** The text parts of the .docx `bytes` (a zip), inflated under the limits, as a stored zip; throws ZipProblem. */
export async function guardedDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<Uint8Array> {
  const entries = readZipDirectory(bytes, {
    maxEntries: limits.maxDocxEntries,
    maxUncompressedBytes: limits.maxDocxInflatedBytes,
    // Pictures are never inflated; the one-part limit is for the parts mammoth parses.
    maxEntryBytes: limits.maxDocxInflatedBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
  });
  const parts = entries.filter((e) => TEXT_PART.test(e.name));
  const tooBig = parts.find((e) => e.uncompressedSize > limits.maxDocxPartBytes);
  if (tooBig) throw new ZipProblem({ kind: "entry_too_big", entry: tooBig.name, limit: limits.maxDocxPartBytes });
  const chunks: Buffer[] = [];
  for await (const chunk of storedZip(parts.map((e) => storedEntry(bytes, e)))) chunks.push(chunk);
  return Buffer.concat(chunks);
}
