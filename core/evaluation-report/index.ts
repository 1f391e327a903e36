/**
 * Evaluation reports (评估报告): the report model of a plan's 总结评估 or 中期评估, built from its
 * targets' progress with deterministic sentence templates, and edited sentences applied back by id.
 * Pure: the Word and PDF files are written by server/reports.
 */
export { buildReportModel, countStatuses, noDataCause, orderTargets, reportKindOf } from "./build-report.ts";
export { applySentenceEdits, sentencesOf } from "./edits.ts";
export * from "./schema.ts";
export { STATUS_TEXT, ATTRIBUTE_TEXT, formatGrowth, formatTarget, formatValue } from "./format.ts";
