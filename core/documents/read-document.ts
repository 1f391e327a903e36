/**
 * One entry point for a document's bytes: the format is told by its magic bytes (a .docx is a ZIP)
 * or its markup (HTML), the text decoded, and the body, page chrome and metadata found. All offsets
 * are into `text` as returned.
 */
import { z } from "zod";
import { decodeText, TextEncoding } from "./decode-text.ts";
import { docxToText } from "./docx-to-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { DocumentMetadata, readMetadata } from "./metadata.ts";
import { ChromeSpan, findPageChrome, Span } from "./page-chrome.ts";

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
const MARKUP = /<(!doctype html|html|head|body|div|p|table|meta)[\s>]/i;

/** Which format the bytes are in; a file name only breaks the tie for .docx/.htm(l). */
export function detectFormat(bytes: Uint8Array, fileName?: string): DocumentFormat | "zip" {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return /\.docx$/i.test(fileName ?? ".docx") ? "docx" : "zip";
  if (/\.html?$/i.test(fileName ?? "")) return "html";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return MARKUP.test(head) ? "html" : "text";
}

/** Reads a document: text, body spans, chrome spans and metadata. Throws DocumentError. */
export async function readDocument(bytes: Uint8Array, options: { fileName?: string; format?: DocumentFormat } = {}): Promise<ReadDocument> {
  const format = options.format ?? detectFormat(bytes, options.fileName);
  let text: string;
  let encoding: TextEncoding | undefined;
  if (format === "docx" || format === "zip") text = await docxToText(bytes);
  else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    text = format === "html" ? htmlToText(decoded.text) : decoded.text;
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
