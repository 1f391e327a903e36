/**
 * Why a document could not be read, with a stable code and a message in zh-CN and English.
 * Services map it onto their own error type (an unreadable upload is a validation failure).
 */
import { z } from "zod";

export const DocumentErrorCode = z.enum(["empty", "binary", "undecodable", "implausible", "not_text", "unsupported_format", "not_docx", "encrypted_docx", "too_deep"]);
export type DocumentErrorCode = z.infer<typeof DocumentErrorCode>;

/** Figures a message quotes: the limit crossed and, for a text, the share found. */
export type DocumentErrorFigures = { limit?: number; found?: number };

const percent = (share = 0) => `${Math.floor(share * 1000) / 10}%`;

const MESSAGES: Record<DocumentErrorCode, (f: DocumentErrorFigures) => { zh: string; en: string }> = {
  empty: () => ({ zh: "文件为空，没有可读取的内容。", en: "The file is empty: there is nothing to read." }),
  binary: () => ({ zh: "文件不是文本（含有二进制内容），请上传文本、HTML 或 .docx 文件。", en: "The file is not text (it holds binary content); upload a text, HTML or .docx file." }),
  undecodable: () => ({ zh: "无法识别文件编码（既不是 UTF-8，也不是 GB18030）。", en: "The file's encoding could not be read (it is neither UTF-8 nor GB18030)." }),
  implausible: () => ({
    zh: "文件按 GB18030 解码后不像正常的中文文本（几乎没有常用字），可能不是文本文件或编码有误。",
    en: "Decoded as GB18030 the file does not read as Chinese text (it has almost none of the common characters); it may not be a text file, or be in another encoding.",
  }),
  not_text: (f) => ({
    zh: `文件不像文本：可打印字符仅占 ${percent(f.found)}，低于 ${percent(f.limit)} 的下限（可能是二进制文件或编码错误）。`,
    en: `The file does not read as text: only ${percent(f.found)} of its characters are printable, below the ${percent(f.limit)} minimum (a binary file, or a wrong encoding).`,
  }),
  unsupported_format: () => ({ zh: "无法读取该 .docx 文件，文件可能已损坏。", en: "The .docx file could not be read; it may be damaged." }),
  not_docx: () => ({ zh: "文件不是有效的 Word 文件（.docx 应为 zip 压缩包）。", en: "The file is not a valid Word document (a .docx is a zip archive)." }),
  encrypted_docx: () => ({
    zh: "文件是旧版 Word 文件（.doc）或设置了打开密码，请在 Word 中另存为不加密的 .docx 后再上传。",
    en: "The file is an old-format (.doc) or password-protected Word document; save it as an unencrypted .docx and upload it again.",
  }),
  too_deep: (f) => ({ zh: `HTML 元素嵌套超过 ${f.limit} 层的上限，已拒绝读取。`, en: `The HTML nests elements more than ${f.limit} deep, over the limit; it was not read.` }),
};

export class DocumentError extends Error {
  readonly messages: { zh: string; en: string };
  constructor(
    readonly code: DocumentErrorCode,
    detail?: string,
    figures: DocumentErrorFigures = {},
  ) {
    const messages = MESSAGES[code](figures);
    super(detail ? `${messages.en} (${detail})` : messages.en);
    this.name = "DocumentError";
    this.messages = messages;
  }
}
