/**
 * Validating a whole file or form of reported values at once: every problem of every row, located by
 * sheet, row and column; a key (indicator, place, period) twice in the batch; ratio and change rules
 * that see the other rows of the batch. Linear in the number of rows. Callers reject a batch with any
 * problem as a whole; this module only reports.
 */
import { formatPeriod, parsePeriod, previousPeriod, type Period } from "../periods/period.ts";
import type { ReportField, ReportProblem } from "./problem.ts";
import { toBaseValue } from "./unit-entry.ts";
import { validateReportedValue, type ReportContext, type ReportedValue } from "./validate-report.ts";

/** A reported value with where it was read: sheet, row as the user sees it (1-based), column letters per field. */
export interface LocatedValue extends ReportedValue {
  location: { sheet?: string; row: number; columns?: Partial<Record<ReportField, string>> };
}

/** A problem placed in the file: sheet, row and (when the field came from one) column letter. */
export interface LocatedProblem extends ReportProblem {
  sheet?: string;
  row: number;
  column?: string;
}

/** Result of validating a batch: the rows without problems (value in base unit) and all problems. */
export interface BatchResult {
  accepted: Array<{ row: LocatedValue; value: number; period: Period }>;
  problems: LocatedProblem[];
}

/** Period text as keys use it: "2025", "2025Q3", "2025-07" (spaces trimmed); unreadable text as typed. */
const CANONICAL = /^\d{4}(?:Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;
const canonicalPeriod = (text: string) => {
  if (CANONICAL.test(text)) return text;
  const parsed = parsePeriod(text);
  return parsed ? formatPeriod(parsed) : text.trim();
};

/**
 * The batch's rows by (indicator, place, period): the first row of each key and its base value.
 * Nested maps on the rows' own strings rather than one joined key: no new string to hash per lookup.
 */
class BatchIndex {
  private readonly map = new Map<string, Map<string, Map<string, { row: number; value: number | undefined }>>>();
  get(indicatorCode: string, placeCode: string, period: string) {
    return this.map.get(indicatorCode)?.get(placeCode)?.get(period);
  }
  /** Records a row; returns the first row with the same key (the row itself when it is the first). */
  add(indicatorCode: string, placeCode: string, period: string, row: number, value: () => number | undefined): number {
    let places = this.map.get(indicatorCode);
    if (!places) this.map.set(indicatorCode, (places = new Map()));
    let periods = places.get(placeCode);
    if (!periods) places.set(placeCode, (periods = new Map()));
    const entry = periods.get(period);
    if (entry) return entry.row;
    periods.set(period, { row, value: value() });
    return row;
  }
}

/** A problem of a row, placed at its sheet, row and the column of its field. */
export function locate(row: Pick<LocatedValue, "location">, problem: ReportProblem): LocatedProblem {
  const { sheet, row: rowNumber, columns } = row.location;
  const column = columns?.[problem.field];
  return { ...problem, ...(sheet !== undefined ? { sheet } : {}), row: rowNumber, ...(column !== undefined ? { column } : {}) };
}

/** "第 5 行" or "“2025年”表第 5 行": an earlier row as named in a message. */
function rowName(location: LocatedValue["location"], other: LocatedValue["location"]): { zh: string; en: string } {
  if (location.sheet !== undefined && location.sheet !== other.sheet) {
    return { zh: `“${location.sheet}”表第 ${location.row} 行`, en: `row ${location.row} of sheet "${location.sheet}"` };
  }
  return { zh: `第 ${location.row} 行`, en: `row ${location.row}` };
}

/**
 * Validates every row with validateReportedValue, against a context whose `known` answers from the
 * batch first (then ctx.known) and whose `previous` takes the immediately preceding period from the
 * batch when it is there (then ctx.previous). A later row with the key of an earlier one is a
 * "duplicate_row" problem naming the earlier row; the first row's value is the one other rows see.
 */
export function validateBatch(rows: LocatedValue[], ctx: ReportContext): BatchResult {
  const befores = new Map<string, string | null>();
  const periodBefore = (period: string): string | null => {
    let before = befores.get(period);
    if (before === undefined) {
      const parsed = parsePeriod(period);
      before = parsed ? formatPeriod(previousPeriod(parsed)) : null;
      befores.set(period, before);
    }
    return before;
  };
  const index = new BatchIndex();
  const firstRows = rows.map((row, i) =>
    index.add(row.indicatorCode, row.placeCode, canonicalPeriod(row.period), i, () => {
      const indicator = ctx.indicators.get(row.indicatorCode);
      if (!indicator || !Number.isFinite(row.value)) return undefined;
      const base = toBaseValue(indicator, row.value, row.unit);
      return base.ok ? base.value : undefined;
    }),
  );

  const batchCtx: ReportContext = {
    ...ctx,
    known: (indicatorCode, placeCode, period) => index.get(indicatorCode, placeCode, period)?.value ?? ctx.known(indicatorCode, placeCode, period),
    previous: (indicatorCode, placeCode, period) => {
      const before = periodBefore(period);
      const value = before === null ? undefined : index.get(indicatorCode, placeCode, before)?.value;
      return value !== undefined ? { period: before!, value } : ctx.previous(indicatorCode, placeCode, period);
    },
  };

  const accepted: BatchResult["accepted"] = [];
  const problems: LocatedProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const result = validateReportedValue(row, batchCtx);
    const first = firstRows[i]!;
    if (first !== i) {
      const earlier = rowName(rows[first]!.location, row.location);
      result.problems.push({
        field: "indicatorCode",
        code: "duplicate_row",
        zh: `与${earlier.zh}重复：同一指标、地区和期间只能填报一次`,
        en: `repeats ${earlier.en}: an indicator, place and period may be reported only once`,
      });
    }
    for (const problem of result.problems) problems.push(locate(row, problem));
    if (result.problems.length === 0 && result.value !== null && result.period !== null) {
      accepted.push({ row, value: result.value, period: result.period });
    }
  }
  return { accepted, problems };
}
