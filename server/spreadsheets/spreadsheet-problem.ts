/**
 * Why a spreadsheet could not be read. The readers throw a SpreadsheetProblem; readSpreadsheet turns
 * it into an AppError (validation_failed, field "file") whose zh-CN and English message names the
 * file, and the sheet or zip entry when one is concerned.
 */
import { AppError } from "../errors/app-error.ts";
import { tooLargeMessages, zipProblemMessages, type ZipProblemDetail } from "../files/file-problem.ts";

/** One reason for refusing a spreadsheet, with the figures its message quotes. */
export type Problem =
  | { kind: "empty" }
  | { kind: "too_large"; bytes: number; limit: number }
  | { kind: "unsupported_type" }
  | { kind: "legacy_xls" }
  | { kind: "legacy_or_encrypted" }
  | { kind: "not_xlsx" }
  | ZipProblemDetail
  | { kind: "too_many_sheets"; count: number; limit: number }
  | { kind: "too_many_rows"; sheet: string; limit: number }
  | { kind: "too_many_columns"; sheet: string; limit: number }
  | { kind: "csv_not_text" }
  | { kind: "csv_encoding" }
  | { kind: "csv_syntax"; row: number };

/** A refusal raised inside the spreadsheet readers, before the file name is attached. */
export class SpreadsheetProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
    this.name = "SpreadsheetProblem";
  }
}

function messages(file: string, p: Problem): { zh: string; en: string } {
  switch (p.kind) {
    case "empty":
      return { zh: `文件“${file}”为空，没有可读取的内容。`, en: `"${file}" is empty: there is nothing to read.` };
    case "too_large":
      return tooLargeMessages(file, p.bytes, p.limit);
    case "unsupported_type":
      return { zh: `文件“${file}”无法读取：仅支持 .xlsx 和 .csv 文件。`, en: `cannot read "${file}": only .xlsx and .csv files are supported.` };
    case "legacy_xls":
      return { zh: `文件“${file}”是旧版 Excel 格式（.xls），请在 Excel 中另存为 .xlsx 后再上传。`, en: `"${file}" is in the old Excel format (.xls); save it as .xlsx in Excel and upload it again.` };
    case "legacy_or_encrypted":
    case "encrypted":
      return { zh: `文件“${file}”是旧版 Excel 文件或设置了打开密码，请在 Excel 中另存为不加密的 .xlsx 后再上传。`, en: `"${file}" is an old-format or password-protected workbook; save it as an unencrypted .xlsx and upload it again.` };
    case "not_xlsx":
    case "not_zip":
      return { zh: `文件“${file}”不是有效的 Excel 文件（.xlsx）。`, en: `"${file}" is not a valid Excel file (.xlsx).` };
    case "too_many_sheets":
      return { zh: `文件“${file}”包含 ${p.count} 个工作表，超过 ${p.limit} 个的上限。`, en: `"${file}" has ${p.count} worksheets, over the limit of ${p.limit}.` };
    case "too_many_rows":
      return { zh: `文件“${file}”的工作表“${p.sheet}”超过 ${p.limit} 行的上限。`, en: `sheet "${p.sheet}" of "${file}" has more than the limit of ${p.limit} rows.` };
    case "too_many_columns":
      return { zh: `文件“${file}”的工作表“${p.sheet}”超过 ${p.limit} 列的上限。`, en: `sheet "${p.sheet}" of "${file}" has more than the limit of ${p.limit} columns.` };
    case "csv_not_text":
      return { zh: `文件“${file}”不是 CSV 文本文件（含有二进制内容）。`, en: `"${file}" is not a CSV text file (it holds binary content).` };
    case "csv_encoding":
      return { zh: `文件“${file}”的编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）。`, en: `the encoding of "${file}" could not be read (it is neither UTF-8 nor GB18030/GBK).` };
    case "damaged":
    case "too_many_entries":
    case "too_big_inflated":
    case "entry_too_big":
    case "compression_ratio":
    case "inflated_size_mismatch":
      return zipProblemMessages(file, p)!;
    case "csv_syntax":
      return { zh: `文件“${file}”第 ${p.row} 行不是有效的 CSV（例如引号未闭合）。`, en: `row ${p.row} of "${file}" is not valid CSV (an unclosed quote, for example).` };
  }
}

/** The AppError (validation_failed, field "file") for a problem with the file `fileName`. */
export function spreadsheetError(fileName: string, problem: Problem): AppError {
  return new AppError("validation_failed", messages(fileName, problem), "file");
}
