/**
 * The review list (审核) as a sheet: every statement extracted from a plan or report — target or
 * actual, its state (待审核 pending, 已接受 accepted, 已驳回 rejected, 已合并 merged), the indicator as
 * written and the catalogue indicator it is linked to, the figure with its comparator, unit and year,
 * the baseline, the scope and the sentence it was read from — in document order.
 */
import type { StatementResponse, StatementState } from "../../contract/review.ts";
import { comparatorSymbol } from "../../core/units/display-format.ts";
import type { ExportColumn, ExportSheet, ExportValue } from "../spreadsheets/write-spreadsheet.ts";
import { titleDate, type SheetLanguage } from "./sheet-file.ts";

const HEADERS = {
  zh: { id: "编号", type: "类型", state: "状态", indicatorText: "指标（原文）", indicator: "关联指标", comparator: "比较", value: "数值", valueMax: "上限", unit: "单位", year: "年份", baselineValue: "基期值", baselineYear: "基期年份", scope: "范围", quote: "原文", sheet: "审核清单", title: (plan: string, date: string) => `${plan}　指标审核清单（导出于${date}）` },
  en: { id: "ID", type: "Type", state: "State", indicatorText: "Indicator (as written)", indicator: "Linked indicator", comparator: "Comparator", value: "Value", valueMax: "Upper value", unit: "Unit", year: "Year", baselineValue: "Baseline", baselineYear: "Baseline year", scope: "Scope", quote: "Source sentence", sheet: "Review", title: (plan: string, date: string) => `${plan}: extracted statements (exported ${date})` },
} as const;

const TYPES = { zh: { target: "目标", actual: "实际值" }, en: { target: "Target", actual: "Actual" } } as const;
const STATES: Record<SheetLanguage, Record<StatementState, string>> = {
  zh: { pending: "待审核", accepted: "已接受", rejected: "已驳回", merged: "已合并" },
  en: { pending: "Pending", accepted: "Accepted", rejected: "Rejected", merged: "Merged" },
};

/** The plan's titles, the export date (YYYY-MM-DD, written in the title) and catalogue names by indicator code. */
export interface ReviewSheetContext {
  titleZh: string;
  titleEn: string;
  date: string;
  indicatorNames: ReadonlyMap<string, { nameZh: string; nameEn: string }>;
}

/** The statements as a sheet; figures as extracted, in the unit the document wrote. */
export function reviewSheet(statements: StatementResponse[], context: ReviewSheetContext, lang: SheetLanguage): ExportSheet {
  const h = HEADERS[lang];
  const keys = ["id", "type", "state", "indicatorText", "indicator", "comparator", "value", "valueMax", "unit", "year", "baselineValue", "baselineYear", "scope", "quote"] as const;
  const widths: Partial<Record<(typeof keys)[number], number>> = { indicatorText: 30, indicator: 30, quote: 60 };
  const columns: ExportColumn[] = keys.map((key) => ({ key, header: h[key], ...(widths[key] ? { width: widths[key] } : {}) }));
  const rows = statements.map((s): Record<string, ExportValue> => {
    const linked = s.indicatorCode ? context.indicatorNames.get(s.indicatorCode) : undefined;
    return {
      id: s.id,
      type: TYPES[lang][s.type],
      state: STATES[lang][s.state],
      indicatorText: s.indicatorText,
      indicator: linked ? (lang === "zh" ? linked.nameZh : linked.nameEn) : s.indicatorCode,
      comparator: comparatorSymbol(s.comparator) || "=",
      value: s.value,
      valueMax: s.valueMax,
      unit: s.unit,
      year: s.year,
      baselineValue: s.baselineValue,
      baselineYear: s.baselineYear,
      scope: s.scope,
      quote: s.quote,
    };
  });
  return { name: h.sheet, title: h.title(lang === "zh" ? context.titleZh : context.titleEn, titleDate(context.date, lang)), columns, rows };
}
