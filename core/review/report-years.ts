/**
 * The years a report (工作报告) gives its figures when the text names none, and how they follow a
 * correction of the report's year. A report of year Y reviews year Y − 1 and sets the goals of Y:
 * its targets are Y's, its actuals Y − 1's. Figures with a year of their own (a five-year plan's
 * goals for 2025, a 2017 baseline) keep it.
 */
import type { DocumentKind } from "../documents/document-kind.ts";

export type StatementType = "target" | "actual";

/** The year a report of year `reportYear` dates a statement by: targets its own year, actuals the year before. */
export function reportYearOf(type: StatementType, reportYear: number): number {
  return type === "target" ? reportYear : reportYear - 1;
}

export type Dating = { kind: DocumentKind; year: number | null };

/** A statement's year as stored at import: its own, else (in a report of known year) the report's dating. */
export function yearAtImport(type: StatementType, year: number | null, document: Dating): number | null {
  if (year !== null) return year;
  return document.kind === "report" && document.year !== null ? reportYearOf(type, document.year) : null;
}

/**
 * A statement's year once its document's kind or year is corrected from `from` to `to`: a year the
 * old reading gave it (its report dating, or none) becomes the new reading's; any other year stays.
 * A plan dates nothing by its own year, so a report corrected to a plan leaves years as they are.
 */
export function correctedYear(type: StatementType, year: number | null, from: Dating, to: Dating): number | null {
  const datedByOld = year === null || (from.kind === "report" && from.year !== null && year === reportYearOf(type, from.year));
  if (!datedByOld || to.kind !== "report" || to.year === null) return year;
  return reportYearOf(type, to.year);
}
