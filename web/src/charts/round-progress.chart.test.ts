import { describe, expect, it } from "vitest";
import type { UnitProgress } from "../../../contract/reporting.ts";
import { buildRoundProgressOption, PROGRESS_STATES } from "./round-progress.chart.ts";

const unit = (code: string, nameZh: string, counts: Partial<UnitProgress>): UnitProgress => ({
  kind: "place", code, nameZh, nameEn: code, expected: 4, draft: 0, returned: 0, submitted: 0, approved: 0, missing: 4, completeness: 0, lastSubmittedAt: null, late: false, ...counts,
});
const labels = {
  states: { approved: "已通过", submitted: "待审核", draft: "草稿", returned: "已退回", missing: "未填" },
  unitName: (u: { nameZh: string }) => u.nameZh,
};

describe("buildRoundProgressOption", () => {
  const units = [unit("500106", "沙坪坝区", { approved: 1, submitted: 2, returned: 1, missing: 0 }), unit("500107", "<b>九龙坡区</b>", {})];
  const option = buildRoundProgressOption(units, labels);

  it("stacks one series per state, in order, with each unit's counts", () => {
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(["已通过", "待审核", "草稿", "已退回", "未填"]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(series.map((s) => s.data)).toEqual([[1, 0], [2, 0], [0, 0], [1, 0], [0, 4]]);
    expect((option.yAxis as { data: string[] }).data).toEqual(["沙坪坝区", "<b>九龙坡区</b>"]);
    expect(PROGRESS_STATES).toHaveLength(5);
  });

  it("escapes unit and state names in the tooltip", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 1, seriesName: "未填", value: 4, marker: "●" }]);
    expect(html).toContain("&lt;b&gt;九龙坡区&lt;/b&gt;");
    expect(html).not.toContain("<b>");
    expect(html).toContain("●未填：4");
  });
});
