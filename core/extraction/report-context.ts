/**
 * Time context in a report (政府工作报告, 年度工作报告): a report reviews the year before its own
 * (and sometimes a longer term: 过去五年) and sets the goals of its own year. Its parts say which is
 * which ("一、2021年工作回顾", "二、2022年经济社会发展总体要求", "“十三五”时期主要目标"); a sentence
 * can turn to this year (今年) or last year (去年), and a year marker (到2025年, 2030年前) places
 * the rest of its sentence. A year named in a title (《…2035年远景目标纲要》, even broken over
 * lines), in a named goal (2030年前碳达峰行动) or after 以来/比 places nothing.
 */
import lexicon from "./lexicon/report-time.json" with { type: "json" };
import { matchHeading } from "../outline/heading.ts";
import { parseChineseNumeral } from "../units/chinese-numerals.ts";
import { fiveYearPlanPeriod } from "./plan-period.ts";
import { lastStartingBy, type TimeContext } from "./temporal-context.ts";

const anyOf = (words: readonly string[]): RegExp => new RegExp(words.join("|"));
const REVIEW_HEADING = anyOf(lexicon.reviewHeading);
const AHEAD_HEADING = anyOf(lexicon.aheadHeading);
const FIVE_YEAR_HEADING = anyOf(lexicon.fiveYearHeading);
const THIS_YEAR = anyOf(lexicon.thisYear);
const LAST_YEAR = new RegExp(`(?<!${lexicon.comparisonBefore.join("|")})(?:${lexicon.lastYear.join("|")})`);
const NAMED_GOAL = anyOf(lexicon.namedGoalAfterYear);
const SPANS = Object.entries(lexicon.reviewSpans) as [string, number][];
const SPAN_AT_START = new RegExp(`^[^，。]{0,4}(${SPANS.map(([w]) => w).join("|")})`);

const FIVE_YEAR_ORDINAL = /十([一二三四五六七八九])五/;
const YEAR_IN_HEADING = /((?:19|20)\d{2})年/;
const YEAR_MARK = /(到|至|截至|截止到?)?((?:19|20)\d{2})年(前|底|末|以前)?/g;
/** How far back a 《 may open a title that a line break splits. */
const TITLE_REACH = 120;

function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

/** The context a part heading sets, or null when its title says nothing about time. */
function headingContext(title: string, reportYear: number): TimeContext | null {
  const ordinal = FIVE_YEAR_ORDINAL.exec(title);
  const period = ordinal ? fiveYearPlanPeriod(10 + (parseChineseNumeral(ordinal[1]!) ?? 0)) : null;
  if (period) return REVIEW_HEADING.test(title) ? { type: "actual", year: period.end } : { type: "target", year: period.end };
  if (FIVE_YEAR_HEADING.test(title)) return { type: "target", year: reportYear + 4 };
  const year = YEAR_IN_HEADING.exec(title);
  if (year) {
    const y = Number(year[1]);
    return y < reportYear ? { type: "actual", year: y } : { type: "target", year: y };
  }
  if (REVIEW_HEADING.test(title)) return { type: "actual", year: reportYear - 1 };
  if (AHEAD_HEADING.test(title)) return { type: "target", year: reportYear };
  return null;
}

/** Year markers in a sentence that place what follows them, with their offsets in `text`. */
function yearMarkers(text: string, start: number, end: number, reportYear: number): { at: number; context: TimeContext }[] {
  const out: { at: number; context: TimeContext }[] = [];
  const sentence = text.slice(start, end);
  for (const m of sentence.matchAll(YEAR_MARK)) {
    const at = start + m.index!;
    const [, prefix, yearText, suffix] = m;
    const after = text.slice(at + m[0].length, at + m[0].length + 14);
    const before = text[at - 1] ?? "";
    if (/^[月度\d—–\-~～]|^以来|^来/.test(after) || /[—–\-~～比较从由于]/.test(before) || insideTitle(text, at)) continue;
    const year = Number(yearText);
    // "2030年前碳达峰行动", "2035年远景目标": the year names a goal, it does not date the sentence.
    if (!/^[，,]/.test(after) && NAMED_GOAL.test(after.split(/[，,。；]/)[0] ?? "")) continue;
    let context: TimeContext;
    if (prefix || suffix === "前" || suffix === "以前") {
      context = suffix === "前" || suffix === "以前" || year >= reportYear ? { type: "target", year } : { type: "actual", year };
    } else if (suffix || /^[，,是]/.test(after)) {
      context = year < reportYear ? { type: "actual", year } : { type: "target", year };
    } else continue;
    out.push({ at: at + m[0].length, context });
  }
  return out;
}

/** Builds the lookup from offset to time context for a report of `reportYear`. */
export function buildReportContext(text: string, reportYear: number): (offset: number) => TimeContext {
  const review: TimeContext = { type: "actual", year: reportYear - 1 };
  const regions: { start: number; context: TimeContext }[] = [];
  let section = review;
  let span = 1;
  let offset = 0;
  for (const line of text.split("\n")) {
    const heading = matchHeading(line.trim());
    if (heading && (heading.kind === "part" || heading.kind === "chapter")) {
      section = headingContext(heading.title, reportYear) ?? section;
      span = 1;
    }
    const sentences = line.split(/(?<=[。！？!?])/);
    let at = offset;
    sentences.forEach((sentence, k) => {
      // A span opening a paragraph holds for the passage; one opening a later sentence, for it alone.
      const spanWord = SPAN_AT_START.exec(sentence);
      const spanHere = spanWord ? lexicon.reviewSpans[spanWord[1] as keyof typeof lexicon.reviewSpans] : span;
      if (k === 0) span = spanHere;
      let context = section;
      if (section.type === "target" && LAST_YEAR.test(sentence) && !THIS_YEAR.test(sentence)) context = review;
      else if (section.type === "actual" && THIS_YEAR.test(sentence)) context = { type: "target", year: reportYear };
      if (context.type === "actual" && context.year !== null) context = { ...context, since: context.year - spanHere };
      regions.push({ start: at, context });
      for (const marker of yearMarkers(text, at, at + sentence.length, reportYear)) regions.push({ start: marker.at, context: marker.context });
      at += sentence.length;
    });
    offset += line.length + 1;
  }
  return (at: number) => regions[lastStartingBy(regions, at)]?.context ?? review;
}
