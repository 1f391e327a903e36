/**
 * Addresses of the table exports (目标进展, 排名, 审核清单, 填报进度) as .xlsx or CSV, in the UI's
 * language; the browser downloads them as links, with the session cookie, so the API's access rules apply.
 */
import type { TableFormat } from "../../../contract/table-export.ts";
import type { Language } from "../i18n/translate.ts";

export type { TableFormat };

function exportUrl(path: string, format: TableFormat, lang: Language, extra: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams({ format, lang });
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) query.set(key, String(value));
  return `${path}?${query.toString()}`;
}

/** GET /api/plans/{code}/progress/export — the dashboard's table. */
export const progressExportUrl = (code: string, format: TableFormat, lang: Language) => exportUrl(`/api/plans/${encodeURIComponent(code)}/progress/export`, format, lang);

/** GET /api/indices/{code}/ranking/export — the ranking for a year and source, with rank intervals from `replications` runs of `seed`. */
export const rankingExportUrl = (code: string, format: TableFormat, lang: Language, options: { year?: number; source?: string; replications?: number; seed?: number } = {}) =>
  exportUrl(`/api/indices/${encodeURIComponent(code)}/ranking/export`, format, lang, options);

/** GET /api/plans/{code}/review/export — the review list. */
export const reviewExportUrl = (code: string, format: TableFormat, lang: Language) => exportUrl(`/api/plans/${encodeURIComponent(code)}/review/export`, format, lang);

/** GET /api/rounds/{id}/overview/export — the round overview (填报进度) as of now. */
export const roundOverviewExportUrl = (id: number, format: TableFormat, lang: Language) => exportUrl(`/api/rounds/${id}/overview/export`, format, lang);
