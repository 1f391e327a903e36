/**
 * Index-engine validation issues (table, row, column, value) as the one AppError: the field is a path
 * such as `iData[3].LPI` or `pipeline.normalise.low`, and the messages name the file when one was read.
 */
import type { IndexDefinitionError, Issue } from "../../core/indices/index.ts";
import { AppError, type FieldProblem } from "./app-error.ts";

/** File names (or other labels) of the tables, for messages: { iData: "data.csv" }. */
export type TableLabels = Partial<Record<Issue["table"], string>>;

function fieldOf(i: Issue): string {
  if (i.table === "pipeline") return i.column ? `pipeline.${i.column}` : "pipeline";
  return `${i.table}${i.row !== undefined ? `[${i.row}]` : ""}${i.column ? `.${i.column}` : ""}`;
}

function problemOf(i: Issue, labels: TableLabels): FieldProblem {
  const file = labels[i.table];
  const zhWhere = `${i.table}${file ? `（${file}）` : ""}${i.row !== undefined ? `${file ? "" : " "}第 ${i.row} 行` : ""}${i.column ? `「${i.column}」列` : ""}`;
  const enWhere = `${i.table}${file ? ` (${file})` : ""}${i.row !== undefined ? ` row ${i.row}` : ""}${i.column ? ` column "${i.column}"` : ""}`;
  return { field: fieldOf(i), messages: { zh: `${zhWhere}：${i.zh}`, en: `${enWhere}: ${i.en}` } };
}

/** The AppError of an engine validation failure; every issue is kept in `details`. */
export function fromIndexDefinitionError(error: IndexDefinitionError, labels: TableLabels = {}): AppError {
  const details = error.issues.map((i) => problemOf(i, labels));
  const first = details[0] ?? { field: null, messages: { zh: "指数定义无效", en: "invalid index definition" } };
  return new AppError("validation_failed", first.messages, first.field, details);
}
