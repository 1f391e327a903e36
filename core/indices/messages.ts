/**
 * Validation issues of index definitions and pipeline specs: where (table, row, column) and what,
 * in zh-CN and English, so the CLI, API and web show the same located message.
 */

export type Table = "iData" | "iMeta" | "pipeline";

export interface Issue {
  table: Table;
  /** 1-based line in the CSV (the header is line 1); absent for whole-table problems. */
  row?: number;
  column?: string;
  /** Offending field value as read, when there is one. */
  value?: string;
  code: string;
  zh: string;
  en: string;
}

export class IndexDefinitionError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => formatIssue(i)).join("\n"));
    this.name = "IndexDefinitionError";
  }
}

/** One line per issue: "iMeta 第 3 行「Weight」: …". */
export function formatIssue(issue: Issue, lang: "zh" | "en" = "en"): string {
  const where =
    lang === "zh"
      ? `${issue.table}${issue.row !== undefined ? ` 第 ${issue.row} 行` : ""}${issue.column ? `「${issue.column}」` : ""}`
      : `${issue.table}${issue.row !== undefined ? ` row ${issue.row}` : ""}${issue.column ? ` column "${issue.column}"` : ""}`;
  return `${where}: ${lang === "zh" ? issue.zh : issue.en}`;
}

type Loc = Pick<Issue, "table" | "row" | "column" | "value">;

const texts = {
  missingColumn: (c: string) => [`缺少必需列「${c}」`, `required column "${c}" is missing`],
  duplicateColumn: (c: string) => [`列名「${c}」重复`, `column "${c}" appears more than once`],
  notNumber: (v: string) => [`「${v}」不是数值`, `"${v}" is not a number`],
  notInteger: (v: string) => [`「${v}」不是正整数`, `"${v}" is not a positive integer`],
  badDirection: (v: string) => [`方向须为 1 或 -1,实际为「${v}」`, `direction must be 1 or -1, got "${v}"`],
  badType: (v: string) => [
    `类型须为 Indicator/Aggregate/Ratio/Group/Denominator/Other,实际为「${v}」`,
    `type must be Indicator, Aggregate, Ratio, Group, Denominator or Other, got "${v}"`,
  ],
  ratioParent: (c: string) => [`比值「${c}」独立于指数树之外,不能有上级`, `ratio "${c}" stands outside the index tree and cannot have a parent`],
  ratioOperand: (c: string, col: string) => [`比值「${c}」缺少「${col}」`, `ratio "${c}" has no ${col}`],
  ratioUnknown: (r: string) => [`比值引用的「${r}」不是指标或汇总项`, `ratio operand "${r}" is not an indicator or aggregate`],
  ratioSame: (c: string) => [`比值「${c}」的分子与分母相同`, `ratio "${c}" divides a node by itself`],
  emptyCode: () => [`代码不能为空`, `code must not be empty`],
  duplicateCode: (c: string) => [`代码「${c}」重复`, `code "${c}" is defined more than once`],
  unknownParent: (p: string) => [`上级「${p}」未在 iMeta 中定义`, `parent "${p}" is not defined in iMeta`],
  parentLevel: (p: string, l: number) => [
    `上级「${p}」应位于第 ${l} 层`,
    `parent "${p}" should be at level ${l}`,
  ],
  noParent: () => [`非顶层节点缺少上级`, `a node below the top level has no parent`],
  noChildren: (c: string) => [`汇总项「${c}」没有下级`, `aggregate "${c}" has no children`],
  roots: (n: number) => [`须恰有一个顶层指数,实际 ${n} 个`, `exactly one top-level index is required, found ${n}`],
  unknownDenominator: (d: string) => [`分母「${d}」未定义为 Denominator`, `denominator "${d}" is not a Denominator row`],
  notInData: (c: string) => [`iMeta 中的「${c}」在 iData 中没有对应列`, `"${c}" from iMeta has no column in iData`],
  unknownColumn: (c: string) => [`iData 列「${c}」未在 iMeta 中定义`, `iData column "${c}" is not defined in iMeta`],
  duplicateUnit: (u: string) => [`单位「${u}」(同一年份)重复`, `unit "${u}" appears more than once (same time)`],
  rowLength: () => [`该行字段数与表头不符`, `row has a different number of fields than the header`],
  csvSyntax: (m: string) => [`CSV 格式错误:${m}`, `CSV syntax error: ${m}`],
  pipeline: (path: string, m: string) => [`流程配置「${path}」无效:${m}`, `pipeline setting "${path}" is invalid: ${m}`],
  pipelineRef: (path: string, c: string) => [
    `流程配置「${path}」引用了不存在的「${c}」`,
    `pipeline setting "${path}" refers to unknown "${c}"`,
  ],
} satisfies Record<string, (...a: never[]) => [string, string]>;

export type IssueCode = keyof typeof texts;

/** Builds an issue from its code, location and message arguments. */
export function issue<K extends IssueCode>(
  code: K,
  loc: Loc,
  ...args: Parameters<(typeof texts)[K]>
): Issue {
  const [zh, en] = (texts[code] as (...a: unknown[]) => [string, string])(...args);
  return { ...loc, code, zh, en };
}
