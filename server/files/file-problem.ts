/**
 * Refusals every kind of uploaded file shares: too large as uploaded, and the zip problems found
 * while an .xlsx's or a .docx's directory is read or its entries inflated. The readers of each
 * format attach the file name and say in their own words what a file that is not a zip at all, or
 * is encrypted, should have been.
 */

/** One reason for refusing a zip, with the figures its message quotes. */
export type ZipProblemDetail =
  | { kind: "not_zip" }
  | { kind: "encrypted" }
  | { kind: "damaged" }
  | { kind: "too_many_entries"; count: number; limit: number }
  | { kind: "too_big_inflated"; limit: number }
  | { kind: "entry_too_big"; entry: string; limit: number }
  | { kind: "compression_ratio"; entry: string; ratio: number; limit: number }
  | { kind: "inflated_size_mismatch"; entry: string };

export class ZipProblem extends Error {
  constructor(readonly problem: ZipProblemDetail) {
    super(problem.kind);
    this.name = "ZipProblem";
  }
}

/** A size as people read it: "20 MB", "25.3 MB", "512 KB". */
export function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, "MB"] : [bytes / 1024, "KB"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** The message for a file of `bytes` bytes over the upload limit. */
export function tooLargeMessages(file: string, bytes: number, limit: number): { zh: string; en: string } {
  return { zh: `文件“${file}”大小为 ${sizeText(bytes)}，超过 ${sizeText(limit)} 的上限。`, en: `"${file}" is ${sizeText(bytes)}, over the ${sizeText(limit)} limit.` };
}

/** The zh-CN and English message for a problem of the zip `file` shared by every format; null for not_zip and encrypted. */
export function zipProblemMessages(file: string, p: ZipProblemDetail): { zh: string; en: string } | null {
  switch (p.kind) {
    case "not_zip":
    case "encrypted":
      return null;
    case "damaged":
      return { zh: `文件“${file}”已损坏，无法读取。`, en: `"${file}" is damaged and cannot be read.` };
    case "too_many_entries":
      return { zh: `文件“${file}”包含 ${p.count} 个压缩条目，超过 ${p.limit} 个的上限，已拒绝读取。`, en: `"${file}" holds ${p.count} zip entries, over the limit of ${p.limit}; it was not read.` };
    case "too_big_inflated":
      return { zh: `文件“${file}”解压后超过 ${sizeText(p.limit)} 的上限，已拒绝读取。`, en: `"${file}" inflates to more than the ${sizeText(p.limit)} limit; it was not read.` };
    case "entry_too_big":
      return { zh: `文件“${file}”中的“${p.entry}”解压后超过单个条目 ${sizeText(p.limit)} 的上限，已拒绝读取。`, en: `"${p.entry}" in "${file}" inflates to more than the ${sizeText(p.limit)} limit for one entry; the file was not read.` };
    case "compression_ratio":
      return { zh: `文件“${file}”中的“${p.entry}”压缩比异常（${p.ratio}:1，上限 ${p.limit}:1），疑似压缩炸弹，已拒绝读取。`, en: `"${p.entry}" in "${file}" is compressed ${p.ratio}:1 (limit ${p.limit}:1), like a zip bomb; the file was not read.` };
    case "inflated_size_mismatch":
      return { zh: `文件“${file}”中的“${p.entry}”解压后的大小与声明不符，文件已损坏或被篡改，已拒绝读取。`, en: `"${p.entry}" in "${file}" does not inflate to its declared size; the file is damaged or tampered with and was not read.` };
  }
}
