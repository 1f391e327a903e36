/** The extractor on short texts written for these tests (none from the seeds), one behaviour per case. */
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";

const PLAN_TITLE = "某市数字经济发展规划(2026—2030年)\n";

function pick(text: string, opts = {}) {
  return extractStatements(text, opts).map((s) => ({
    type: s.type, value: s.value, ...(s.value_max !== undefined ? { value_max: s.value_max } : {}),
    unit: s.unit, comparator: s.comparator, kind: s.kind, year: s.year, quote: text.slice(s.start, s.end),
  }));
}

describe("extractStatements on texts it has not seen", () => {
  it("reads a plan's goals as targets for the period end", () => {
    const text = PLAN_TITLE + "到2030年，全市高新技术企业超过1.2万家，数字经济核心产业增加值占地区生产总值的比重达到12%，新增上市企业20家以上。\n";
    expect(pick(text)).toEqual([
      expect.objectContaining({ type: "target", value: 12000, unit: "家", comparator: ">", kind: "level", year: 2030 }),
      expect.objectContaining({ type: "target", value: 12, unit: "%", comparator: ">=", kind: "level", year: 2030 }),
      expect.objectContaining({ type: "target", value: 20, unit: "家", comparator: ">=", kind: "increment", year: 2030 }),
    ]);
  });

  it("reads a report's figures as actuals of the year it names", () => {
    const text = "2024年，全市技术合同成交额1020亿元、增长18%，研发人员数量突破30万人，各类活动300余场。\n";
    expect(pick(text)).toEqual([
      expect.objectContaining({ type: "actual", value: 102000000000, unit: "元", comparator: "=", kind: "level", year: 2024 }),
      expect.objectContaining({ type: "actual", value: 18, unit: "%", comparator: "=", kind: "growth", year: 2024 }),
      expect.objectContaining({ type: "actual", value: 300000, unit: "人", comparator: ">", kind: "level", year: 2024 }),
      expect.objectContaining({ type: "actual", value: 300, unit: "场", comparator: ">", kind: "level", year: 2024 }),
    ]);
  });

  it("reads a report's aims as targets", () => {
    const text = "2024年，全市新增高新技术企业1200家。2025年，力争新增高新技术企业1500家。\n";
    expect(pick(text).map((s) => [s.type, s.year, s.value])).toEqual([["actual", 2024, 1200], ["target", 2025, 1500]]);
  });

  it("uses the document date for a report that names no year", () => {
    const text = "经研究，两地共同建设产业园区12个，累计引进人才1.5万余名。\n";
    expect(pick(text, { documentDate: "2025-03-01" }).map((s) => s.year)).toEqual([2025, 2025]);
  });

  it("shares one verb among joined figures and reads ranges, bounds and baselines", () => {
    const text = PLAN_TITLE + "两类企业数量分别超过800家和3000家。新建2—3所高校。通勤时间控制在45分钟以内。货运能力由3万吨增至5万吨。\n";
    const got = pick(text);
    expect(got.map((s) => [s.value, s.comparator])).toEqual([[800, ">"], [3000, ">"], [2, "="], [45, "<="], [50000, ">="]]);
    expect(got[2]).toMatchObject({ value_max: 3, unit: "所", kind: "increment" });
    expect(extractStatements(text).at(-1)).toMatchObject({ baseline_value: 30000 });
  });

  it("splits a multiple over its subjects", () => {
    const text = PLAN_TITLE + "专利授权量和技术交易额均实现翻番。\n";
    expect(pick(text).map((s) => [s.kind, s.value, s.quote])).toEqual([
      ["multiple", 2, "专利授权量和技术交易额均实现翻番"],
      ["multiple", 2, "技术交易额均实现翻番"],
    ]);
    const both = PLAN_TITLE + "规上企业和小微企业实现双倍增。\n";
    expect(extractStatements(both).map((s) => s.indicator)).toEqual(["规上企业", "小微企业"]);
  });

  it("leaves out names, titles, ordinals, list counts and locations", () => {
    const text = PLAN_TITLE +
      "落实《某某行动方案(2023—2025年)》，实施“双倍增”行动和“5+3”工程，举办第五届大会，" +
      "推动甲园、乙园、丙园等3个园区转型，在50平方公里范围内布局，建设5G基站，以2个基地为支撑。\n";
    expect(pick(text)).toEqual([]);
  });

  it("reads per-year and cumulative figures", () => {
    const text = PLAN_TITLE + "每年举办对接活动500场次以上，累计培育企业2000家。\n";
    const got = extractStatements(text);
    expect(got[0]).toMatchObject({ per_year: true, kind: "increment", value: 500 });
    expect(got[1]).toMatchObject({ cumulative: true, kind: "increment", value: 2000 });
  });

  it("reads full-width figures, thousands separators and 百分点", () => {
    const text = PLAN_TITLE + "到2030年，孵化器达到１２０家，企业数量超过1,500家，研发投入强度提高0.5百分点。\n";
    expect(pick(text).map((s) => [s.value, s.unit, s.kind])).toEqual([[120, "家", "level"], [1500, "家", "level"], [0.5, "个百分点", "growth"]]);
    expect(pick(text)[0]!.quote).toBe("孵化器达到１２０家");
  });

  it("reads better-lower indicators as upper bounds, except a rate of decrease", () => {
    const text = PLAN_TITLE + "PM2.5年均浓度35微克/立方米，单位地区生产总值能耗下降13.5%，万元产值用水量降至12立方米。\n";
    expect(pick(text).map((s) => [s.value, s.unit, s.comparator, s.kind])).toEqual([
      [35, "微克/立方米", "<=", "level"],
      [13.5, "%", ">=", "growth"],
      [12, "立方米", "<=", "level"],
    ]);
  });

  it("separates the place or body a share or intensity is about", () => {
    const text = PLAN_TITLE + "到2030年，市属国有企业研发投入强度不低于3%，某某高新区高技术产业产值占比超过60%。\n";
    expect(extractStatements(text).map((s) => [s.scope, s.indicator])).toEqual([
      ["市属国有企业", "研发投入强度"],
      ["某某高新区", "高技术产业产值占比"],
    ]);
  });

  it("keeps offsets of the text as given", () => {
    const text = PLAN_TITLE + "到2030年，孵化器达到80家。\n";
    const [s] = extractStatements(text);
    expect(text.slice(s!.start, s!.end)).toBe("孵化器达到80家");
  });

  it("gives a figure compared with a base year the indicator before it, not the base", () => {
    const text = "2025年，全市数字经济投入强度3.2%、比2020年提高了0.8个百分点。\n";
    expect(extractStatements(text).map((s) => [s.value, s.indicator])).toEqual([
      [3.2, "数字经济投入强度"],
      [0.8, "数字经济投入强度"],
    ]);
  });

  it("reads 第一 as a rank only with 位 or 名, other ranks in words as they stand", () => {
    const text = "2025年，某某产业规模稳居中部第一，软件收入升至全国第三，数字指数保持全国第一位。\n";
    expect(pick(text).map((s) => [s.value, s.unit, s.quote.slice(-4)])).toEqual([
      [3, "位", "全国第三"],
      [1, "位", "国第一位"],
    ]);
  });
});
