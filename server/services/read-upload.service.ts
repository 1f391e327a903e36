/**
 * Reads an uploaded or local document through core/documents under the document limits
 * (server/files/document-limits.ts): the size as uploaded, a zip's entries and inflated sizes checked
 * while inflating (any zip, whatever its name, before mammoth sees it), an HTML page's size and
 * depth, a text's printable share. A refusal (too large, zip bomb, not a zip, empty, binary, not
 * text, unknown encoding, damaged .docx, unsupported type) is an AppError that names the file and
 * the limit crossed, so the API and the CLI give the same zh/en message.
 */
import { DocumentError } from "../../core/documents/document-error.ts";
import { assertDocxIsZip, detectFormat, readDocument, type ReadDocument } from "../../core/documents/read-document.ts";
import { buildOutline, type Outline } from "../../core/outline/outline.ts";
import { AppError } from "../errors/app-error.ts";
import { documentLimits, type DocumentLimits } from "../files/document-limits.ts";
import { guardedDocx } from "../files/docx-guard.ts";
import { tooLargeMessages, ZipProblem, zipProblemMessages } from "../files/file-problem.ts";

/** File types a plan document may come in. */
const SUPPORTED = /\.(txt|text|docx|html?)$/i;

export const refused = (messages: { zh: string; en: string }) => new AppError("validation_failed", messages, "file");

/** The AppError for a DocumentError, naming the file. */
function documentRefusal(fileName: string, error: DocumentError): AppError {
  return refused({ zh: `文件“${fileName}”无法读取：${error.messages.zh}`, en: `cannot read "${fileName}": ${error.messages.en}` });
}

async function read(fileName: string, bytes: Uint8Array, limits: DocumentLimits): Promise<ReadDocument> {
  if (bytes.length > limits.maxBytes) throw refused(tooLargeMessages(fileName, bytes.length, limits.maxBytes));
  assertDocxIsZip(bytes, fileName);
  const format = detectFormat(bytes, fileName);
  if (format === "html" && bytes.length > limits.maxHtmlBytes) throw refused(tooLargeMessages(fileName, bytes.length, limits.maxHtmlBytes));
  const readable = format === "docx" || format === "zip" ? await guardedDocx(bytes, limits) : bytes;
  return readDocument(readable, { fileName, format: format === "zip" ? "docx" : format, limits });
}

/** Reads `bytes` as the document `fileName`; throws AppError (validation_failed, field "file"). */
export async function readUpload(fileName: string, bytes: Uint8Array, limits: Partial<DocumentLimits> = {}): Promise<ReadDocument> {
  if (!SUPPORTED.test(fileName)) {
    throw refused({ zh: `文件“${fileName}”无法读取：仅支持 .txt、.docx 和 .html 文件。`, en: `cannot read "${fileName}": only .txt, .docx and .html files are supported.` });
  }
  try {
    return await read(fileName, bytes, documentLimits(limits));
  } catch (error) {
    throw uploadRefusal(fileName, error);
  }
}

/** A reader's failure on `fileName` (DocumentError, ZipProblem) as the AppError naming the file; anything else as it was. */
export function uploadRefusal(fileName: string, error: unknown): unknown {
  if (error instanceof DocumentError) return documentRefusal(fileName, error);
  if (!(error instanceof ZipProblem)) return error;
  const shared = zipProblemMessages(fileName, error.problem);
  if (shared) return refused(shared);
  return documentRefusal(fileName, new DocumentError(error.problem.kind === "encrypted" ? "encrypted_docx" : "not_docx"));
}

/** Options extraction takes from a read document: skip its page chrome, date it by its metadata. */
export function extractionOptions(doc: ReadDocument) {
  return { skip: doc.chrome, documentDate: doc.metadata.writtenDate?.value ?? doc.metadata.publishedDate?.value };
}

/** The outline of a read document's body (trailing page chrome left out). */
export function outlineOf(doc: ReadDocument): Outline {
  return buildOutline(doc.text, { bodyEnd: doc.body.at(-1)?.end });
}
