/** Extraction of targets and actuals from a document's text (entry point: extractStatements). */
export { extractStatements, type ExtractOptions } from "./extract-statements.ts";
export { Statement, StatementComparator, StatementKind, StatementType } from "./statement.ts";
export { detectPlanPeriod, type PlanPeriod } from "./plan-period.ts";
