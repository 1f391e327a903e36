/**
 * A batch of reported values (a file or a form) with problems becomes one error that lists them all,
 * each placed by sheet, row and column (or by form entry), in zh-CN and English; nothing is stored.
 */
import type { LocatedProblem } from "../../core/reporting/index.ts";
import { AppError } from "./app-error.ts";

/** Where a problem is, in words: 工作表“数据”第 5 行 D 列 / sheet "数据" row 5 column D. */
export function placeOf(p: Pick<LocatedProblem, "sheet" | "row" | "column">): { zh: string; en: string } {
  const zh = `${p.sheet ? `工作表“${p.sheet}”` : ""}第 ${p.row} 行${p.column ? ` ${p.column} 列` : ""}`;
  const en = `${p.sheet ? `sheet "${p.sheet}" ` : ""}row ${p.row}${p.column ? ` column ${p.column}` : ""}`;
  return { zh, en };
}

/** One error for the whole batch; `fileName` names the file when the batch came from one. */
export function batchError(problems: readonly (Omit<LocatedProblem, "field"> & { field: string })[], fileName?: string): AppError {
  const first = problems[0];
  if (!first) throw new Error("batchError needs at least one problem");
  const where = placeOf(first);
  const what = fileName ? { zh: `文件“${fileName}”`, en: `file "${fileName}"` } : { zh: "提交的数据", en: "the data sent" };
  return new AppError(
    "validation_failed",
    {
      zh: `${what.zh}有 ${problems.length} 处错误，未保存任何数据。第一处：${where.zh}：${first.zh}`,
      en: `${what.en} has ${problems.length} error${problems.length === 1 ? "" : "s"}; nothing was stored. First: ${where.en}: ${first.en}`,
    },
    first.field,
    problems.map((p) => {
      const at = placeOf(p);
      return { field: p.field, code: p.code, sheet: p.sheet, row: p.row, column: p.column, messages: { zh: `${at.zh}：${p.zh}`, en: `${at.en}: ${p.en}` } };
    }),
  );
}
