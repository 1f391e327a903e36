/** The milestone timeline's option: one row per task with milestones, overdue diamonds red, names escaped in the tooltip. */
import { describe, expect, it } from "vitest";
import { buildMilestoneTimelineOption, MILESTONE_COLORS } from "./milestone-timeline.chart.ts";

const milestone = (id: number, dueOn: string, overdue: boolean, doneOn: string | null = null) => ({ id, taskId: 1, dueOn, deliverable: `<b>成果${id}</b>`, doneOn, origin: "manual" as const, overdue });
const labels = { asOf: "截至 2025-07-01", kinds: { overdue: "逾期未完成", done: "已完成", ahead: "未到期" } };

describe("buildMilestoneTimelineOption", () => {
  const option = buildMilestoneTimelineOption(
    [
      { id: 1, title: "建设<script>科学中心</script>", milestones: [milestone(1, "2025-03-31", true), milestone(2, "2025-12-31", false)] },
      { id: 2, title: "无节点的任务", milestones: [] },
      { id: 3, title: "建设实验室体系", milestones: [milestone(3, "2025-05-31", false, "2025-05-20")] },
    ],
    "2025-07-01",
    labels,
  );
  const series = option.series as { name?: string; type: string; data: { value: [string, number]; kind: string }[]; itemStyle: { color: string } }[];

  it("draws one row per task with milestones and colours each milestone by its kind", () => {
    expect((option.yAxis as { data: string[] }).data).toHaveLength(2);
    const overdue = series.find((s) => s.name === "逾期未完成")!;
    expect(overdue.itemStyle.color).toBe(MILESTONE_COLORS.overdue);
    expect(overdue.data.map((p) => p.value)).toEqual([["2025-03-31", 0]]);
    expect(series.find((s) => s.name === "已完成")!.data.map((p) => p.value)).toEqual([["2025-05-31", 1]]);
    expect(series.find((s) => s.name === "未到期")!.data.map((p) => p.value)).toEqual([["2025-12-31", 0]]);
  });

  it("escapes task titles and deliverables in the tooltip", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: series.find((s) => s.name === "逾期未完成")!.data[0] });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;");
  });
});
