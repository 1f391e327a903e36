/**
 * The rules one reported figure (创新报表: a district's or department's value of an indicator for a
 * period) must satisfy before it is stored: known indicator and place, period and value rules of the
 * indicator, unit, the round's scope or the current year, ratio consistency, change from the
 * previous period, and the free-text fields. Pure: the form, the import and the API all call it.
 */
import type { Indicator } from "../indicators/indicator.ts";
import { validateNumber, validatePeriodText } from "../indicators/validate-value.ts";
import { formatPeriod, parsePeriod, type Period } from "../periods/period.ts";
import { changeProblem, ratioProblems } from "./consistency.ts";
import type { ReportProblem } from "./problem.ts";
import { showInDisplayUnit, toBaseValue } from "./unit-entry.ts";

export type { ReportField, ReportProblem } from "./problem.ts";

/** One figure as reported: value in `unit`, or in the indicator's display unit when no unit is given. */
export interface ReportedValue {
  indicatorCode: string;
  placeCode: string;
  period: string;
  value: number;
  unit?: string;
  note?: string;
  explanation?: string;
}

/** What validation needs to know beyond the figure: catalogue, places, scope, and neighbouring figures. */
export interface ReportContext {
  indicators: ReadonlyMap<string, Indicator>;
  places: ReadonlyMap<string, { code: string; nameZh: string; nameEn: string }>;
  /** When reporting inside a round: only its period, indicators and places are allowed. */
  round?: { period: string; indicatorCodes: ReadonlySet<string>; placeCodes: ReadonlySet<string> };
  /** Outside rounds: a period must not end after this year (a value for 2099 typed by mistake is refused). */
  currentYear: number;
  /** The value of the previous period for this indicator and place (base unit), if any. */
  previous(indicatorCode: string, placeCode: string, period: string): { period: string; value: number } | undefined;
  /** Any known value (stored, or in the same batch) — for rules tying indicators together. */
  known(indicatorCode: string, placeCode: string, period: string): number | undefined;
  /** A change from the previous period beyond this relative bound needs an explanation (default 0.5 = ±50 %). */
  changeBound: number;
  /** Relative tolerance of a ratio against its numerator and denominator (default 0.01). */
  ratioTolerance: number;
}

/** Default relative change from the previous period above which an explanation is required. */
export const DEFAULT_CHANGE_BOUND = 0.5;
/** Default relative tolerance of a ratio against its numerator and denominator. */
export const DEFAULT_RATIO_TOLERANCE = 0.01;
/** Longest note or explanation, in characters. */
export const MAX_TEXT_LENGTH = 2000;

/** Control characters other than tab, line feed and carriage return (which a multi-line explanation may hold). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const TEXT_NAME = { note: ["备注", "note"], explanation: ["说明", "explanation"] } as const;

/** Problems of a free-text field: longer than MAX_TEXT_LENGTH characters, or holding control characters. */
export function textProblems(field: "note" | "explanation", text: string | undefined): ReportProblem[] {
  if (text === undefined) return [];
  const [zh, en] = TEXT_NAME[field];
  const problems: ReportProblem[] = [];
  const length = text.length > MAX_TEXT_LENGTH ? [...text].length : text.length;
  if (length > MAX_TEXT_LENGTH) {
    problems.push({ field, code: "text_too_long", zh: `${zh}最多 ${MAX_TEXT_LENGTH} 字，现为 ${length} 字`, en: `${en} is limited to ${MAX_TEXT_LENGTH} characters; it has ${length}` });
  }
  if (CONTROL.test(text)) {
    problems.push({ field, code: "text_control_chars", zh: `${zh}含有不可见的控制字符，请删除后重新填写`, en: `${en} contains invisible control characters; remove them` });
  }
  return problems;
}

/** Problems of a parsed period against the round (when reporting in one) or the current year. */
function scopeProblems(
  text: string,
  period: Period,
  ctx: ReportContext,
  input: ReportedValue,
  indicator: Pick<Indicator, "nameZh" | "nameEn"> | undefined,
  place: { nameZh: string; nameEn: string } | undefined,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const round = ctx.round;
  if (!round) {
    if (period.year > ctx.currentYear) {
      problems.push({ field: "period", code: "period_in_future", zh: `期间 ${text} 晚于今年（${ctx.currentYear}），请核对年份`, en: `period ${text} is after the current year (${ctx.currentYear}); check the year` });
    }
    return problems;
  }
  const roundPeriod = parsePeriod(round.period);
  if (!roundPeriod || formatPeriod(roundPeriod) !== text) {
    problems.push({ field: "period", code: "period_not_in_round", zh: `本轮填报期间为 ${round.period}，不能填报 ${text}`, en: `this round collects ${round.period}, not ${text}` });
  }
  if (indicator && !round.indicatorCodes.has(input.indicatorCode)) {
    problems.push({ field: "indicatorCode", code: "indicator_not_in_round", zh: `本轮填报不含指标“${indicator.nameZh}”`, en: `indicator "${indicator.nameEn}" is not asked in this round` });
  }
  if (place && !round.placeCodes.has(input.placeCode)) {
    problems.push({ field: "placeCode", code: "place_not_in_round", zh: `本轮填报不含${place.nameZh}`, en: `${place.nameEn} is not asked in this round` });
  }
  return problems;
}

/**
 * Validates one reported value. Returns the value in the indicator's base unit (null when it could
 * not be read: unknown indicator, unit of another kind, not a finite number), the parsed period, and
 * every problem found. Ratio and change rules run only when indicator, place, period and value are sound.
 */
export function validateReportedValue(input: ReportedValue, ctx: ReportContext): { value: number | null; period: Period | null; problems: ReportProblem[] } {
  const problems: ReportProblem[] = [];
  const indicator = ctx.indicators.get(input.indicatorCode);
  const place = ctx.places.get(input.placeCode);
  if (!indicator) {
    problems.push({ field: "indicatorCode", code: "unknown_indicator", zh: `指标“${input.indicatorCode}”不存在，请从指标目录中选择`, en: `indicator "${input.indicatorCode}" does not exist; choose one from the catalogue` });
  }
  if (!place) {
    problems.push({ field: "placeCode", code: "unknown_place", zh: `地区“${input.placeCode}”不存在`, en: `place "${input.placeCode}" does not exist` });
  }
  const checked = validatePeriodText(input.period, indicator);
  const period = checked.period;
  const text = period ? formatPeriod(period) : input.period;
  problems.push(...checked.problems);
  if (period) problems.push(...scopeProblems(text, period, ctx, input, indicator, place));

  let value: number | null = null;
  let valueSound = false;
  if (!Number.isFinite(input.value)) {
    // Only the finite check applies without an indicator; measure "ratio" has no range rule.
    problems.push(...validateNumber(indicator ?? { nameZh: input.indicatorCode, nameEn: input.indicatorCode, measure: "ratio" }, input.value));
  } else if (indicator) {
    const base = toBaseValue(indicator, input.value, input.unit);
    if (!base.ok) problems.push(base.problem);
    else {
      value = base.value;
      const numberProblems = validateNumber(indicator, base.value, (v) => showInDisplayUnit(indicator, v));
      problems.push(...numberProblems);
      valueSound = numberProblems.length === 0;
    }
  }
  problems.push(...textProblems("note", input.note), ...textProblems("explanation", input.explanation));

  if (indicator && place && period && valueSound && value !== null && !problems.some((p) => p.field === "period")) {
    const known = (code: string) => ctx.known(code, input.placeCode, text);
    problems.push(...ratioProblems(indicator, value, known, ctx.indicators, ctx.ratioTolerance));
    const change = changeProblem(indicator, text, value, ctx.previous(input.indicatorCode, input.placeCode, text), ctx.changeBound, input.explanation);
    if (change) problems.push(change);
  }
  return { value, period, problems };
}
