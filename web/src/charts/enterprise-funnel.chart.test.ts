import { describe, expect, it } from "vitest";
import { buildFunnelOption } from "./enterprise-funnel.chart.ts";

const labels = { line: (k: string) => (k === "tech-any" ? "科技型企业" : "高新技术企业"), sample: "（示例数据）", target: "目标" };

describe("buildFunnelOption", () => {
  it("draws real counts, sample counts apart and named as such, and targets at their years", () => {
    const option = buildFunnelOption(
      {
        counts: [
          { year: 2024, kind: "tech-any", real: 3, sample: 0 },
          { year: 2025, kind: "tech-any", real: 5, sample: 0 },
          { year: 2025, kind: "high-tech", real: 0, sample: 40 },
        ],
        targets: [{ planCode: "p", indicatorCode: "tech-smes", kind: "level", comparator: ">=", value: 8, targetYear: 2027 }],
      },
      labels,
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(["2024", "2025", "2027"]);
    const series = option.series as { name: string; data: (number | null)[]; lineStyle?: { type: string } }[];
    expect(series.map((s) => s.name)).toEqual(["科技型企业", "科技型企业目标", "高新技术企业（示例数据）"]);
    expect(series[0]!.data).toEqual([3, 5, null]);
    expect(series[1]!.data).toEqual([null, null, 8]);
    expect(series[2]).toMatchObject({ data: [null, 40, null], lineStyle: { type: "dashed" } });
  });
});
