/**
 * The report's sentence templates, one function per sentence in zh-CN and English, filled only with
 * figures already formatted: the narrative is deterministic and reviewable, and the same input always
 * gives the same words.
 */
import type { Status } from "../monitoring/schema.ts";
import type { ReportKind, ReportLang } from "./schema.ts";

/** Figures of one target, formatted, that the sentences quote. */
export interface TargetWords {
  name: string;
  target: string;
  targetYear: number;
  latest: string | null;
  latestYear: number | null;
  baseline: string | null;
  baselineYear: number | null;
  realised: string | null;
  required: string | null;
  projection: string | null;
  completion: string | null;
  yearsLeft: number | null;
  place: string;
}

export interface Counts {
  total: number;
  byStatus: Record<Status, number>;
}

export interface Phrases {
  title(planTitle: string, kind: ReportKind): string;
  docNumberLine(docNumber: string | null, date: string): string;
  headings: { overview: string; table: string; details: string; countsTable: string; indicatorTable: string; lagging: string; laggingBehind: string; laggingMissing: string; ranking: string; appendix: string };
  scope(planTitle: string, docNumber: string | null, start: number, end: number, targets: number, kind: ReportKind, date: string, latestYears: [number, number] | null): string;
  counts(date: string, c: Counts, status: Record<Status, string>): string;
  attributes(binding: Counts | null, expected: number, status: Record<Status, string>): string;
  achieved(w: TargetWords): string;
  trend(w: TargetWords, status: "on_track" | "at_risk" | "off_track"): string;
  deadlineMissed(w: TargetWords): string;
  noObservation(w: TargetWords): string;
  noTargetLevel(w: TargetWords): string;
  noTrend(w: TargetWords): string;
  behind(w: TargetWords): string;
  behindAfterDeadline(w: TargetWords): string;
  missingObservation(w: TargetWords, years: string): string;
  missingBaseline(w: TargetWords): string;
  laggingNone(): string;
  missingNone(): string;
  ranking(name: string, year: number | null, units: number, replications: number, top: string[], sample: boolean): string;
  chartCaption(n: number, name: string): string;
  tableCaption(n: number, what: string): string;
  captions: { counts: string; indicators: string; sources: string };
  /** After a growth-rate target's completion, which is its realised over its target rate. */
  rateMark: string;
  columns: { no: string; indicator: string; attribute: string; baseline: string; target: string; latest: string; completion: string; status: string; required: string; realised: string; total: string; rank: string; place: string; score: string; interval: string; figure: string; value: string; source: string };
  figureKinds: { target: string; baseline: string; latest: string };
  sourceSpan(file: string | null, start: number | null, end: number | null, quote: string): string;
  sourcePeople(reporter: string | null, approver: string | null): string;
  sourceUnknown: string;
  yearOf(value: string, year: number): string;
  sampleLabel(name: string): string;
}

const zhList = (items: string[]) => items.join("、");
const enList = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

export const zh: Phrases = {
  title: (t, kind) => `《${t}》${kind === "final" ? "总结评估报告" : "中期评估报告"}`,
  docNumberLine: (doc, date) => `${doc ? `评估对象：${doc}　` : ""}评估时点：${date}`,
  headings: { overview: "一、总体情况", table: "二、指标完成情况", details: "（二）分指标情况", countsTable: "（一）指标状态统计", indicatorTable: "（一）主要指标完成情况表", lagging: "三、滞后指标", laggingBehind: "（一）进度滞后和存在风险的指标", laggingMissing: "（二）缺少数据的指标", ranking: "四、排名", appendix: "附录　数据来源" },
  scope: (t, doc, s, e, n, kind, date, years) =>
    `《${t}》${doc ? `（${doc}）` : ""}规划期为${s}—${e}年，共设主要指标${n}项。` +
    (kind === "final" ? `规划期已结束，现依据截至${date}已审核的数据进行总结评估。` : `规划实施已过半程，现依据截至${date}已审核的数据进行中期评估。`) +
    (years ? `最新数据年份为${years[0] === years[1] ? `${years[0]}年` : `${years[0]}—${years[1]}年`}。` : "目前尚无规划期内的已审核数据。"),
  counts: (date, c, st) =>
    `截至${date}，${c.total}项指标中，${st.achieved}${c.byStatus.achieved}项，${st.on_track}${c.byStatus.on_track}项，${st.at_risk}${c.byStatus.at_risk}项，${st.off_track}${c.byStatus.off_track}项，${st.no_data}${c.byStatus.no_data}项。`,
  attributes: (b, expected, st) =>
    b && b.total > 0
      ? `约束性指标${b.total}项，其中${st.achieved}${b.byStatus.achieved}项、${st.on_track}${b.byStatus.on_track}项、${st.at_risk}${b.byStatus.at_risk}项、${st.off_track}${b.byStatus.off_track}项、${st.no_data}${b.byStatus.no_data}项；预期性及其他指标${expected}项。`
      : `本规划的主要指标均为预期性指标，未设约束性指标。`,
  achieved: (w) => `${w.name}${w.latestYear}年为${w.latest}，已实现${w.targetYear}年${w.target}的目标${w.completion ? `，完成度${w.completion}` : ""}。`,
  trend: (w, s) =>
    `${w.name}${w.latestYear}年为${w.latest}` +
    (w.baseline && w.realised ? `，较${w.baselineYear}年基期值${w.baseline}年均增长${w.realised}` : "") +
    (w.required ? `；实现${w.targetYear}年${w.target}的目标，今后${w.yearsLeft}年需年均增长${w.required}` : `；目标为${w.targetYear}年${w.target}`) +
    (s === "on_track" ? "。按当前趋势可如期完成。" : s === "at_risk" ? `。按当前趋势${w.projection ? `预计${w.targetYear}年达到${w.projection}，` : ""}存在不能如期完成的风险。` : `。按当前趋势${w.projection ? `预计${w.targetYear}年仅达到${w.projection}，` : ""}进度滞后。`),
  deadlineMissed: (w) => `${w.name}目标年${w.latestYear}年为${w.latest}，未达到${w.target}的目标${w.completion ? `，完成度${w.completion}` : ""}。`,
  noObservation: (w) => `${w.name}的目标为${w.targetYear}年${w.target}，${w.baselineYear ? `${w.baselineYear}年以后` : "规划期内"}尚无已审核的数据，暂无法评估。`,
  noTargetLevel: (w) => `${w.name}的目标为${w.target}，但规划未给出基期值，需补充基期值后方可评估。`,
  noTrend: (w) => `${w.name}${w.latestYear}年为${w.latest}，目标为${w.targetYear}年${w.target}；因缺少可比的基期值，无法测算趋势。`,
  behind: (w) => `${w.name}：要在${w.targetYear}年实现${w.target}，自${w.latestYear}年的${w.latest}起，今后${w.yearsLeft}年需年均增长${w.required ?? "—"}${w.realised ? `，而基期以来实际年均增长${w.realised}` : ""}。`,
  behindAfterDeadline: (w) => `${w.name}：目标年已到，${w.latestYear}年为${w.latest}，未达到${w.target}，需在后续工作中继续推进。`,
  missingObservation: (w, years) => `${w.name}：缺少${years}年数据，请${w.place}填报员通过创新报表报送，经审核后纳入评估。`,
  missingBaseline: (w) => `${w.name}：目标以基期为参照（${w.target}），需补充基期值；请${w.place}填报员报送基期年数据，或由规划处在目标中补录。`,
  laggingNone: () => "各项指标均无进度滞后或存在风险的情况。",
  missingNone: () => "各项指标均有可评估的数据。",
  ranking: (name, year, n, reps, top, sample) =>
    `${name}${year ? `按${year}年数据` : ""}对${n}个单位排名，前三名为${zhList(top)}。排名区间为${reps}次蒙特卡洛模拟中第5至第95百分位的名次范围，已取整。` + (sample ? "本排名基于示例数据，不是统计数据。" : ""),
  chartCaption: (n, name) => `图${n}　${name}`,
  tableCaption: (n, what) => `表${n}　${what}`,
  captions: { counts: "指标状态统计", indicators: "主要指标完成情况", sources: "数据来源" },
  rateMark: "（增速达成）",
  columns: { no: "序号", indicator: "指标", attribute: "属性", baseline: "基期值", target: "目标值", latest: "最新值（年份）", completion: "完成度", status: "状态", required: "所需年均增速", realised: "实际年均增速", total: "合计", rank: "名次", place: "单位", score: "得分", interval: "排名区间", figure: "数据项", value: "数值", source: "来源" },
  figureKinds: { target: "目标值", baseline: "基期值", latest: "最新值" },
  sourceSpan: (file, start, end, quote) => `${file ?? "规划文本"}${start !== null && end !== null ? `第${start}—${end}字` : ""}：“${quote}”`,
  sourcePeople: (r, a) => `填报：${r ?? "—"}；审核：${a ?? "—"}`,
  sourceUnknown: "—",
  yearOf: (v, y) => `${v}（${y}年）`,
  sampleLabel: (name) => `${name}（示例数据）`,
};

export const en: Phrases = {
  title: (t, kind) => `${kind === "final" ? "Final evaluation" : "Mid-term evaluation"} of the ${t}`,
  docNumberLine: (doc, date) => `${doc ? `Plan: ${doc}   ` : ""}Evaluated as of ${date}`,
  headings: { overview: "1. Overview", table: "2. Targets", details: "2.2 Target by target", countsTable: "1.1 Status counts", indicatorTable: "2.1 Main indicators", lagging: "3. Lagging targets", laggingBehind: "3.1 Off track and at risk", laggingMissing: "3.2 Missing data", ranking: "4. Rankings", appendix: "Appendix: sources" },
  scope: (t, doc, s, e, n, kind, date, years) =>
    `The ${t}${doc ? ` (${doc})` : ""} runs from ${s} to ${e} with ${n} main targets. ` +
    (kind === "final" ? `The period has ended; this final evaluation uses the figures approved by ${date}. ` : `The plan is under way; this mid-term evaluation uses the figures approved by ${date}. `) +
    (years ? `The latest figures are for ${years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`}.` : "No approved figure for the period exists yet."),
  counts: (date, c, st) =>
    `As of ${date}, of ${c.total} targets ${c.byStatus.achieved} are ${st.achieved.toLowerCase()}, ${c.byStatus.on_track} ${st.on_track.toLowerCase()}, ${c.byStatus.at_risk} ${st.at_risk.toLowerCase()}, ${c.byStatus.off_track} ${st.off_track.toLowerCase()} and ${c.byStatus.no_data} without data.`,
  attributes: (b, expected, st) =>
    b && b.total > 0
      ? `Of the ${b.total} binding targets, ${b.byStatus.achieved} are ${st.achieved.toLowerCase()}, ${b.byStatus.on_track} ${st.on_track.toLowerCase()}, ${b.byStatus.at_risk} ${st.at_risk.toLowerCase()}, ${b.byStatus.off_track} ${st.off_track.toLowerCase()} and ${b.byStatus.no_data} without data; ${expected} targets are expected or not stated.`
      : "All main targets of the plan are expected (guiding) targets; it sets no binding target.",
  achieved: (w) => `${w.name} reached ${w.latest} in ${w.latestYear}, meeting the ${w.targetYear} target of ${w.target}${w.completion ? ` (completion ${w.completion})` : ""}.`,
  trend: (w, s) =>
    `${w.name} was ${w.latest} in ${w.latestYear}` +
    (w.baseline && w.realised ? `, growing ${w.realised} a year from ${w.baseline} in ${w.baselineYear}` : "") +
    (w.required ? `; meeting the ${w.targetYear} target of ${w.target} takes ${w.required} a year over the next ${w.yearsLeft} years` : `; the target is ${w.target} by ${w.targetYear}`) +
    (s === "on_track" ? ". On the current trend it will be met on time." : s === "at_risk" ? `. On the current trend ${w.projection ? `it reaches ${w.projection} in ${w.targetYear} and ` : ""}may miss the target.` : `. On the current trend ${w.projection ? `it reaches only ${w.projection} in ${w.targetYear} and ` : ""}falls behind.`),
  deadlineMissed: (w) => `${w.name} was ${w.latest} in its target year ${w.latestYear}, short of the target of ${w.target}${w.completion ? ` (completion ${w.completion})` : ""}.`,
  noObservation: (w) => `${w.name} (target ${w.target} by ${w.targetYear}) has no approved figure ${w.baselineYear ? `after ${w.baselineYear}` : "in the period"} and cannot be assessed yet.`,
  noTargetLevel: (w) => `${w.name}'s target (${w.target}) is relative to a baseline the plan does not state; the baseline must be supplied before it can be assessed.`,
  noTrend: (w) => `${w.name} was ${w.latest} in ${w.latestYear} (target ${w.target} by ${w.targetYear}); without a comparable baseline no trend can be measured.`,
  behind: (w) => `${w.name}: reaching ${w.target} by ${w.targetYear} from ${w.latest} in ${w.latestYear} takes ${w.required ?? "—"} a year over the next ${w.yearsLeft} years${w.realised ? `, against ${w.realised} a year realised since the baseline` : ""}.`,
  behindAfterDeadline: (w) => `${w.name}: the target year has come; at ${w.latest} in ${w.latestYear} it falls short of ${w.target} and needs continued work.`,
  missingObservation: (w, years) => `${w.name}: figures for ${years} are missing; ${w.place}'s reporter should submit them through the reporting rounds for review.`,
  missingBaseline: (w) => `${w.name}: the target (${w.target}) is relative to a baseline that must be supplied; ${w.place}'s reporter should submit the base-year figure, or the plan office add it to the target.`,
  laggingNone: () => "No target is off track or at risk.",
  missingNone: () => "Every target has figures to assess.",
  ranking: (name, year, n, reps, top, sample) =>
    `The ${name} ranks ${n} units${year ? ` on ${year} data` : ""}; the top three are ${enList(top)}. Rank intervals are the 5th to 95th percentile ranks over ${reps} Monte Carlo runs, rounded to whole ranks.` + (sample ? " This ranking uses sample data, not statistics." : ""),
  chartCaption: (n, name) => `Figure ${n}. ${name}`,
  tableCaption: (n, what) => `Table ${n}. ${what}`,
  captions: { counts: "Status counts", indicators: "Main indicators", sources: "Sources" },
  rateMark: " (growth rate vs target)",
  columns: { no: "No.", indicator: "Indicator", attribute: "Attribute", baseline: "Baseline", target: "Target", latest: "Latest (year)", completion: "Completion", status: "Status", required: "Required growth", realised: "Realised growth", total: "Total", rank: "Rank", place: "Unit", score: "Score", interval: "Rank interval", figure: "Figure", value: "Value", source: "Source" },
  figureKinds: { target: "Target", baseline: "Baseline", latest: "Latest" },
  sourceSpan: (file, start, end, quote) => `${file ?? "plan text"}${start !== null && end !== null ? `, characters ${start}–${end}` : ""}: “${quote}”`,
  sourcePeople: (r, a) => `reported by ${r ?? "—"}; approved by ${a ?? "—"}`,
  sourceUnknown: "—",
  yearOf: (v, y) => `${v} (${y})`,
  sampleLabel: (name) => `${name} (sample data)`,
};

export const PHRASES: Record<ReportLang, Phrases> = { zh, en };
