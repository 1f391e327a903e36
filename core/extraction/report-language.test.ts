/**
 * Report language on invented sentences: which figures of a report are last year's actuals and which
 * this year's targets, units and quantities a general reader knows, kinds and comparators, and what
 * is not a statement. Properties: a statement keeps its reading among other sentences and with
 * full-width digits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import type { Statement } from "./statement.ts";

const HEAD = "某市政府工作报告\n\n——2031年2月20日在某市第十届人民代表大会第三次会议上\n\n各位代表：\n\n";
/** An invented report of 2031: a review of 2030, then this year's work. */
const report = (review: string, ahead = "全力做好各项工作。") =>
  `${HEAD}一、2030年工作回顾\n\n${review}\n\n二、2031年工作安排\n\n${ahead}\n`;

type Reading = Pick<Statement, "type" | "value" | "unit" | "comparator" | "kind" | "year">;
const reading = (s: Statement): Reading => ({ type: s.type, value: s.value, unit: s.unit, comparator: s.comparator, kind: s.kind, year: s.year });

/** The statement read from `figure` (its first occurrence after `after`): its span ends with the figure or a 以上/左右 after it. */
function statementAt(text: string, figure: string, after = 0): Statement | undefined {
  const at = text.indexOf(figure, after);
  if (at < 0) throw new Error(`not in text: ${figure}`);
  const end = at + figure.length;
  return extractStatements(text).find((s) => s.start <= at && s.end >= end && s.end <= end + 2);
}

describe("a report's figures in time", () => {
  it.each<[string, string, string, Partial<Reading>]>([
    ["review", "全市粮食产量达到86.4亿斤，外贸进出口增长12.5%。", "86.4亿斤", { type: "actual", year: 2030, value: 8.64e9, unit: "斤", kind: "level", comparator: "=" }],
    ["review", "全市粮食产量达到86.4亿斤，外贸进出口增长12.5%。", "12.5%", { type: "actual", year: 2030, kind: "growth" }],
    ["ahead", "全市生产总值增长6%左右，城镇新增就业8万人以上。", "6%", { type: "target", year: 2031, kind: "growth", comparator: "=" }],
    ["ahead", "全市生产总值增长6%左右，城镇新增就业8万人以上。", "8万人", { type: "target", year: 2031, value: 80000, kind: "increment", comparator: ">=" }],
    ["ahead", "拟安排地方政府债券1200亿元。", "1200亿元", { type: "target", year: 2031, value: 1.2e11, unit: "元" }],
    ["ahead", "到2035年，森林覆盖率达到45%。", "45%", { type: "target", year: 2035, comparator: ">=" }],
    ["review", "今年要新建改建乡村公路500公里。", "500公里", { type: "target", year: 2031 }],
    ["ahead", "去年全市研发投入增长15%。", "15%", { type: "actual", year: 2030 }],
  ])("%s: %s (%s)", (part, sentence, figure, expected) => {
    const text = part === "review" ? report(sentence) : report("各项工作稳步推进。", sentence);
    expect(statementAt(text, figure, HEAD.length)).toMatchObject(expected);
  });

  it("reads the report's year from its date line, not from the first year it names", () => {
    const text = report("2018年以来，累计建成公园45个。");
    expect(statementAt(text, "45个")).toMatchObject({ type: "actual", year: 2030 });
  });

  it("does not date figures by a year inside a title broken over lines or a named goal", () => {
    const text = report("认真实施《某市国民经济和社会发展第十五个五年规划和\n2040年远景目标纲要》，全年建成口袋公园12个。落实2035年前碳达峰行动方案，淘汰落后产能60万吨。");
    expect(statementAt(text, "12个")).toMatchObject({ type: "actual", year: 2030 });
    expect(statementAt(text, "60万吨")).toMatchObject({ type: "actual", year: 2030, value: 600000, unit: "吨" });
  });

  it("takes the starting point of a change over five years as an actual of the year before them", () => {
    const text = report("过去五年，全市燃气普及率从82%提高到97%。");
    expect(statementAt(text, "82%")).toMatchObject({ type: "actual", year: 2025, value: 82 });
    expect(statementAt(text, "97%")).toMatchObject({ type: "actual", year: 2030, value: 97, comparator: "=" });
  });

  it("keeps the starting point of a goal as its baseline only", () => {
    const text = report("各项工作稳步推进。", "人均补助标准从每人每年300元提高到360元。");
    expect(statementAt(text, "300元")).toBeUndefined();
    expect(statementAt(text, "360元")).toMatchObject({ type: "target", year: 2031, value: 360, baseline_value: 300 });
  });
});

describe("quantities, kinds and comparators in report language", () => {
  it.each<[string, string, Partial<Reading>]>([
    ["引进外资4.6亿美元。", "4.6亿美元", { value: 4.6e8, unit: "美元" }],
    ["新建养老床位1500张。", "1500张", { value: 1500, unit: "张", kind: "increment" }],
    ["发放消费券分四批完成。", "四批", { value: 4, unit: "批" }],
    ["稳健实施政策，三次下调贷款利率。", "三次", { value: 3, unit: "次" }],
    ["惠及1200多万城乡居民。", "1200多万", { value: 1.2e7, unit: "", comparator: ">" }],
    ["上千万农民工受益。", "上千万", { value: 1e7, unit: "", comparator: ">=" }],
    ["约6500万人次享受优惠。", "6500万人次", { value: 6.5e7, unit: "人次", comparator: "=" }],
    ["财政赤字率控制在2.5%左右。", "2.5%", { comparator: "<=", kind: "level" }],
    ["城镇登记失业率降至4.8%。", "4.8%", { comparator: "=", kind: "level" }],
    ["企业开办审批时限压缩到不超过15个工作日。", "15个工作日", { value: 15, unit: "个工作日", comparator: "<=" }],
    ["平均受教育年限达到11.2年。", "11.2年", { value: 11.2, unit: "年" }],
    ["人均预期寿命提高0.6岁。", "0.6岁", { value: 0.6, unit: "岁", kind: "increment" }],
    ["化工园区数量减少三分之一。", "三分之一", { value: 33.33, unit: "%", kind: "growth" }],
    ["优良天数比例上升2.1个百分点。", "2.1个百分点", { unit: "个百分点", kind: "growth" }],
    ["居民收入价格涨幅稳定在2%左右。", "2%", { kind: "growth", comparator: "=" }],
    ["科研经费五年增长1倍。", "1倍", { value: 2, kind: "multiple" }],
    ["农村公路通车里程增加1.2万公里。", "1.2万公里", { value: 12000, kind: "increment" }],
  ])("%s → %s", (sentence, figure, expected) => {
    expect(statementAt(report(sentence), figure, HEAD.length)).toMatchObject({ type: "actual", year: 2030, ...expected });
  });

  it("gives a figure stated for each of several subjects to each of them", () => {
    const text = report("各项工作稳步推进。", "二氧化硫、氮氧化物排放量要分别下降4%。");
    const found = extractStatements(text).filter((s) => s.value === 4);
    expect(found.map((s) => s.indicator)).toEqual(["二氧化硫", "氮氧化物排放量"]);
    expect(found.every((s) => s.type === "target" && s.kind === "growth" && s.year === 2031)).toBe(true);
  });

  it("reads a present fact as last year's result and a standing action's figure as a goal without a year", () => {
    const text = report("各项工作稳步推进。", "我国有3.1亿老年人，要健全养老服务体系。深入实施农药减量增效行动，推进农膜零增长行动。");
    expect(statementAt(text, "3.1亿")).toMatchObject({ type: "actual", year: 2030, value: 3.1e8 });
    expect(statementAt(text, "零增长")).toMatchObject({ type: "target", year: null, value: 0, kind: "growth", comparator: "<=" });
  });

  it("counts families, not 家, in 万家庭", () => {
    expect(statementAt(report("惠及2900多万家庭。"), "2900多万", HEAD.length)).toMatchObject({ value: 2.9e7, unit: "" });
  });

  it.each([
    ["对年应纳税所得额不到300万元的小微企业减半征收所得税。", "300万元"],
    ["为3岁以下婴幼儿提供普惠托育服务。", "3岁"],
    ["始终把14亿多人民的期盼放在心上。", "14亿"],
    ["全市生产总值每增长1个百分点可带动就业约20万人。", "1个百分点"],
    ["预算内投资撬动社会投资成倍增加。", "倍增"],
  ])("%s: %s is not a statement", (sentence, figure) => {
    expect(statementAt(report(sentence), figure, HEAD.length)).toBeUndefined();
  });
});

/** Sentences without figures or time words, to surround a statement with. */
const FILLER = ["各地区各部门扎实工作。", "改革开放不断深化。", "我们坚持稳中求进工作总基调。", "人民生活持续改善。", "营商环境进一步优化。", "社会大局保持稳定。"];
const CASES: [string, string][] = [
  ["全市粮食产量达到86.4亿斤。", "86.4亿斤"],
  ["城镇新增就业12.5万人。", "12.5万人"],
  ["外贸进出口增长9.7%。", "9.7%"],
  ["财政赤字率控制在2.8%以内。", "2.8%"],
  ["新建改建乡村公路1350公里。", "1350公里"],
  ["惠及3600多万城乡居民。", "3600多万"],
];
const fullWidth = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("properties of a statement's reading", () => {
  const fillers = fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }).map((xs) => xs.join(""));
  const section = fc.constantFrom<"review" | "ahead">("review", "ahead");

  it("keeps its reading whatever sentences surround it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fillers, fillers, section, ([sentence, figure], before, after, part) => {
        const wrap = (body: string) => (part === "review" ? report(body) : report("各项工作稳步推进。", body));
        const alone = statementAt(wrap(sentence), figure, HEAD.length);
        const text = wrap(before + sentence + after);
        const embedded = statementAt(text, figure, text.indexOf(sentence));
        expect(alone).toBeDefined();
        expect(reading(embedded!)).toEqual(reading(alone!));
        expect(alone!.type).toBe(part === "review" ? "actual" : "target");
      }),
      { numRuns: 60 },
    );
  });

  it("reads full-width digits as it reads ASCII ones, with the same spans", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fillers, section, ([sentence, figure], before, part) => {
        const body = before + sentence;
        const text = part === "review" ? report(body) : report("各项工作稳步推进。", body);
        const wide = fullWidth(text);
        const strip = (s: Statement[]) => s.map(({ indicator: _i, ...rest }) => rest);
        expect(strip(extractStatements(wide))).toEqual(strip(extractStatements(text)));
        expect(statementAt(wide, fullWidth(figure), HEAD.length)).toBeDefined();
      }),
      { numRuns: 40 },
    );
  });

  it("folds a magnitude into any counted amount in any unit a reader knows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom("斤", "吨", "公斤", "美元", "欧元", "张", "套", "人次"), fc.constantFrom(["万", 1e4], ["亿", 1e8]), (n, unit, [word, scale]) => {
        const figure = `${n}${word}${unit}`;
        const s = statementAt(report(`全年完成采购${figure}。`), figure, HEAD.length);
        expect(s).toMatchObject({ value: n * (scale as number), unit, type: "actual", year: 2030 });
      }),
      { numRuns: 60 },
    );
  });
});
