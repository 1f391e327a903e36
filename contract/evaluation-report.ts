/** Request and response shapes of evaluation reports (评估报告): the report model and the export request with edited sentences. */
import { z } from "zod";
import { ReportLang, ReportModel, SentenceEdits } from "../core/evaluation-report/schema.ts";

export { ReportModel };

export const ReportFormat = z.enum(["docx", "pdf"]);
export type ReportFormat = z.infer<typeof ReportFormat>;

const ReportDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** Query of the report model: evaluation date (default today) and language (default zh). */
export const ReportQuery = z.object({ date: ReportDate.optional(), lang: ReportLang.optional() });

/** Body of an export: the same date and language, and edited sentences by id (the figures are never taken from the client). */
export const ReportExportRequest = z.object({ date: ReportDate.optional(), lang: ReportLang.optional(), edits: SentenceEdits.optional() });
export type ReportExportRequest = z.infer<typeof ReportExportRequest>;
