/**
 * One entry point for a document's bytes: the format is told by its magic bytes (a .docx is a ZIP)
 * or its markup (HTML), the text decoded, and the body, page chrome and metadata found. All offsets
 * are into `text` as returned. A file named .docx must be a zip: anything else is refused, never
 * read as text. A .docx is handed to mammoth as given: the server inflates it under its zip limits
 * first (server/files/docx-guard.ts).
 */
import { z } from "zod";
import { decodeText, TextEncoding } from "./decode-text.ts";
import { docxToText } from "./docx-to-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { DocumentMetadata, readMetadata } from "./metadata.ts";
import { ChromeSpan, findPageChrome, Span } from "./page-chrome.ts";
import { DocumentError } from "./document-error.ts";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits.ts";

export const DocumentFormat = z.enum(["text", "html", "docx"]);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const ReadDocument = z.object({
  text: z.string(),
  format: DocumentFormat,
  /** Encoding of the bytes for text and HTML; absent for .docx. */
  encoding: TextEncoding.optional(),
  body: z.array(Span),
  chrome: z.array(ChromeSpan),
  metadata: DocumentMetadata,
});
export type ReadDocument = z.infer<typeof ReadDocument>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of an old .doc, or of a password-protected .docx. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const MARKUP = /<(!doctype html|html|head|body|div|p|table|meta)[\s>]/i;

/** Which format the bytes are in; a file name only breaks the tie for .docx/.htm(l). */
export function detectFormat(bytes: Uint8Array, fileName?: string): DocumentFormat | "zip" {
  if (startsWith(bytes, ZIP_MAGIC)) return /\.docx$/i.test(fileName ?? ".docx") ? "docx" : "zip";
  if (/\.html?$/i.test(fileName ?? "")) return "html";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return MARKUP.test(head) ? "html" : "text";
}

/** Throws DocumentError when a file named .docx is not a zip. */
export function assertDocxIsZip(bytes: Uint8Array, fileName?: string): void {
  if (!/\.docx$/i.test(fileName ?? "") || startsWith(bytes, ZIP_MAGIC)) return;
  if (bytes.length === 0) throw new DocumentError("empty");
  throw new DocumentError(startsWith(bytes, COMPOUND_FILE) ? "encrypted_docx" : "not_docx");
}

/** Reads a document: text, body spans, chrome spans and metadata. Throws DocumentError. */
export async function readDocument(bytes: Uint8Array, options: { fileName?: string; format?: DocumentFormat; limits?: Partial<ReadLimits> } = {}): Promise<ReadDocument> {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  assertDocxIsZip(bytes, options.fileName);
  const format = options.format ?? detectFormat(bytes, options.fileName);
  let text: string;
  let encoding: TextEncoding | undefined;
  if (format === "docx" || format === "zip") text = await docxToText(bytes);
  else {
    const decoded = decodeText(bytes, { minPrintableShare: limits.minPrintableShare, prose: true });
    encoding = decoded.encoding;
    text = format === "html" ? await htmlToText(decoded.text, limits.maxHtmlDepth) : decoded.text;
  }
  const { body, chrome } = findPageChrome(text);
  return {
    text,
    format: format === "zip" ? "docx" : format,
    ...(encoding ? { encoding } : {}),
    body,
    chrome,
    metadata: readMetadata(text),
  };
}
