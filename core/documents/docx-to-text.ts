/**
 * .docx → plain text, one paragraph a line, through mammoth. A file mammoth cannot open is
 * refused with a DocumentError.
 */
import { DocumentError } from "./document-error.ts";

/** Converts the bytes of a .docx file to text. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new DocumentError("empty");
  try {
    const { default: mammoth } = await import("mammoth");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends each paragraph with a blank line; one line per paragraph keeps offsets simple.
    const text = value.replace(/\r\n?/g, "\n").replace(/\n{2,}/g, "\n").trim();
    if (!text) throw new DocumentError("empty");
    return text;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError("unsupported_format", error instanceof Error ? error.message : undefined);
  }
}
