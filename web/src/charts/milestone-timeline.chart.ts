/**
 * ECharts option of a plan's milestone timeline (Gantt): one row per task, a bar from its first to
 * its last milestone, each milestone a diamond at its date — red when overdue as of the chosen date,
 * green when done, blue when still ahead — and a line at that date. Pure, so it is unit-tested;
 * every task title and deliverable is escaped in the tooltip.
 */
import type { CustomSeriesRenderItem, EChartsOption } from "echarts";
import type { TaskResponse } from "../../../contract/tasks.ts";
import { statusColors } from "./status.colors.ts";
import { escapeHtml } from "../format/escape-html.ts";

/** Milestone colours: overdue red (the off-track colour), done green, ahead blue. */
export const MILESTONE_COLORS = { overdue: statusColors.off_track.hex, done: statusColors.achieved.hex, ahead: statusColors.on_track.hex } as const;
export type MilestoneKind = keyof typeof MILESTONE_COLORS;

export interface TimelineLabels {
  kinds: Record<MilestoneKind, string>;
  asOf: string;
}

type Point = { value: [string, number]; kind: MilestoneKind; task: string; deliverable: string; dueOn: string; doneOn: string | null };

/** The kind of a milestone as of the list's date. */
export const milestoneKind = (m: TaskResponse["milestones"][number]): MilestoneKind => (m.overdue ? "overdue" : m.doneOn !== null ? "done" : "ahead");

const DAY = 86_400_000;

/** Draws one task's span as a rectangle on its row: from its first to its last milestone's x, a third of the row high. */
const renderSpan: CustomSeriesRenderItem = (_params, api) => {
  const from = api.coord([api.value(0), api.value(2)]) as number[];
  const to = api.coord([api.value(1), api.value(2)]) as number[];
  const height = (api.size!([0, 1]) as number[])[1]! * 0.35;
  return { type: "rect", shape: { x: from[0]!, y: from[1]! - height / 2, width: Math.max(2, to[0]! - from[0]!), height }, style: api.style() };
};
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The timeline of the tasks that have milestones, in the order given (top to bottom), as of `asOf`. */
export function buildMilestoneTimelineOption(tasks: readonly Pick<TaskResponse, "id" | "title" | "milestones">[], asOf: string, labels: TimelineLabels): EChartsOption {
  const rows = tasks.filter((t) => t.milestones.length > 0);
  const names = rows.map((t) => (t.title.length > 16 ? `${t.title.slice(0, 15)}…` : t.title));
  const points: Point[] = rows.flatMap((t, row) => t.milestones.map((m) => ({ value: [m.dueOn, row] as [string, number], kind: milestoneKind(m), task: t.title, deliverable: m.deliverable, dueOn: m.dueOn, doneOn: m.doneOn })));
  const spans = rows.map((t) => {
    const dates = t.milestones.map((m) => time(m.dueOn));
    const start = Math.min(...dates);
    // A task with one milestone still shows a short bar, so its row reads as a row.
    return { start, end: Math.max(Math.max(...dates), start + 30 * DAY) };
  });
  const kinds = Object.keys(MILESTONE_COLORS) as MilestoneKind[];
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: kinds.map((k) => labels.kinds[k]) },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = (params as { data?: Point }).data;
        if (!p || !("deliverable" in p)) return "";
        const done = p.doneOn ? ` ✓ ${escapeHtml(p.doneOn)}` : "";
        return `${escapeHtml(p.task)}<br/>${escapeHtml(p.dueOn)} ${escapeHtml(p.deliverable)}${done}<br/>${escapeHtml(labels.kinds[p.kind])}`;
      },
    },
    xAxis: { type: "time", min: Math.min(time(asOf), ...spans.map((s) => s.start)) - 30 * DAY, max: Math.max(time(asOf), ...spans.map((s) => s.end)) + 30 * DAY },
    yAxis: { type: "category", data: names, inverse: true, axisLabel: { width: 220, overflow: "truncate" } },
    series: [
      {
        // The Gantt bars: each task's span, from its first milestone to its last, drawn as a rectangle on its row.
        type: "custom" as const,
        silent: true,
        encode: { x: [0, 1], y: 2 },
        itemStyle: { color: "#91caff" },
        renderItem: renderSpan,
        data: spans.map((span, row) => [span.start, span.end, row]),
      },
      ...kinds.map((kind) => ({
        name: labels.kinds[kind],
        type: "scatter" as const,
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: MILESTONE_COLORS[kind] },
        data: points.filter((p) => p.kind === kind),
        ...(kind === "overdue" ? { markLine: { silent: true, symbol: "none", lineStyle: { color: "#595959", type: "dashed" as const }, label: { formatter: labels.asOf }, data: [{ xAxis: asOf }] } } : {}),
      })),
    ],
  };
}
