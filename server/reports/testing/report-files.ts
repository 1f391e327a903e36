/** What report tests read back: a .docx's parts (through the project's own zip reader) and a PDF's text (poppler's pdftotext). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readZipDirectory } from "../../files/zip-directory.ts";
import { inflateEntry } from "../../files/zip-inflate.ts";

const LIMITS = { maxEntries: 1000, maxUncompressedBytes: 200 * 2 ** 20, maxEntryBytes: 100 * 2 ** 20, maxCompressionRatio: 1000 };

/** Every part of a .docx by name, inflated. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const parts = new Map<string, Buffer>();
  for (const entry of readZipDirectory(bytes, LIMITS)) {
    const chunks: Buffer[] = [];
    for await (const chunk of inflateEntry(bytes, entry)) chunks.push(chunk);
    parts.set(entry.name, Buffer.concat(chunks));
  }
  return parts;
}

/** The text of a PDF as pdftotext reads it. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "kechuang-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any whitespace, so that words wrapped across lines or table cells still match. */
export const squeeze = (text: string) => text.replace(/\s+/g, "");
