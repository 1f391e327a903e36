/** Division tables: header found whatever the column order, every problem placed, deadlines read. */
import { describe, expect, it } from "vitest";
import { parseDeadline } from "./deadline.ts";
import { matchTask, readDivisionTable } from "./division-table.ts";

const bodies = [
  { code: "cq-science-technology-bureau", nameZh: "市科技局", fullNameZh: "重庆市科学技术局" },
  { code: "cq-education-commission", nameZh: "市教委", fullNameZh: "重庆市教育委员会" },
];
const tasks = [
  { id: 1, title: "高定位建设成渝综合性科学中心" },
  { id: 2, title: "高水平建设西部(重庆)科学城" },
  { id: 3, title: "构建完备的实验室体系" },
];

describe("parseDeadline", () => {
  it.each([
    ["2025年底", "2025-12-31"],
    ["2024年6月底前", "2024-06-30"],
    ["2024年2月", "2024-02-29"],
    ["2025年12月31日", "2025-12-31"],
    ["2025-06-30", "2025-06-30"],
    ["2025-06-30T00:00:00.000Z", "2025-06-30"],
    ["2025", "2025-12-31"],
    ["长期坚持", null],
    ["2025年13月", undefined],
    ["明年", undefined],
  ])("%s → %s", (text, date) => expect(parseDeadline(text)).toBe(date));
});

describe("matchTask", () => {
  it("matches numbered, quoted or slightly reworded task names and refuses strangers", () => {
    expect(matchTask("1. 高定位建设成渝综合性科学中心", tasks)).toBe(1);
    expect(matchTask("高水平建设西部（重庆）科学城", tasks)).toBe(2);
    expect(matchTask("构建完备实验室体系", tasks)).toBe(3);
    expect(matchTask("建设一流营商环境", tasks)).toBeNull();
  });
});

describe("readDivisionTable", () => {
  it("finds the header below a title row, reads good rows and places every problem", () => {
    const sheet = {
      name: "分工",
      cells: [
        ["重点任务分工方案", null, null, null, null],
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "高定位建设成渝综合性科学中心", "市科技局", "市教委、市科协", "2025年底"],
        [2, "建设一流营商环境", "重庆市科学技术局", null, "持续推进"],
        [null, null, null, null, null],
        [3, "构建完备的实验室体系", null, null, "下半年"],
      ],
    };
    const { rows, problems } = readDivisionTable([sheet], tasks, bodies);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "D", "unknown_body"],
      [4, "B", "task_unmatched"],
      [6, "C", "lead_missing"],
      [6, "E", "deadline_unreadable"],
    ]);
    const fixed = readDivisionTable([{ ...sheet, cells: [sheet.cells[1]!, [1, "高定位建设成渝综合性科学中心", "市科技局", "市教委", "2025年底"]] }], tasks, bodies);
    expect(fixed.problems).toEqual([]);
    expect(fixed.rows).toEqual([{ sheet: "分工", row: 2, number: "1", taskText: "高定位建设成渝综合性科学中心", taskId: 1, lead: ["cq-science-technology-bureau"], cooperating: ["cq-education-commission"], dueOn: "2025-12-31", annualGoal: null }]);
  });

  it("says so when no sheet has a 任务 and 牵头单位 header", () => {
    expect(readDivisionTable([{ name: "Sheet1", cells: [["a", "b"]] }], tasks, bodies).problems[0]!.code).toBe("no_header");
  });
});
