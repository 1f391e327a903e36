/** Query hooks of evaluation reports (评估报告): the report model to preview, and the .docx / PDF export with edited sentences. */
import { useQuery } from "@tanstack/react-query";
import { ReportModel } from "../../../contract/evaluation-report.ts";
import type { Language } from "../i18n/translate.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request } from "./client.ts";
import { saveFile } from "./save-file.ts";

/** GET /api/plans/:code/report — the report model as of `date` (today when empty). */
export function usePlanReport(code: string, date: string | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["plans", code, "report", date ?? "", lang],
    queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}/report", { params: { path: { code }, query: { date, lang } }, ...inLanguage(lang, signal) }), ReportModel),
  });
}

/** POST /api/plans/:code/report/:format — the file with the edited sentences, saved by the browser. */
export async function downloadReport(code: string, format: "docx" | "pdf", body: { date?: string; lang: Language; edits: Record<string, string> }): Promise<void> {
  let disposition: string | null = null;
  const file = await request(async () => {
    const reply = await api.POST("/api/plans/{code}/report/{format}", { params: { path: { code, format } }, body, parseAs: "blob", ...inLanguage(body.lang) });
    disposition = reply.response.headers.get("content-disposition");
    return reply;
  });
  saveFile(file as Blob, disposition, `report.${format}`);
}
