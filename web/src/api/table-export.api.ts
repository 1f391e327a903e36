/**
 * Addresses of the table exports (目标进展, 审核清单, 填报进度) as .xlsx or CSV, in the UI's language;
 * the browser downloads them as links, with the session cookie, so the API's access rules apply. The
 * ranking (排名) is posted with the screen's unsaved edits and saved from the answer.
 */
import type { AnalysisBase } from "../../../contract/indices.ts";
import type { TableFormat } from "../../../contract/table-export.ts";
import type { Language } from "../i18n/translate.ts";
import { api, inLanguage, request } from "./client.ts";
import { saveFile } from "./save-file.ts";

export type { TableFormat };

function exportUrl(path: string, format: TableFormat, lang: Language): string {
  return `${path}?${new URLSearchParams({ format, lang }).toString()}`;
}

/** GET /api/plans/{code}/progress/export — the dashboard's table. */
export const progressExportUrl = (code: string, format: TableFormat, lang: Language) => exportUrl(`/api/plans/${encodeURIComponent(code)}/progress/export`, format, lang);

/** GET /api/plans/{code}/review/export — the review list. */
export const reviewExportUrl = (code: string, format: TableFormat, lang: Language) => exportUrl(`/api/plans/${encodeURIComponent(code)}/review/export`, format, lang);

/** GET /api/rounds/{id}/overview/export — the round overview (填报进度) as of now. */
export const roundOverviewExportUrl = (id: number, format: TableFormat, lang: Language) => exportUrl(`/api/rounds/${id}/overview/export`, format, lang);

/**
 * POST /api/indices/{code}/ranking/export — the ranking as on screen, unsaved edits of the tree or
 * pipeline included (`nodes`, `pipeline`), with the interval's replications and seed; saved by the browser.
 */
export async function downloadRanking(code: string, format: TableFormat, lang: Language, body: AnalysisBase & { replications: number; seed: number }): Promise<void> {
  let disposition: string | null = null;
  const file = await request(async () => {
    const reply = await api.POST("/api/indices/{code}/ranking/export", { params: { path: { code } }, body: { ...body, format, lang }, parseAs: "blob", ...inLanguage(lang) });
    disposition = reply.response.headers.get("content-disposition");
    return reply;
  });
  saveFile(file as Blob, disposition, `${code}.${format}`);
}
