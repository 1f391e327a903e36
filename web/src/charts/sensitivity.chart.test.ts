import { describe, expect, it } from "vitest";
import type { SensitivityResponse } from "../../../contract/indices.ts";
import { buildSensitivityOption, sensitivityBars } from "./sensitivity.chart.ts";

const index = (name: string, si: number, sti: number): SensitivityResponse["indices"][number] => ({ name, si, sti, siQ5: si - 0.1, siQ95: si + 0.1, stiQ5: sti - 0.1, stiQ95: sti + 0.1 });
const names: Record<string, string> = { normalise: "标准化方法", weights: "权重", aggregate: "加总方法" };
const labels = { firstOrder: "一阶指数", total: "总效应指数", input: (n: string) => names[n] ?? n };
type Series = { name: string; type: string; data: number[] };

describe("sensitivity chart", () => {
  const indices = [index("normalise", 0.3, 0.4), index("weights", -0.02, 0.1), index("aggregate", 0.5, 0.6)];

  it("draws negative estimates at 0 and names the inputs that were clamped", () => {
    expect(sensitivityBars(indices)).toEqual({ si: [0.3, 0, 0.5], sti: [0.4, 0.1, 0.6], clamped: ["weights"] });
    expect(sensitivityBars([index("normalise", 0.1, 0.2)]).clamped).toEqual([]);
  });

  it("puts a first-order and a total bar per input, named in the page's language", () => {
    const option = buildSensitivityOption(indices, labels);
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.type])).toEqual([["一阶指数", "bar"], ["总效应指数", "bar"]]);
    expect(series[0]!.data).toEqual([0.3, 0, 0.5]);
    expect(series[1]!.data).toEqual([0.4, 0.1, 0.6]);
    expect((option.xAxis as { data: string[] }).data).toEqual(["标准化方法", "权重", "加总方法"]);
    expect((option.yAxis as { min: number }).min).toBe(0);
  });

  it("shows the raw estimate, negative included, with its interval in the tooltip", () => {
    const option = buildSensitivityOption(indices, labels);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe("权重<br/>一阶指数: -0.020 (-0.120–0.080)<br/>总效应指数: 0.100 (0.000–0.200)");
  });
});
