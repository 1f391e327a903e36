import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProgress } from "../monitoring/index.ts";
import type { TargetSpec } from "../targets/target.ts";
import { applySentenceEdits, buildReportModel, sentencesOf, type ReportInput, type ReportModel, type ReportTarget } from "./index.ts";

let nextId = 1;
/** A report target whose progress comes from core/monitoring, as the plan progress service gives it. */
function target(name: string, spec: Omit<TargetSpec, "perYear" | "cumulative"> & Partial<TargetSpec>, observations: { year: number; value: number }[], unit = "%", scale = 1): ReportTarget {
  const progress = computeProgress({ indicator: { measure: unit === "%" ? "share" : "count" }, target: spec, observations });
  return {
    targetId: nextId++,
    indicator: name,
    indicatorEn: `${name} (en)`,
    unit,
    displayUnit: unit,
    displayScale: scale,
    decimals: 2,
    placeCode: "500000",
    attribute: spec.attribute ?? null,
    baseline: spec.baseline ?? null,
    target: { value: spec.value, valueMax: spec.valueMax ?? null, year: spec.targetYear, comparator: spec.comparator, kind: spec.kind },
    latest: progress.latest,
    status: progress.status,
    requiredAnnualGrowth: progress.requiredAnnualGrowth,
    realisedAnnualGrowth: progress.realisedAnnualGrowth,
    projection: progress.projection,
    growthBasis: progress.growthBasis,
    completion: progress.completion,
    realisedVsRequired: progress.realisedVsRequired,
    targetLevel: progress.targetLevel,
    observations,
    path: progress.path,
    source: { file: "plan.txt", start: 10, end: 20, quote: `${name}目标` },
  };
}

const plan = { code: "p", titleZh: "测试规划", titleEn: "Test Plan", docNumber: "测发〔2022〕1号", issuer: "测试市人民政府", periodStart: 2021, periodEnd: 2025 };
const base = { baseline: { year: 2020, value: 2 }, targetYear: 2025, kind: "level" as const, comparator: ">=" as const };
const targets = () => [
  target("甲指标", { ...base, value: 2.5 }, [{ year: 2023, value: 2.6 }]),
  target("乙指标", { ...base, value: 3, attribute: "binding" }, [{ year: 2023, value: 2.1 }]),
  target("丙指标", { ...base, value: 2.4 }, [{ year: 2023, value: 2.3 }]),
  target("丁指标", { ...base, value: 2.4 }, []),
  target("戊指标", { kind: "multiple", comparator: ">=", value: 2, targetYear: 2025 }, [{ year: 2023, value: 5 }], "家"),
];
const input = (over: Partial<ReportInput> = {}): ReportInput => ({ plan, date: "2026-06-30", lang: "zh", targets: targets(), placeNames: { "500000": "测试市" }, latestSources: {}, baselineSources: {}, rankings: [], ...over });
const text = (m: ReportModel) => m.blocks.map((b) => (b.type === "heading" ? b.text : b.type === "paragraph" ? b.sentences.map((s) => s.text).join("") : b.type === "table" ? [b.caption, ...b.columns, ...b.rows.flat()].join(" ") : b.caption)).join("\n");
const tableOf = (m: ReportModel, id: string) => m.blocks.find((b) => b.type === "table" && b.id === id) as Extract<ReportModel["blocks"][number], { type: "table" }>;

describe("evaluation report model", () => {
  it("shows a growth-rate target's completion as the dashboard does: realised over target rate, marked", () => {
    // 年均增长10%, realised 10 % a year over 2020–2023: on track, and its completion reads 100 %, not the 60 % of the period gone.
    const growth = target("研发经费", { kind: "growth", comparator: ">=", value: 10, baseline: { year: 2020, value: 100 }, targetYear: 2025 }, [{ year: 2021, value: 110 }, { year: 2022, value: 121 }, { year: 2023, value: 133.1 }], "亿元");
    expect(growth.status).toBe("on_track");
    const model = buildReportModel(input({ targets: [growth] }));
    const row = tableOf(model, "indicators").rows[0]!;
    expect(row).toContain("100%（增速达成）");
    expect(buildReportModel(input({ targets: [growth], lang: "en" })).blocks.some((b) => b.type === "table" && b.rows.flat().includes("100% (growth rate vs target)"))).toBe(true);
  });

  it("is a final evaluation after the period and a mid-term one inside it", () => {
    expect(buildReportModel(input()).kind).toBe("final");
    expect(buildReportModel(input()).title).toBe("《测试规划》总结评估报告");
    const mid = buildReportModel(input({ date: "2023-09-01" }));
    expect(mid.kind).toBe("midterm");
    expect(mid.title).toContain("中期评估");
    expect(mid.docNumberLine).toBe("评估对象：测发〔2022〕1号　评估时点：2023年9月1日");
  });

  it("puts binding targets first and gives every target a table row with its status, a sentence and a chart", () => {
    const ts = targets();
    const m = buildReportModel(input({ targets: ts }));
    const rows = tableOf(m, "indicators").rows;
    expect(rows[0]?.[1]).toContain("乙指标");
    expect(rows[0]?.[2]).toBe("约束性");
    const statusText = { achieved: "已完成", on_track: "进展顺利", at_risk: "存在风险", off_track: "进度滞后", no_data: "暂无数据" };
    for (const t of ts) {
      const row = rows.find((r) => r[1]?.startsWith(t.indicator));
      expect(row?.[7]).toBe(statusText[t.status]);
      expect(sentencesOf(m).some((s) => s.id === `progress.${t.targetId}` && s.text.startsWith(t.indicator))).toBe(true);
      expect(m.blocks.some((b) => b.type === "chart" && b.target.targetId === t.targetId)).toBe(true);
    }
  });

  it("says what a lagging target would take and who should report what is missing", () => {
    const ts = targets();
    const m = buildReportModel(input({ targets: ts }));
    const behind = ts.find((t) => t.indicator === "乙指标")!;
    expect(behind.status).toBe("off_track");
    const lag = sentencesOf(m).find((s) => s.id === `lagging.${behind.targetId}`)!;
    // A share grows linearly: (3 − 2.1) / 2 points a year from the 2023 figure.
    expect(lag.text).toBe("乙指标：要在2025年实现≥3%，自2023年的2.1%起，今后2年需年均增长0.45个百分点/年，而基期以来实际年均增长0.03个百分点/年。");
    const missing = ts.find((t) => t.indicator === "丁指标")!;
    expect(sentencesOf(m).find((s) => s.id === `missing.${missing.targetId}`)?.text).toBe("丁指标：缺少2021—2025年数据，请测试市填报员通过创新报表报送，经审核后纳入评估。");
    const multiple = ts.find((t) => t.indicator === "戊指标")!;
    expect(sentencesOf(m).find((s) => s.id === `missing.${multiple.targetId}`)?.text).toContain("需补充基期值");
  });

  it("lists every figure's source: the plan's span, or who reported and approved it", () => {
    const ts = targets();
    const first = ts[0]!;
    const m = buildReportModel(input({ targets: ts, latestSources: { [first.targetId]: { file: null, start: null, end: null, quote: null, reporter: "沙坪坝区填报员", approver: "规划处" } } }));
    const rows = tableOf(m, "sources").rows;
    expect(rows.some((r) => r[1] === "甲指标" && r[2] === "最新值" && r[4] === "填报：沙坪坝区填报员；审核：规划处")).toBe(true);
    expect(rows.some((r) => r[1] === "甲指标" && r[2] === "目标值" && r[4] === "plan.txt第10—20字：“甲指标目标”")).toBe(true);
  });

  it("adds the rankings with whole-rank intervals only when the plan has an index", () => {
    expect(text(buildReportModel(input()))).not.toContain("四、排名");
    const rankings = [{ nameZh: "区县创新活跃指数", nameEn: "District index", year: 2024, sample: true, replications: 500, rows: [{ name: "乙区", rank: 2, score: 60, low: 1.9500000000000001, high: 4.05 }, { name: "甲区", rank: 1, score: 70.26, low: 1, high: 1 }] }];
    const m = buildReportModel(input({ rankings }));
    expect(text(m)).toContain("四、排名");
    expect(tableOf(m, "ranking.0").rows).toEqual([["1", "甲区", "70.3", "1"], ["2", "乙区", "60", "2–4"]]);
    expect(sentencesOf(m).find((s) => s.id === "ranking.0")?.text).toContain("示例数据");
  });

  it("writes English when asked, with no Chinese left in the sentences of Latin-named targets", () => {
    const m = buildReportModel(input({ lang: "en", placeNames: { "500000": "Test City" }, targets: targets().map((t) => ({ ...t, indicatorEn: "Indicator", displayUnit: "%" })) }));
    expect(m.title).toBe("Final evaluation of the Test Plan");
    for (const s of sentencesOf(m).filter((s) => !s.id.startsWith("overview"))) expect(s.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("applies edited sentences by id and reports unknown ids", () => {
    const m = buildReportModel(input());
    const { model, unknown } = applySentenceEdits(m, { "overview.counts": "  改写的句子。 ", "nope": "x" });
    expect(sentencesOf(model).find((s) => s.id === "overview.counts")?.text).toBe("改写的句子。");
    expect(unknown).toEqual(["nope"]);
    expect(sentencesOf(model).length).toBe(sentencesOf(m).length);
  });

  it("counts add up to the targets, binding lead, and the same input gives the same words (property)", () => {
    const arb = fc.array(
      fc.record({ binding: fc.boolean(), target: fc.double({ min: 2.1, max: 5, noNaN: true }), obs: fc.option(fc.double({ min: 0.5, max: 6, noNaN: true }), { nil: undefined }) }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const ts = specs.map((s, i) => target(`指标${i}`, { ...base, value: s.target, attribute: s.binding ? "binding" : "expected" }, s.obs === undefined ? [] : [{ year: 2023, value: s.obs }]));
        const m = buildReportModel(input({ targets: ts }));
        const counts = tableOf(m, "counts").rows.at(-1)!;
        expect(counts.slice(1, 6).map(Number).reduce((a, b) => a + b, 0)).toBe(ts.length);
        expect(Number(counts[6])).toBe(ts.length);
        const attrs = tableOf(m, "indicators").rows.map((r) => r[2]);
        expect(attrs.indexOf("预期性") === -1 || attrs.lastIndexOf("约束性") < attrs.indexOf("预期性")).toBe(true);
        expect(buildReportModel(input({ targets: ts }))).toEqual(m);
      }),
      { numRuns: 60 },
    );
  });
});
