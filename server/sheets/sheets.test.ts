/**
 * The table exports' sheets: headers in Chinese and English, figures in display units kept as numbers
 * with number formats that round them, CSV with a UTF-8 byte-order mark and the same headers, and
 * text cells neutralised against formula injection.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { TargetProgress } from "../../contract/plans.ts";
import type { ComputeResponse } from "../../contract/indices.ts";
import type { StatementResponse } from "../../contract/review.ts";
import type { RoundOverview } from "../../contract/reporting.ts";
import { formatLikeExcel } from "../spreadsheets/write-spreadsheet.ts";
import { progressSheet } from "./progress.sheet.ts";
import { rankingSheet } from "./ranking.sheet.ts";
import { reviewSheet } from "./review.sheet.ts";
import { roundOverviewSheets } from "./round-overview.sheet.ts";
import { renderTable } from "./sheet-file.ts";

/** 技术合同成交额 145.7 → 1100 亿元 (compound), and R&D intensity 2.11 → 2.6 % (linear, points a year). */
function progress(over: Partial<TargetProgress> = {}): TargetProgress {
  return TargetProgress.parse({
    indicator: "技术合同成交额", unit: "元", baseline: { value: 14_570_000_000, year: 2020 },
    target: { value: 110_000_000_000, valueMax: null, year: 2025, comparator: ">=", kind: "level" },
    latest: { value: 86_510_000_000, year: 2023 }, status: "on_track", requiredAnnualGrowth: 0.12764, realisedAnnualGrowth: 0.81081, projection: 150_012_345_678,
    targetId: 9, indicatorCode: "tech-contract-value", indicatorEn: "Value of technology contracts", placeCode: "500000", displayUnit: "亿元", displayScale: 1e8, decimals: 1,
    attribute: "expected", growthBasis: "compound", completion: 0.753, targetLevel: 110_000_000_000, observations: [], path: [], source: null, reason: "trend",
    needsBaseline: false, projectedCompletion: 1.4, realisedVsRequired: 6.3, realisedRange: null, projectionRange: null, projectionFlags: [], ...over,
  });
}
const rdIntensity = progress({ indicator: "全社会研发经费占地区生产总值的比重", indicatorEn: "R&D intensity", unit: "%", displayUnit: "%", displayScale: 1, decimals: 2, attribute: "binding", growthBasis: "linear", baseline: { value: 2.11, year: 2020 }, latest: { value: 2.45, year: 2023 }, target: { value: 2.6, valueMax: null, year: 2025, comparator: ">=", kind: "level" }, requiredAnnualGrowth: 0.075, realisedAnnualGrowth: 0.1133333, projection: 2.6766667, completion: 1.2, status: "achieved" });
const injected = progress({ indicator: "=HYPERLINK(\"http://evil.example\")", indicatorEn: "+1 evil", latest: null, projection: null, completion: null, status: "no_data", requiredAnnualGrowth: null, realisedAnnualGrowth: null });
const context = { titleZh: "重庆市科技创新“十四五”规划", titleEn: "Chongqing S&T Innovation Plan 2021–2025", asOf: { date: "2026-06-30" } };

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

describe("the progress sheet", () => {
  const rows = [progress(), rdIntensity, injected];

  it("heads the columns in Chinese, titles the plan and date, and freezes title and header", async () => {
    const wb = await workbookOf((await renderTable([progressSheet(rows, context, "zh")], "xlsx", "x")).bytes);
    const ws = wb.getWorksheet("目标进展")!;
    expect(ws.getCell("A1").value).toBe("重庆市科技创新“十四五”规划　目标进展（截至2026年6月30日）");
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(["指标", "属性", "单位", "基期值", "基期年份", "目标", "目标年份", "最新值", "最新值年份", "完成度", "状态", "所需年均增长", "实际年均增长", "目标年预测值", "预测模型"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.getColumn(1).width).toBe(36);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(wb.getWorksheet("说明")).toBeDefined();
  });

  it("keeps figures as numbers in display units, rounded by their formats", async () => {
    const ws = (await workbookOf((await renderTable([progressSheet(rows, context, "zh")], "xlsx", "x")).bytes)).getWorksheet(1)!;
    const row = ws.getRow(3);
    expect(row.getCell(2).value).toBe("预期性");
    expect(row.getCell(3).value).toBe("亿元");
    expect(row.getCell(4).value).toBe(145.7);
    expect(row.getCell(4).numFmt).toBe("#,##0.0");
    expect(row.getCell(5).value).toBe(2020);
    expect(row.getCell(6).value).toBe("≥1,100");
    expect(row.getCell(8).value).toBe(865.1);
    expect(row.getCell(10)).toMatchObject({ value: 0.753, numFmt: "0%" });
    expect(row.getCell(11).value).toBe("进展顺利");
    expect(row.getCell(12)).toMatchObject({ value: 0.12764, numFmt: "0.0%" });
    expect(row.getCell(14)).toMatchObject({ value: 1500.12345678, numFmt: "#,##0.0" });
    expect(row.getCell(15).value).toBe("复合增长");
    const share = ws.getRow(4);
    expect(share.getCell(2).value).toBe("约束性");
    expect(share.getCell(10).value).toBe(1); // completion shown within 0–100 %, as the dashboard's bar
    expect(share.getCell(12)).toMatchObject({ value: 0.075, numFmt: '#,##0.00" 个百分点/年"' });
  });

  it("shows a growth-rate target's completion as the dashboard's bar does: realised over target rate", () => {
    const growth = progress({ target: { value: 10, valueMax: null, year: 2025, comparator: ">", kind: "growth" }, completion: null, realisedVsRequired: 0.8 });
    expect(progressSheet([growth], context, "zh").rows[0]!.completion).toEqual({ value: 0.8, numFmt: "0%" });
  });

  it("speaks English on request", async () => {
    const sheet = progressSheet(rows, context, "en");
    expect(sheet.title).toBe("Chongqing S&T Innovation Plan 2021–2025: progress of targets as of 30 June 2026");
    expect(sheet.columns.map((c) => c.header).slice(0, 4)).toEqual(["Indicator", "Attribute", "Unit", "Baseline"]);
    expect(sheet.rows[0]).toMatchObject({ indicator: "Value of technology contracts", unit: "100m yuan", status: "On track", model: "Compound" });
    expect(sheet.rows[1]!.required).toMatchObject({ numFmt: '#,##0.00" pp/yr"' });
  });

  it("writes CSV with a UTF-8 byte-order mark, the same headers, rounded figures and neutralised text", async () => {
    const file = await renderTable([progressSheet(rows, context, "zh")], "csv", "重庆 规划");
    expect(file.fileName).toBe("重庆_规划.csv");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(file.bytes).split("\r\n");
    expect(lines[0]).toBe("指标,属性,单位,基期值,基期年份,目标,目标年份,最新值,最新值年份,完成度,状态,所需年均增长,实际年均增长,目标年预测值,预测模型");
    expect(lines[1]).toBe('技术合同成交额,预期性,亿元,145.7,2020,"≥1,100",2025,865.1,2023,75%,进展顺利,12.8%,81.1%,1500.1,复合增长');
    expect(lines[2]).toContain(",2.11,2020,≥2.6,2025,2.45,2023,100%,已完成,0.08 个百分点/年,0.11 个百分点/年,2.68,线性");
    expect(lines[3]!.startsWith(`"'=HYPERLINK(""http://evil.example"")"`)).toBe(true);
    const wb = await workbookOf((await renderTable([progressSheet(rows, context, "en")], "xlsx", "x")).bytes);
    expect(wb.getWorksheet(1)!.getCell("A5").value).toBe("'+1 evil");
  });
});

describe("number formats in CSV", () => {
  it("rounds as Excel shows the cell, without thousands separators", () => {
    expect(formatLikeExcel(1234.56, "#,##0.0")).toBe("1234.6");
    expect(formatLikeExcel(0.12764, "0.0%")).toBe("12.8%");
    expect(formatLikeExcel(-0.0001, "#,##0.0")).toBe("0.0");
    expect(formatLikeExcel(5, '#,##0.00" 亿元/年"')).toBe("5.00 亿元/年");
  });
});

const ranking: ComputeResponse = {
  code: "cq-district-innovation", sample: true, source: "dataset", time: 2024, years: [2023, 2024], root: "Index",
  aggregates: [{ code: "Index", nameZh: "创新活跃指数", nameEn: "Innovation index", level: 3 }, { code: "Input", nameZh: "创新投入", nameEn: "Input", level: 2 }, { code: "Output", nameZh: "创新产出", nameEn: "Output", level: 2 }],
  ratios: [{ code: "Eff", nameZh: "创新效率", nameEn: "Efficiency", numerator: "Output", denominator: "Input" }],
  units: [
    { uCode: "500106", uName: "沙坪坝区", score: 71.23456, rank: 1, scores: { Input: 60.5, Output: 80.123, Eff: 1.3243 } },
    { uCode: "500107", uName: "-九龙坡区", score: 50, rank: 2, scores: { Input: 50, Output: null, Eff: null } },
  ],
  missing: [], screenedOut: [],
};

describe("the ranking sheet", () => {
  const intervals = { units: [{ uCode: "500106", uName: "沙坪坝区", nominal: 1, median: 1, mean: 1.2, q5: 1, q95: 2.95, min: 1, max: 3 }], replications: 200, seed: 1 };

  it("heads node columns with their Chinese names, scores with two decimals, whole-rank intervals, sample label", () => {
    const sheet = rankingSheet(ranking, { nameZh: "区县创新活跃指数", nameEn: "District innovation index", intervals }, "zh");
    expect(sheet.title).toBe("区县创新活跃指数　排名（2024年，示例数据（非统计数据））");
    expect(sheet.columns.map((c) => c.header)).toEqual(["排名", "地区代码", "地区", "综合得分", "创新投入", "创新产出", "创新效率", "排名区间下限（5%）", "排名区间上限（95%）", "数据说明"]);
    expect(sheet.rows[0]).toMatchObject({ rank: 1, uName: "沙坪坝区", score: { value: 71.23456, numFmt: "#,##0.00" }, "node:Eff": { value: 1.3243 }, q5: 1, q95: 3, note: "示例数据（非统计数据）" });
    expect(sheet.rows[1]).toMatchObject({ "node:Output": null, note: "示例数据（非统计数据）" });
    expect(sheet.rows[1]!.q5).toBeUndefined();
  });

  it("speaks English, and leaves the interval out when it was not computed", async () => {
    const sheet = rankingSheet(ranking, { nameZh: "区县创新活跃指数", nameEn: "District innovation index", intervals: null }, "en");
    expect(sheet.columns.map((c) => c.header)).toEqual(["Rank", "Code", "Place", "Score", "Input", "Output", "Efficiency", "Data note"]);
    const csv = new TextDecoder().decode((await renderTable([sheet], "csv", "r")).bytes);
    expect(csv.split("\r\n")[1]).toBe("1,500106,沙坪坝区,71.23,60.50,80.12,1.32,sample data, not statistics".replace("sample data, not statistics", '"sample data, not statistics"'));
    expect(csv.split("\r\n")[2]).toContain(",'-九龙坡区,");
  });
});

describe("the review and round-overview sheets", () => {
  const statement: StatementResponse = {
    id: 7, position: 1, type: "target", start: 0, end: 10, quote: "科技型企业超过4.5万家", value: 45000, valueMax: null, unit: "家", comparator: ">", kind: "level", year: 2025,
    perYear: false, cumulative: false, baselineValue: 26371, baselineYear: 2020, scope: null, indicatorText: "@科技型企业", state: "pending", mergedInto: null,
    indicatorCode: "tech-smes", placeCode: null, targetId: null, dataValueId: null,
  };

  it("lists statements with Chinese headers, states and linked indicator names", () => {
    const sheet = reviewSheet([statement], { titleZh: "规划", titleEn: "Plan", date: "2026-12-02", indicatorNames: new Map([["tech-smes", { nameZh: "科技型企业", nameEn: "Tech SMEs" }]]) }, "zh");
    expect(sheet.title).toBe("规划　指标审核清单（导出于2026年12月2日）");
    expect(sheet.columns.map((c) => c.header)).toEqual(["编号", "类型", "状态", "指标（原文）", "关联指标", "比较", "数值", "上限", "单位", "年份", "基期值", "基期年份", "范围", "原文"]);
    expect(sheet.rows[0]).toMatchObject({ type: "目标", state: "待审核", indicator: "科技型企业", comparator: ">", value: 45000, unit: "家" });
    const en = reviewSheet([statement], { titleZh: "规划", titleEn: "Plan", date: "2026-12-02", indicatorNames: new Map() }, "en");
    expect(en.rows[0]).toMatchObject({ type: "Target", state: "Pending", indicator: "tech-smes" });
  });

  it("gives the round's progress per unit with a total row, and the reminders on a second sheet", async () => {
    const unit = { kind: "place" as const, code: "500106", nameZh: "沙坪坝区", nameEn: "Shapingba", expected: 4, draft: 1, returned: 0, submitted: 1, approved: 2, missing: 0, completeness: 0.5, lastSubmittedAt: null, late: true };
    const overview: RoundOverview = {
      round: { id: 1, title: "2025年度创新报表", period: "2025", dueOn: "2026-03-31", status: "open", publishedAt: null, indicatorCount: 4, unitCount: 1, note: null, createdBy: "规划处", createdAt: "2026-01-01T00:00:00Z" },
      asOf: "2026-04-02T12:00:00.000Z", totals: { expected: 4, draft: 1, returned: 0, submitted: 1, approved: 2, missing: 0, completeness: 0.5 }, units: [unit],
      reminders: [{ kind: "place", code: "500106", nameZh: "沙坪坝区", nameEn: "Shapingba", outstanding: 1, daysOverdue: 2 }],
    };
    const [progressTable, reminders] = roundOverviewSheets(overview, "zh");
    expect(progressTable!.columns.map((c) => c.header)).toEqual(["地区/单位", "代码", "应填项数", "已通过", "待审核", "草稿", "已退回", "未填", "完成率", "最后提交时间", "逾期"]);
    expect(progressTable!.rows).toEqual([
      expect.objectContaining({ unit: "沙坪坝区", approved: 2, submitted: 1, completeness: { value: 0.5, numFmt: "0%" }, late: "是" }),
      expect.objectContaining({ unit: "合计", expected: 4 }),
    ]);
    expect(reminders!.rows).toEqual([{ unit: "沙坪坝区", code: "500106", outstanding: 1, daysOverdue: 2 }]);
    const wb = await workbookOf((await renderTable(roundOverviewSheets(overview, "en"), "xlsx", "r")).bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Progress", "Reminders"]);
    expect(wb.getWorksheet("Progress")!.getCell("I3")).toMatchObject({ value: 0.5, numFmt: "0%" });
  });
});
