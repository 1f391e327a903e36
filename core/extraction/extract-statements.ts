/**
 * Extraction of every quantitative statement of a plan or report (see statement.ts): figures are
 * found (mentions.ts), names and list counts set aside (exclusions.ts), each figure read for its
 * time context, comparator, kind and indicator, and indicator tables read row by row.
 */
import { clauseEnd, clauseStart, segmentEnd, segmentStart, sentenceStart } from "./clauses.ts";
import { isExcluded } from "./exclusions.ts";
import { assignShared, readIndicator, splitScope, type IndicatorDraft } from "./indicator.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { detectPlanPeriod, type PlanPeriod } from "./plan-period.ts";
import { hasKindVerb, readComparator, readCumulative, readKind, readPerYear } from "./qualifiers.ts";
import { Statement } from "./statement.ts";
import { buildTemporalContext, type TimeContext } from "./temporal-context.ts";
import { splitSubjects } from "./subjects.ts";
import { halfWidthFigures } from "../units/quantity.ts";
import { tableStatements } from "./table-statements.ts";
import { buildReportContext } from "./report-context.ts";
import { recogniseDocument, type RecognisedDocument } from "../documents/document-kind.ts";
import quantities from "./lexicon/quantities.json" with { type: "json" };

export type ExtractOptions = {
  /** Target year for goals that state none (default: the plan period's end). */
  defaultYear?: number;
  /** Date the document was issued (成文/发布日期); a report's actuals default to its year. */
  documentDate?: string | Date;
  /** Spans to leave out, such as web page chrome (see core/documents). */
  skip?: ReadonlyArray<{ start: number; end: number }>;
};

/** Words joining figures that share one verb ("超过1000家和4500家", "增长9.9%、20.14%"). */
const JOINER = /^[、和及与,，]?$/;
/** "由5.1万pcu/h增至8万pcu/h", "从50%、75%提高至100%": a verb of change to a new level. */
const CHANGE_TO = /(提高|增加|增长|提升|上升|下降|降低|减少|压缩|压减|扩大|缩小|降|增|升|减)(到|至)/;

/** 分别/均/都 before a single figure: the figure holds for each subject named before it. */
const EACH_BEFORE = /(分别|均|都)[^，,。；;、]{0,6}$/;
/** A figure followed by another in the same list ("增长9.9%、20.14%") is one of several, not shared. */
const JOINED_AFTER = /^[、和及与]\s*\d/;
/** Most subjects one figure can be shared by before the phrase reads as a description. */
const MAX_SHARED = 4;

/** The subjects of a clause indicator "A、B排放量" or "A和B" with their offsets; [] unless 2 to MAX_SHARED. */
function sharedSubjects(text: string, from: number, indicator: string): { start: number; indicator: string }[] {
  const at = text.indexOf(indicator, from);
  if (!indicator || at < 0) return [];
  const parts: { start: number; indicator: string }[] = [];
  let offset = 0;
  for (const piece of indicator.split(/[、和]/)) {
    if (piece.trim()) parts.push({ start: at + offset, indicator: piece.trim() });
    offset += piece.length + 1;
  }
  return parts.length >= 2 && parts.length <= MAX_SHARED ? parts : [];
}

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");
/** "我国有2.9亿在校学生": a present fact stated in a report is a result of the year reviewed. */
const PRESENT_FACT = new RegExp(`^[^，。；]{0,4}(?:${alternatives(quantities.presentFactOpeners)})`);
/** "实施化肥农药零增长行动": a figure naming a standing action is a goal with no year. */
const NAMED_ACTION_BEFORE = new RegExp(`(?:${alternatives(quantities.namedActionVerbs)})`);
const NAMED_ACTION_AFTER = /^[^，。；、\d]{0,12}行动/;

function reportReading(text: string, cStart: number, m: Mention, cEnd: number, context: TimeContext, doc: RecognisedDocument): TimeContext {
  if (doc.kind !== "report" || doc.reviewedYear === null) return context;
  const pre = text.slice(cStart, m.start);
  if (NAMED_ACTION_AFTER.test(text.slice(m.end, cEnd)) && NAMED_ACTION_BEFORE.test(pre)) return { type: "target", year: null };
  if (PRESENT_FACT.test(pre)) return { type: "actual", year: doc.reviewedYear };
  return context;
}

/** Whether the figure is the starting point of a change "从A……到B" in its clause. */
function isStartingPoint(text: string, cStart: number, m: Mention, cEnd: number): boolean {
  const pre = text.slice(cStart, m.start);
  const from = Math.max(pre.lastIndexOf("从"), pre.lastIndexOf("由"));
  return from >= 0 && !CHANGE_TO.test(pre.slice(from)) && CHANGE_TO.test(text.slice(m.end, cEnd));
}

/** Words of aim: in a report, a figure after them is next period's goal, not a result. */
const AIM = /力争|确保/;

/** A report's "力争……" figures are targets for the year in view; a plan's context is already one. */
function aimedAt(context: TimeContext, sentenceBefore: string, period: PlanPeriod | null): TimeContext {
  return !period && context.type === "actual" && AIM.test(sentenceBefore) ? { ...context, type: "target" } : context;
}

function documentYear(date: ExtractOptions["documentDate"]): number | undefined {
  if (!date) return undefined;
  const year = typeof date === "string" ? Number(/(\d{4})/.exec(date)?.[1]) : date.getFullYear();
  return Number.isFinite(year) ? year : undefined;
}

/** Extracts every target and actual stated in `text`, with offsets into `text` as given. */
export function extractStatements(original: string, options: ExtractOptions = {}): Statement[] {
  // Full-width figures read as ASCII; the mapping keeps every offset.
  const text = halfWidthFigures(original);
  const period = detectPlanPeriod(text);
  const recognised = recogniseDocument(text);
  const contextAt = recognised.kind === "report" && recognised.year !== null && options.defaultYear === undefined
    ? buildReportContext(text, recognised.year)
    : buildTemporalContext(text, { period, defaultYear: options.defaultYear, documentYear: documentYear(options.documentDate) });
  const tables = tableStatements(text, contextAt);
  const skip = [...(options.skip ?? []), ...tables.spans];
  const inSkip = (at: number) => skip.some((s) => at >= s.start && at < s.end);
  const found: Statement[] = [];
  const drafts: IndicatorDraft[] = [];
  let group = 0;
  let previous: { mention: Mention; pre: string; verbText: string } | null = null;
  let baseline: { value: number; before: number } | null = null;

  for (const m of findMentions(text)) {
    if (inSkip(m.start) || isExcluded(text, m)) continue;
    const cStart = clauseStart(text, m.start);
    const cEnd = clauseEnd(text, m.end);
    const sStart = segmentStart(text, m.start);
    const post = text.slice(m.end, cEnd);
    const segmentPre = text.slice(sStart, m.start);
    const aimed = aimedAt(contextAt(m.start), text.slice(sentenceStart(text, m.start), m.start), period);
    // A starting point is the next figure's baseline; in a review of several years (since) it is
    // also what was measured before the span began.
    const startingPoint = isStartingPoint(text, cStart, m, cEnd);
    if (startingPoint && !(aimed.type === "actual" && aimed.since !== undefined)) {
      baseline = { value: m.value, before: cEnd };
      continue;
    }
    const context: TimeContext = startingPoint ? { type: "actual", year: aimed.since! } : reportReading(text, cStart, m, cEnd, aimed, recognised);
    const joined: boolean = !!previous && JOINER.test(text.slice(previous.mention.end, m.start).trim());
    if (!joined) group++;
    const pre: string = joined ? previous!.pre : segmentPre;
    // A segment without a verb of its own shares the verb that heads its clause's first segment
    // ("建成A15个以上、B10个以上": 建成 governs both).
    const verbText: string = joined ? previous!.verbText : hasKindVerb(segmentPre) ? segmentPre : text.slice(cStart, segmentEnd(text, cStart));
    const kind = readKind(pre, verbText, post, m, context.type);
    const comparator = readComparator(pre, post, m, context.type, kind);
    const clause = text.slice(cStart, cEnd);
    const end = m.end + (/^(以上|以下|以内|左右)/.exec(post)?.[0].length ?? 0);
    const reading = readIndicator(text, sStart, m.start, m.end, cEnd);
    const base = {
      type: context.type,
      value: m.value,
      ...(m.valueMax !== undefined ? { value_max: m.valueMax } : {}),
      unit: m.form === "multiple" ? "" : m.unit,
      comparator,
      kind,
      year: context.year,
      ...(readPerYear(clause) ? { per_year: true } : {}),
      ...(readCumulative(clause) ? { cumulative: true } : {}),
    };
    const since = /比((?:19|20)\d{2})年/.exec(text.slice(cStart, m.start));
    if (since) Object.assign(base, { baseline_year: Number(since[1]) });
    if (baseline && m.start < baseline.before) Object.assign(base, { baseline_value: baseline.value });
    baseline = startingPoint ? { value: m.value, before: cEnd } : null;
    if (m.form === "multiple") {
      for (const subject of splitSubjects(text, cStart, m)) {
        found.push(Statement.parse({ ...base, start: subject.start, end, indicator: subject.indicator }));
        drafts.push({ indicator: subject.indicator, clauseIndicator: subject.indicator, group: ++group, sentence: sentenceStart(text, m.start) });
      }
    } else {
      const clauseReading = readIndicator(text, cStart, m.start, m.end, cEnd);
      const shared = !joined && !JOINED_AFTER.test(text.slice(end, end + 3)) && EACH_BEFORE.test(text.slice(cStart, m.start))
        ? sharedSubjects(text, clauseReading.spanStart, clauseReading.indicator) : [];
      if (shared.length) {
        // "A、B排放量分别下降2%", "A和B均达50%": one figure stated for each subject.
        for (const subject of shared) {
          found.push(Statement.parse({ ...base, start: subject.start, end, indicator: subject.indicator }));
          drafts.push({ indicator: subject.indicator, clauseIndicator: subject.indicator, group: ++group, sentence: sentenceStart(text, m.start) });
        }
      } else {
        found.push(Statement.parse({ ...base, start: reading.spanStart, end, indicator: reading.indicator }));
        drafts.push({ indicator: reading.indicator, clauseIndicator: clauseReading.indicator, group, sentence: sentenceStart(text, m.start) });
      }
    }
    previous = { mention: m, pre, verbText };
  }
  assignShared(drafts);
  found.forEach((s, k) => {
    const { indicator, scope } = splitScope(drafts[k]!.indicator);
    s.indicator = indicator;
    if (scope) s.scope = scope;
  });
  return [...tables.statements, ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
