/**
 * Reads the tables of an uploaded file as sheets of cells: a spreadsheet (.xlsx, .csv) through the
 * spreadsheet readers, a .docx's tables (mammoth's HTML of the guarded zip) and an HTML page's tables
 * through core/documents/html-tables — under the same limits and with the same refusals as document
 * imports and figure uploads.
 */
import mammoth from "mammoth";
import { assertHtmlDepth } from "../../core/documents/html-to-text.ts";
import { decodeText } from "../../core/documents/decode-text.ts";
import { DocumentError } from "../../core/documents/document-error.ts";
import { assertDocxIsZip } from "../../core/documents/read-document.ts";
import { htmlTables } from "../../core/documents/html-tables.ts";
import { documentLimits, type DocumentLimits } from "../files/document-limits.ts";
import { guardedDocx } from "../files/docx-guard.ts";
import { tooLargeMessages } from "../files/file-problem.ts";
import { readSpreadsheet, type Sheet } from "../spreadsheets/read-spreadsheet.ts";
import { refused, uploadRefusal } from "./read-upload.service.ts";

async function docxTables(fileName: string, bytes: Uint8Array, limits: DocumentLimits): Promise<Sheet[]> {
  assertDocxIsZip(bytes, fileName);
  const safe = await guardedDocx(bytes, limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(safe) })).value;
  } catch (error) {
    throw new DocumentError("unsupported_format", error instanceof Error ? error.message : undefined);
  }
  return htmlTables(html);
}

function pageTables(fileName: string, bytes: Uint8Array, limits: DocumentLimits): Sheet[] {
  if (bytes.length > limits.maxHtmlBytes) throw refused(tooLargeMessages(fileName, bytes.length, limits.maxHtmlBytes));
  const { text } = decodeText(bytes, { minPrintableShare: limits.minPrintableShare });
  assertHtmlDepth(text, limits.maxHtmlDepth);
  return htmlTables(text);
}

/** The tables of `fileName` (.xlsx, .csv, .docx, .html); throws AppError (validation_failed, field "file"). */
export async function readTables(fileName: string, bytes: Uint8Array, overrides: Partial<DocumentLimits> = {}): Promise<Sheet[]> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension === "xlsx" || extension === "csv" || extension === "xls") return readSpreadsheet(bytes, fileName);
  if (extension !== "docx" && extension !== "html" && extension !== "htm") {
    throw refused({ zh: `文件“${fileName}”无法读取：任务分工表仅支持 .xlsx、.csv、.docx 和 .html 文件。`, en: `cannot read "${fileName}": a task division table must be .xlsx, .csv, .docx or .html.` });
  }
  const limits = documentLimits(overrides);
  if (bytes.length > limits.maxBytes) throw refused(tooLargeMessages(fileName, bytes.length, limits.maxBytes));
  try {
    return extension === "docx" ? await docxTables(fileName, bytes, limits) : pageTables(fileName, bytes, limits);
  } catch (error) {
    throw uploadRefusal(fileName, error);
  }
}
