/**
 * Reporting (创新报表): the rules a reported figure must satisfy, batch validation with located
 * problems, long-format table reading, safe cell export and the roll-up of district figures to the
 * city. Pure; the server, the CLI and the web form call it.
 */
export type { ReportField, ReportProblem } from "./problem.ts";
export { acceptedUnits, displayUnitOf, fromBaseValue, showInDisplayUnit, toBaseValue, unitScale, type BaseValueResult, type UnitIndicator } from "./unit-entry.ts";
export {
  DEFAULT_CHANGE_BOUND,
  DEFAULT_RATIO_TOLERANCE,
  MAX_TEXT_LENGTH,
  textProblems,
  validateReportedValue,
  type ReportContext,
  type ReportedValue,
} from "./validate-report.ts";
export { changeProblem, ratioAgrees, ratioProblems, ratiosUsing, type Known, type RatioIndicator } from "./consistency.ts";
export { locate, validateBatch, type BatchResult, type LocatedProblem, type LocatedValue } from "./validate-batch.ts";
export {
  columnLetter,
  DEFAULT_MAX_ROWS,
  LONG_FORMAT_HEADERS,
  normaliseHeader,
  numberCell,
  periodCellText,
  readLongFormat,
  type Cell,
  type LongFormatLookup,
  type LongFormatOptions,
} from "./long-format.ts";
export { isFormulaLike, neutraliseCell } from "./formula-injection.ts";
export { rollup, type Membership, type PlaceLink, type RollupInput, type RollupRow, type RollupValue } from "./rollup.ts";
