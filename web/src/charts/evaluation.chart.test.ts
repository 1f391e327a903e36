import { describe, expect, it } from "vitest";
import type { ExplainResponse, RankInterval } from "../../../contract/indices.ts";
import { buildContributionOption, contributionRows } from "./contribution.chart.ts";
import { buildRankIntervalOption, intervalBars, orderedIntervals } from "./rank-interval.chart.ts";

const unit = (uCode: string, nominal: number, q5: number, q95: number, median = nominal): RankInterval => ({
  uCode,
  uName: `地区${uCode}`,
  nominal,
  median,
  mean: median,
  q5,
  q95,
  min: q5,
  max: q95,
});
const labels = { nominal: "名义排名", median: "中位排名", interval: "5%–95% 区间", rank: "排名" };
type Series = { name: string; type: string; data: unknown[]; stack?: string };

describe("rank interval chart", () => {
  const units = [unit("b", 2, 1, 4), unit("a", 1, 1, 2), unit("c", 3, 3, 3)];

  it("orders places by nominal rank", () => {
    expect(orderedIntervals(units).map((u) => u.uCode)).toEqual(["a", "b", "c"]);
  });

  it("draws the 5th–95th interval as a stacked bar on an invisible base, one rank wide at least", () => {
    expect(intervalBars(orderedIntervals(units))).toEqual({ base: [0.5, 0.5, 2.5], span: [2, 4, 1] });
    const option = buildRankIntervalOption(units, labels);
    const series = option.series as Series[];
    expect(series.map((s) => s.type)).toEqual(["bar", "bar", "scatter", "scatter"]);
    expect(series[0]!.stack).toBe(series[1]!.stack);
    expect(series.find((s) => s.name === "名义排名")!.data).toEqual([1, 2, 3]);
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual(["地区a", "地区b", "地区c"]);
    expect((option.xAxis as { max: number }).max).toBe(5);
  });

  it("escapes place names in the tooltip's HTML", () => {
    const hostile = { ...unit("x", 1, 1, 1), uName: '<img src=x onerror="alert(1)">' };
    const formatter = (buildRankIntervalOption([hostile], labels).tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br/>名义排名: 1<br/>中位排名: 1<br/>5%–95% 区间: 1–1");
  });
});

describe("contribution chart", () => {
  const c = (code: string, level: number, contribution: number): ExplainResponse["contributions"][number] => ({
    code,
    level,
    share: 0.25,
    value: contribution * 4,
    contribution,
    nameZh: `名${code}`,
    nameEn: code,
  });
  const contributions = [c("index", 3, 60), c("input", 2, 20), c("x1", 1, 12), c("x2", 1, 8), c("output", 2, 40), c("y1", 1, 40)];

  it("lists indicators under their dimension, coloured by it", () => {
    const rows = contributionRows(contributions, (x) => x.nameZh);
    expect(rows.map((r) => [r.label, r.value, r.dimension])).toEqual([
      ["名x1", 12, "名input"],
      ["名x2", 8, "名input"],
      ["名y1", 40, "名output"],
    ]);
    expect(rows[0]!.color).toBe(rows[1]!.color);
    expect(rows[2]!.color).not.toBe(rows[0]!.color);
  });

  it("gives one bar per indicator whose values sum to the score", () => {
    const option = buildContributionOption(contributions, (x) => x.nameEn, "Contribution");
    const data = (option.series as { data: { value: number }[] }[])[0]!.data;
    expect(data.reduce((s, d) => s + d.value, 0)).toBe(60);
  });

  it("escapes dimension and indicator names in the tooltip's HTML", () => {
    const named = contributions.map((x) => ({ ...x, nameEn: x.code === "input" ? "<b>R&D</b>" : x.nameEn }));
    const formatter = (buildContributionOption(named, (x) => x.nameEn, "Contribution").tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe("&lt;b&gt;R&amp;D&lt;/b&gt; · x1<br/>Contribution: 12.00");
  });
});
