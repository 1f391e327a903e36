/**
 * The 督办单 (supervision notice) to one lead body as a document model in the evaluation report's
 * block shapes (so the report's .docx writer lays it out): the body named in the salutation, each
 * late item in a table — the task, what is late, since when, the last report — and what is asked.
 */
import type { Block } from "../evaluation-report/schema.ts";
import { PROGRESS_STATE_ZH, type ProgressState } from "./task.ts";
import type { SupervisionItem } from "./overdue.ts";

/** A late item as the notice prints it. */
export type NoticeItem = Pick<SupervisionItem, "taskId" | "taskTitle" | "kind" | "what" | "since"> & { lastReport: { state: ProgressState; percent: number | null; at: string } | null };
export type NoticeInput = { planTitle: string; bodyName: string; asOf: string; items: readonly NoticeItem[]; issuer: string; replyDays?: number };
export type NoticeModel = { title: string; docNumberLine: string; issuer: string; blocks: Block[] };

const PROGRESS_EN: Record<ProgressState, string> = { not_started: "not started", in_progress: "in progress", done: "done", late: "late" };
const dateZh = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The notice to `bodyName` about its late items as of `asOf`, in Chinese or English. */
export function supervisionNotice(input: NoticeInput, lang: "zh" | "en" = "zh"): NoticeModel {
  const days = input.replyDays ?? 10;
  const zh = lang === "zh";
  const last = (i: NoticeItem) => {
    const r = i.lastReport;
    if (!r) return zh ? "未报告" : "none";
    const state = zh ? PROGRESS_STATE_ZH[r.state] : PROGRESS_EN[r.state];
    return `${r.at.slice(0, 10)} ${state}${r.percent !== null ? ` ${r.percent}%` : ""}`;
  };
  const what = (i: NoticeItem) => (i.kind === "milestone_overdue" ? (zh ? `节点逾期：${i.what}` : `milestone overdue: ${i.what}`) : zh ? `未报送进展：${i.what}` : `no progress reported: ${i.what}`);
  const tasks = new Set(input.items.map((i) => i.taskId)).size;
  const text = zh
    ? `${input.bodyName}：根据《${input.planTitle}》任务分工，截至${dateZh(input.asOf)}，贵单位牵头的 ${tasks} 项任务有 ${input.items.length} 个事项滞后，详见下表。请于收到本督办单之日起 ${days} 个工作日内报送整改措施和最新进展。`
    : `${input.bodyName}: under the division of work of "${input.planTitle}", as of ${input.asOf} ${input.items.length} item(s) of ${tasks} task(s) your body leads are late, listed below. Please report the remedial measures and the latest progress within ${days} working days of receiving this notice.`;
  return {
    title: zh ? "督办单" : "Supervision notice",
    docNumberLine: zh ? `截至${dateZh(input.asOf)}` : `as of ${input.asOf}`,
    issuer: input.issuer,
    blocks: [
      { type: "paragraph", sentences: [{ id: "notice", text }] },
      {
        type: "table",
        id: "late-items",
        caption: zh ? "滞后事项清单" : "Late items",
        columns: zh ? ["序号", "任务", "滞后事项", "应完成日期", "最近报告"] : ["No.", "Task", "What is late", "Due", "Last report"],
        rows: input.items.map((i, n) => [String(n + 1), i.taskTitle, what(i), i.since, last(i)]),
        widths: [1, 5, 5, 2.5, 3],
      },
    ],
  };
}
