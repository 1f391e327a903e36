/**
 * What kind of document a text is and which year it speaks for. A plan (规划, 计划, 纲要, 方案)
 * sets goals for a period; a report (政府工作报告, 年度工作报告, 工作总结) reviews the year before
 * and sets the goals of its own year. A report's own year comes from its title, the date line under
 * it ("——2023年3月5日在……会议上") or the heading of its review ("一、2015年工作回顾" → 2016),
 * never from the first year it happens to mention.
 */
import { z } from "zod";
import { detectPlanPeriod } from "../extraction/plan-period.ts";
import { readMetadata } from "./metadata.ts";

export const DocumentKind = z.enum(["plan", "report"]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Where the year was read: title line, date line, review heading, metadata date, plan period. */
export const YearSource = z.enum(["title", "date-line", "review-heading", "metadata", "period"]);
export type YearSource = z.infer<typeof YearSource>;

export const RecognisedDocument = z.object({
  kind: DocumentKind,
  /**
   * The document's own year: for a report the year whose goals it sets (its targets' year); for a
   * plan the year it was issued, else its period's first year; null when the text states none.
   */
  year: z.number().int().nullable(),
  /** For a report, the year it reviews (year − 1): its results are that year's actuals. */
  reviewedYear: z.number().int().nullable(),
  /** A plan's period ("(2023—2027年)", 十四五 → 2021—2025); null for a report. */
  period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** The span the year was read from, and how. */
  yearEvidence: z.object({ source: YearSource, start: z.number().int(), end: z.number().int() }).nullable(),
});
export type RecognisedDocument = z.infer<typeof RecognisedDocument>;

/** Only the opening holds a document's title, date line and first heading. */
const OPENING = 3000;
/** Lines of the opening scanned for titles and date lines. */
const OPENING_LINES = 40;

const YEAR = "((?:19|20)\\d{2})";
/** A report's title: 政府工作报告, 年度工作报告, 工作总结, 工作情况的报告. */
const REPORT_TITLE = /工作报告|工作总结|工作情况的?报告|执行情况(?:与|和)[^\n]{0,20}(?:草案|计划)的报告/;
/** A plan's title: it ends in 规划, 计划, 纲要, 方案 or 意见, perhaps with its period or a notice's tail. */
const PLAN_TITLE = /(?:规划|计划|纲要|方案|意见)(?:[(（][^()（）]*[)）])?[》」”"]?(?:的通知)?$/;
/** The speech opening of a report delivered to a congress (各位代表：). */
const ADDRESS = /^各位(?:代表|委员)[：:！!]/;
/** "YYYY年" in a title: 2023年政府工作报告, 某局2023年度工作报告. */
const TITLE_YEAR = new RegExp(`${YEAR}年度?`);
/** The date line under a delivered report's title: "——2023年3月5日在……上". */
const DATE_LINE = new RegExp(`^[—\\-－\\s]*${YEAR}年\\d{1,2}月\\d{1,2}日(?:在|于)`);
/** The heading of a report's review: "一、2015年工作回顾", "2021年工作总结". */
const REVIEW_HEADING = new RegExp(`^(?:[一二三四五六七八九十]+、\\s*)?${YEAR}年(?:度)?(?:主要)?工作(?:回顾|总结|情况)`);
/** A title naming the year it reviews: "某局2023年工作总结" (its goals are for the year after). */
const REVIEW_TITLE = new RegExp(`${YEAR}年度?工作(?:总结|情况)`);

type Line = { text: string; start: number };

function openingLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.slice(0, OPENING).split("\n")) {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: offset + raw.indexOf(trimmed) });
    offset += raw.length + 1;
    if (lines.length >= OPENING_LINES) break;
  }
  return lines;
}

/** A title line: short, not a sentence (a quoted record title counts: "……政府工作报告"). */
function isTitleLike(line: string): boolean {
  return line.length <= 120 && !/[。；]$/.test(line);
}

type YearReading = { year: number; source: YearSource; start: number; end: number };

function yearAt(line: Line, m: RegExpExecArray, source: YearSource, shift = 0): YearReading {
  const at = line.start + m.index + m[0].indexOf(m[1]!);
  return { year: Number(m[1]) + shift, source, start: at, end: at + 4 };
}

function reportYear(lines: Line[], text: string): YearReading | null {
  for (const line of lines) {
    if (!isTitleLike(line.text) || !REPORT_TITLE.test(line.text)) continue;
    const review = REVIEW_TITLE.exec(line.text);
    if (review) return yearAt(line, review, "title", 1);
    const m = TITLE_YEAR.exec(line.text);
    if (m) return yearAt(line, m, "title");
  }
  for (const line of lines) {
    const m = DATE_LINE.exec(line.text);
    if (m) return yearAt(line, m, "date-line");
  }
  for (const line of lines) {
    const m = REVIEW_HEADING.exec(line.text);
    if (m) return yearAt(line, m, "review-heading", 1);
  }
  return metadataYear(text);
}

function metadataYear(text: string): YearReading | null {
  const meta = readMetadata(text);
  const date = meta.writtenDate ?? meta.publishedDate;
  if (!date) return null;
  return { year: Number(date.value.slice(0, 4)), source: "metadata", start: date.start, end: date.end };
}

function isReport(lines: Line[]): boolean {
  return lines.some((l) => (isTitleLike(l.text) && REPORT_TITLE.test(l.text)) || ADDRESS.test(l.text) || REVIEW_HEADING.test(l.text) || DATE_LINE.test(l.text));
}

/** Recognises whether `text` is a plan or a report, and the year it speaks for. */
export function recogniseDocument(text: string): RecognisedDocument {
  const lines = openingLines(text);
  const period = detectPlanPeriod(text);
  const planTitled = lines.slice(0, 12).some((l) => isTitleLike(l.text) && PLAN_TITLE.test(l.text) && !REPORT_TITLE.test(l.text));
  // A text with a plan period or a plan's title is a plan unless its opening reads as a report;
  // a text with neither reports what was done.
  const report = isReport(lines) || (!period && !planTitled);
  if (report) {
    const reading = reportYear(lines, text);
    return RecognisedDocument.parse({
      kind: "report",
      year: reading?.year ?? null,
      reviewedYear: reading ? reading.year - 1 : null,
      period: null,
      yearEvidence: reading ? { source: reading.source, start: reading.start, end: reading.end } : null,
    });
  }
  const issued = metadataYear(text);
  const reading: YearReading | null = issued ?? (period ? { year: period.start, source: "period", start: 0, end: 0 } : null);
  return RecognisedDocument.parse({
    kind: "plan",
    year: reading?.year ?? null,
    reviewedYear: null,
    period,
    yearEvidence: reading && reading.source !== "period" ? { source: reading.source, start: reading.start, end: reading.end } : null,
  });
}
