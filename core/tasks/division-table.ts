/**
 * Task division tables (任务分工方案): 序号, 任务, 牵头单位, 配合单位, 完成时限 and sometimes 年度目标,
 * as sheets of cells (an .xlsx, or a .docx or HTML table read into cells). Each row's task is matched
 * to the plan's tasks, its bodies to the catalogue, its deadline read; every problem is listed with
 * its sheet, row and column so that a file with any stores nothing.
 */
import { bigramSimilarity } from "../indicators/suggest-indicator.ts";
import { matchBody, splitBodyNames, type BodyName } from "./bodies.ts";
import { parseDeadline } from "./deadline.ts";

/** A cell as the readers give it. */
export type TableCell = string | number | null;
export type TableSheet = { name: string; cells: TableCell[][] };

export type DivisionColumn = "number" | "task" | "lead" | "cooperating" | "deadline" | "annualGoal";

/** Header words of each column, tried in this order (任务 last: 年度目标任务 is a goal). */
const HEADERS: Array<[DivisionColumn, RegExp]> = [
  ["number", /^(序号|编号|序)$/],
  ["lead", /牵头|责任单位|责任部门|主责/],
  ["cooperating", /配合|协同|参与|协办/],
  ["deadline", /时限|完成时间|时间节点|截止|完成期限/],
  ["annualGoal", /年度目标|目标/],
  ["task", /任务|工作内容|事项|举措/],
];

/** One problem with a division table, placed by sheet, row and column (A, B …). */
export type DivisionProblem = { sheet: string; row: number; column?: string; field: DivisionColumn | "file"; code: string; zh: string; en: string };

/** A plan task a row may name. */
export type TaskName = { id: number; title: string };

/** A row read whole: the task it names, its bodies' codes, its deadline. */
export type DivisionRow = {
  sheet: string;
  row: number;
  number: string | null;
  taskText: string;
  taskId: number;
  lead: string[];
  cooperating: string[];
  /** YYYY-MM-DD; null for 长期 or none given. */
  dueOn: string | null;
  annualGoal: string | null;
};

export type DivisionResult = { rows: DivisionRow[]; problems: DivisionProblem[] };

const letter = (index: number): string => (index >= 26 ? letter(Math.floor(index / 26) - 1) : "") + String.fromCharCode(65 + (index % 26));
const text = (cell: TableCell | undefined): string => (cell === null || cell === undefined ? "" : String(cell).trim());
/** A task's words without numbering, punctuation or spaces. */
const bare = (s: string) => s.replace(/^\s*([（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)+/, "").replace(/[\s，。、；：,.;:“”"（）()]/g, "");

/** The plan task `taskText` names: same words, one inside the other, or the one clearly closest (bigram Dice ≥ 0.6). */
export function matchTask(taskText: string, tasks: readonly TaskName[]): number | null {
  const wanted = bare(taskText);
  if (!wanted) return null;
  const exact = tasks.filter((t) => bare(t.title) === wanted);
  if (exact.length >= 1) return exact[0]!.id;
  const inside = tasks.filter((t) => bare(t.title).length >= 4 && (wanted.startsWith(bare(t.title)) || bare(t.title).includes(wanted)));
  if (inside.length === 1) return inside[0]!.id;
  const scored = tasks.map((t) => ({ id: t.id, score: bigramSimilarity(bare(t.title), wanted) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score >= 0.6 && (!second || best.score - second.score >= 0.1)) return best.id;
  return null;
}

/** The header row (within the first five) and its columns, or null when the sheet has none. */
function findHeader(sheet: TableSheet): { row: number; columns: Partial<Record<DivisionColumn, number>> } | null {
  for (let r = 0; r < Math.min(5, sheet.cells.length); r++) {
    const columns: Partial<Record<DivisionColumn, number>> = {};
    sheet.cells[r]!.forEach((cell, c) => {
      const label = text(cell).replace(/\s/g, "");
      const hit = HEADERS.find(([column, pattern]) => columns[column] === undefined && pattern.test(label));
      if (hit) columns[hit[0]] = c;
    });
    if (columns.task !== undefined && columns.lead !== undefined) return { row: r, columns };
  }
  return null;
}

/** Reads and checks every row of the division table in `sheets` against the plan's tasks and the body catalogue. */
export function readDivisionTable(sheets: readonly TableSheet[], tasks: readonly TaskName[], bodies: readonly BodyName[]): DivisionResult {
  const rows: DivisionRow[] = [];
  const problems: DivisionProblem[] = [];
  let found = false;
  const seen = new Map<number, number>();
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    found = true;
    const { columns } = header;
    for (let r = header.row + 1; r < sheet.cells.length; r++) {
      const cells = sheet.cells[r]!;
      const cell = (column: DivisionColumn) => (columns[column] === undefined ? "" : text(cells[columns[column]!]));
      if (cells.every((c) => text(c) === "")) continue;
      const at = (column: DivisionColumn) => ({ sheet: sheet.name, row: r + 1, column: columns[column] === undefined ? undefined : letter(columns[column]!), field: column });
      const before = problems.length;
      const taskText = cell("task");
      const taskId = taskText ? matchTask(taskText, tasks) : null;
      if (!taskText) problems.push({ ...at("task"), code: "task_missing", zh: "任务为空", en: "the task is empty" });
      else if (taskId === null) problems.push({ ...at("task"), code: "task_unmatched", zh: `任务“${taskText}”与本规划的任何任务都对不上`, en: `the task "${taskText}" matches none of the plan's tasks` });
      else if (seen.has(taskId)) problems.push({ ...at("task"), code: "task_repeated", zh: `任务“${taskText}”与第 ${seen.get(taskId)} 行是同一项任务`, en: `the task "${taskText}" is the same task as row ${seen.get(taskId)}` });
      else seen.set(taskId, r + 1);
      const names = (column: "lead" | "cooperating") => {
        const codes: string[] = [];
        for (const name of splitBodyNames(cell(column))) {
          const code = matchBody(name, bodies);
          if (code) codes.push(code);
          else problems.push({ ...at(column), code: "unknown_body", zh: `单位“${name}”不在单位目录中`, en: `the body "${name}" is not in the catalogue of bodies` });
        }
        return [...new Set(codes)];
      };
      const lead = names("lead");
      if (!cell("lead")) problems.push({ ...at("lead"), code: "lead_missing", zh: "牵头单位为空", en: "no lead body is given" });
      const cooperating = names("cooperating").filter((c) => !lead.includes(c));
      const deadlineText = cell("deadline");
      const dueOn = deadlineText ? parseDeadline(deadlineText) : null;
      if (dueOn === undefined) problems.push({ ...at("deadline"), code: "deadline_unreadable", zh: `完成时限“${deadlineText}”无法识别（如 2025年12月底、2025-06-30）`, en: `the deadline "${deadlineText}" cannot be read (e.g. 2025年12月底, 2025-06-30)` });
      if (problems.length > before) continue;
      rows.push({ sheet: sheet.name, row: r + 1, number: cell("number") || null, taskText, taskId: taskId!, lead, cooperating, dueOn: dueOn ?? null, annualGoal: cell("annualGoal") || null });
    }
  }
  if (!found) problems.push({ sheet: sheets[0]?.name ?? "", row: 1, field: "file", code: "no_header", zh: "找不到表头（须有“任务”和“牵头单位”两列）", en: "no header row found (it needs 任务 and 牵头单位 columns)" });
  return { rows, problems };
}
