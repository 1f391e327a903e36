/**
 * The round overview (填报进度) as a sheet: per place or body asked, the figures asked, approved,
 * awaiting review, in draft, returned and not entered, the completeness (approved / asked), the last
 * submission and whether it is late; a second sheet lists whom to remind (催报) with what they owe.
 */
import type { RoundOverview } from "../../contract/reporting.ts";
import type { ExportColumn, ExportSheet, ExportValue } from "../spreadsheets/write-spreadsheet.ts";
import { percentCell, titleDate, type SheetLanguage } from "./sheet-file.ts";

const HEADERS = {
  zh: { unit: "地区/单位", code: "代码", expected: "应填项数", approved: "已通过", submitted: "待审核", draft: "草稿", returned: "已退回", missing: "未填", completeness: "完成率", lastSubmitted: "最后提交时间", late: "逾期", outstanding: "未提交项数", daysOverdue: "逾期天数", total: "合计", yes: "是", no: "否", sheet: "填报进度", reminders: "催报提醒", title: (round: string, period: string, asOf: string) => `${round}（${period}）　填报进度（截至${asOf}）` },
  en: { unit: "Place or body", code: "Code", expected: "Figures asked", approved: "Approved", submitted: "Awaiting review", draft: "Draft", returned: "Returned", missing: "Not entered", completeness: "Completeness", lastSubmitted: "Last submitted", late: "Late", outstanding: "Outstanding", daysOverdue: "Days overdue", total: "Total", yes: "yes", no: "no", sheet: "Progress", reminders: "Reminders", title: (round: string, period: string, asOf: string) => `${round} (${period}): reporting progress as of ${asOf}` },
} as const;

/** "2026-04-02T10:15:00.000Z" → "2026-04-02 18:15" in the server's time zone. */
function dateTime(iso: string | null): string | null {
  if (iso === null) return null;
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The overview as two sheets: progress per unit with a total row, then the reminders. */
export function roundOverviewSheets(overview: RoundOverview, lang: SheetLanguage): ExportSheet[] {
  const h = HEADERS[lang];
  const counts = ["expected", "approved", "submitted", "draft", "returned", "missing"] as const;
  const columns: ExportColumn[] = [
    { key: "unit", header: h.unit },
    { key: "code", header: h.code, width: 12 },
    ...counts.map((key) => ({ key, header: h[key], width: lang === "zh" ? 10 : 16 })),
    { key: "completeness", header: h.completeness, width: 12 },
    { key: "lastSubmitted", header: h.lastSubmitted, width: 18 },
    { key: "late", header: h.late, width: 8 },
  ];
  const rows: Array<Record<string, ExportValue>> = overview.units.map((u) => ({
    unit: lang === "zh" ? u.nameZh : u.nameEn,
    code: u.code,
    ...Object.fromEntries(counts.map((k) => [k, u[k]])),
    completeness: percentCell(u.completeness),
    lastSubmitted: dateTime(u.lastSubmittedAt),
    late: u.late ? h.yes : h.no,
  }));
  rows.push({ unit: h.total, ...Object.fromEntries(counts.map((k) => [k, overview.totals[k]])), completeness: percentCell(overview.totals.completeness) });
  const title = h.title(overview.round.title, overview.round.period, titleDate(dateTime(overview.asOf)!, lang));
  const reminders: ExportSheet = {
    name: h.reminders,
    title,
    columns: [{ key: "unit", header: h.unit }, { key: "code", header: h.code, width: 12 }, { key: "outstanding", header: h.outstanding, width: 14 }, { key: "daysOverdue", header: h.daysOverdue, width: 14 }],
    rows: overview.reminders.map((r) => ({ unit: lang === "zh" ? r.nameZh : r.nameEn, code: r.code, outstanding: r.outstanding, daysOverdue: r.daysOverdue })),
  };
  return [{ name: h.sheet, title, columns, rows }, reminders];
}
