/**
 * Reads an uploaded or local document through core/documents and turns a refusal (empty, binary,
 * unknown encoding, damaged .docx, unsupported type) into an AppError that names the file, so the
 * API and the CLI give the same zh/en message.
 */
import { DocumentError } from "../../core/documents/document-error.ts";
import { readDocument, type ReadDocument } from "../../core/documents/read-document.ts";
import { buildOutline, type Outline } from "../../core/outline/outline.ts";
import { AppError } from "../errors/app-error.ts";

/** File types a plan document may come in. */
const SUPPORTED = /\.(txt|text|docx|html?)$/i;

/** Reads `bytes` as the document `fileName`; throws AppError (validation_failed, field "file"). */
export async function readUpload(fileName: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (!SUPPORTED.test(fileName)) {
    throw new AppError(
      "validation_failed",
      { zh: `文件“${fileName}”无法读取：仅支持 .txt、.docx 和 .html 文件。`, en: `cannot read "${fileName}": only .txt, .docx and .html files are supported.` },
      "file",
    );
  }
  try {
    return await readDocument(bytes, { fileName });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    throw new AppError(
      "validation_failed",
      { zh: `文件“${fileName}”无法读取：${error.messages.zh}`, en: `cannot read "${fileName}": ${error.messages.en}` },
      "file",
    );
  }
}

/** Options extraction takes from a read document: skip its page chrome, date it by its metadata. */
export function extractionOptions(doc: ReadDocument) {
  return { skip: doc.chrome, documentDate: doc.metadata.writtenDate?.value ?? doc.metadata.publishedDate?.value };
}

/** The outline of a read document's body (trailing page chrome left out). */
export function outlineOf(doc: ReadDocument): Outline {
  return buildOutline(doc.text, { bodyEnd: doc.body.at(-1)?.end });
}
