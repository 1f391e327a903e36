/**
 * Whether a figure at a given offset is a target or an actual, and for which year. A plan's figures
 * are targets for its period end unless a sentence says otherwise ("到2035年"); a past year
 * ("2020年，……" before the period starts) or a section that looks back (形势, 基础, 回顾 …) turns
 * them into actuals. A report's figures are actuals of the year it last named.
 */
import { matchHeading } from "../outline/heading.ts";
import type { PlanPeriod } from "./plan-period.ts";
import type { StatementType } from "./statement.ts";

/** `since`: for an actual in a review of several years, the year before the span reviewed (where "从A" stands). */
export type TimeContext = { type: StatementType; year: number | null; since?: number };

type Marker = { at: number; context: TimeContext; carries: boolean };

/** Headings of sections that review the past period rather than set goals. */
const LOOKING_BACK = /形势|基础|回顾|成效|成就|现状|进展|取得/;

/** A year as a time marker: 到2025年, 2025年前, "2020年，"; not 比2015年 (a baseline), 2022年1月 (a date), 2021—2025年. */
const YEAR_MARK = /(到|至|截至|截止到?)?((?:19|20)\d{2})年(前|底|末|内|以前)?/g;

function insideTitleMarks(line: string, at: number): boolean {
  const before = line.slice(0, at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

function markersOf(line: string, lineStart: number, period: PlanPeriod | null): Marker[] {
  const markers: Marker[] = [];
  for (const m of line.matchAll(YEAR_MARK)) {
    const at = m.index!;
    const after = line[at + m[0].length] ?? "";
    const before = line[at - 1] ?? "";
    if (/[月度\d—–\-~～]/.test(after) || /[—–\-~～比较从由于]/.test(before)) continue;
    if (insideTitleMarks(line, at)) continue;
    const year = Number(m[2]);
    const [, prefix, suffix] = m;
    let context: TimeContext;
    let carries = false;
    if (prefix === "到" || prefix === "至" || suffix === "前" || suffix === "以前") context = { type: "target", year };
    else if (prefix) context = { type: "actual", year };
    else if (period && year >= period.start) context = { type: "target", year };
    else {
      context = { type: "actual", year };
      carries = true;
    }
    markers.push({ at: lineStart + at, context, carries });
  }
  return markers;
}

/** The latest year a report names for itself (not a range, date or title). */
function latestPlainYear(text: string): number | null {
  let latest: number | null = null;
  let offset = 0;
  for (const line of text.split("\n")) {
    for (const marker of markersOf(line, offset, null)) {
      if (marker.carries && (latest === null || marker.context.year! > latest)) latest = marker.context.year;
    }
    offset += line.length + 1;
  }
  return latest;
}

/** Index of the last of `items` (sorted by start) starting at or before `at`; 0 when none does. */
export function lastStartingBy(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export type TemporalOptions = { period: PlanPeriod | null; defaultYear?: number; documentYear?: number };

/** Builds the lookup from offset to time context for one document. */
export function buildTemporalContext(text: string, options: TemporalOptions): (offset: number) => TimeContext {
  const { period } = options;
  const planDefault: TimeContext | null = period ? { type: "target", year: options.defaultYear ?? period.end } : null;
  const reportYear = options.defaultYear ?? options.documentYear ?? latestPlainYear(text);
  const lines: { start: number; base: TimeContext; markers: Marker[] }[] = [];
  let carry: TimeContext = planDefault ?? { type: "actual", year: reportYear };
  let offset = 0;
  for (const line of text.split("\n")) {
    const heading = matchHeading(line.trim());
    if (heading && planDefault && heading.kind !== "item" && heading.kind !== "box") {
      carry = LOOKING_BACK.test(heading.title) ? { type: "actual", year: period!.start - 1 } : planDefault;
    }
    const markers = markersOf(line, offset, period);
    lines.push({ start: offset, base: carry, markers });
    for (const marker of markers) if (marker.carries) carry = marker.context;
    offset += line.length + 1;
  }
  return (at: number) => {
    const line = lines[lastStartingBy(lines, at)]!;
    let context = line.base;
    for (const marker of line.markers) if (marker.at <= at) context = marker.context;
    return context;
  };
}
