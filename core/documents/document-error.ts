/**
 * Why a document could not be read, with a stable code and a message in zh-CN and English.
 * Services map it onto their own error type (an unreadable upload is a validation failure).
 */
import { z } from "zod";

export const DocumentErrorCode = z.enum(["empty", "binary", "undecodable", "unsupported_format"]);
export type DocumentErrorCode = z.infer<typeof DocumentErrorCode>;

const MESSAGES: Record<DocumentErrorCode, { zh: string; en: string }> = {
  empty: { zh: "文件为空，没有可读取的内容。", en: "The file is empty: there is nothing to read." },
  binary: { zh: "文件不是文本（含有二进制内容），请上传文本、HTML 或 .docx 文件。", en: "The file is not text (it holds binary content); upload a text, HTML or .docx file." },
  undecodable: { zh: "无法识别文件编码（既不是 UTF-8，也不是 GB18030）。", en: "The file's encoding could not be read (it is neither UTF-8 nor GB18030)." },
  unsupported_format: { zh: "无法读取该 .docx 文件，文件可能已损坏。", en: "The .docx file could not be read; it may be damaged." },
};

export class DocumentError extends Error {
  readonly messages: { zh: string; en: string };
  constructor(readonly code: DocumentErrorCode, detail?: string) {
    const messages = MESSAGES[code];
    super(detail ? `${messages.en} (${detail})` : messages.en);
    this.name = "DocumentError";
    this.messages = messages;
  }
}
