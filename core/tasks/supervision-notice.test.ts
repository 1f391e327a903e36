/** The 督办单's model: the body in the salutation, one table row per late item with its last report, in zh-CN and English. */
import { describe, expect, it } from "vitest";
import { supervisionNotice, type NoticeItem } from "./supervision-notice.ts";

const items: NoticeItem[] = [
  { taskId: 1, taskTitle: "建设科学中心", kind: "milestone_overdue", what: "建设方案印发", since: "2025-03-31", lastReport: { state: "in_progress", percent: 40, at: "2025-07-05T08:00:00.000Z" } },
  { taskId: 2, taskTitle: "建设实验室体系", kind: "no_progress", what: "2025年上半年任务进展", since: "2025-07-10", lastReport: null },
];

describe("supervisionNotice", () => {
  it("names the body and lists each late item with what is late, since when and the last report", () => {
    const notice = supervisionNotice({ planTitle: "重庆市科技创新“十四五”规划", bodyName: "重庆市科学技术局", asOf: "2025-08-01", items, issuer: "规划处" });
    expect(notice.title).toBe("督办单");
    const [paragraph, table] = notice.blocks as [(typeof notice.blocks)[number], (typeof notice.blocks)[number]];
    expect(paragraph.type === "paragraph" && paragraph.sentences[0]!.text).toMatch(/^重庆市科学技术局：.*截至2025年8月1日，贵单位牵头的 2 项任务有 2 个事项滞后/);
    expect(table.type === "table" && table.rows).toEqual([
      ["1", "建设科学中心", "节点逾期：建设方案印发", "2025-03-31", "2025-07-05 推进中 40%"],
      ["2", "建设实验室体系", "未报送进展：2025年上半年任务进展", "2025-07-10", "未报告"],
    ]);
  });

  it("speaks English when asked", () => {
    const notice = supervisionNotice({ planTitle: "Plan", bodyName: "Bureau", asOf: "2025-08-01", items, issuer: "Office" }, "en");
    expect(notice.title).toBe("Supervision notice");
    const table = notice.blocks[1]!;
    expect(table.type === "table" && table.rows[1]![2]).toBe("no progress reported: 2025年上半年任务进展");
  });
});
