/**
 * The shape of a problem with a reported figure: which field, a stable code, and the message in
 * Chinese and English. Shared by unit entry, single-value and batch validation and table reading.
 */

/** The fields of a reported value a problem can name. */
export type ReportField = "indicatorCode" | "placeCode" | "period" | "value" | "unit" | "note" | "explanation";

/** One problem with a reported value: the field, a stable machine code, and both messages. */
export interface ReportProblem {
  field: ReportField;
  code: string;
  zh: string;
  en: string;
}
