/**
 * The plan dashboard's table as a sheet: per target the indicator, 约束性/预期性, unit, baseline and
 * its year, the target as the plan words it and its year, the latest value and its year, completion,
 * status, the annual growth required and realised, and the projection with its model — figures in
 * each indicator's display unit (亿元, 万人) with its decimals, as the dashboard shows them.
 */
import type { TargetProgress } from "../../contract/plans.ts";
import { ATTRIBUTE_LABELS, GROWTH_MODEL_LABELS, STATUS_LABELS } from "../../core/monitoring/labels.ts";
import { shownCompletion } from "../../core/monitoring/shown-completion.ts";
import { formatTarget, growthFigure, toDisplayValue, unitLabel } from "../../core/units/display-format.ts";
import type { ExportColumn, ExportSheet, ExportValue } from "../spreadsheets/write-spreadsheet.ts";
import { numberCell, percentCell, titleDate, type SheetLanguage } from "./sheet-file.ts";

const HEADERS = {
  zh: { indicator: "指标", attribute: "属性", unit: "单位", baseline: "基期值", baselineYear: "基期年份", target: "目标", targetYear: "目标年份", latest: "最新值", latestYear: "最新值年份", completion: "完成度", status: "状态", required: "所需年均增长", realised: "实际年均增长", projection: "目标年预测值", model: "预测模型", sheet: "目标进展", title: (plan: string, asOf: string) => `${plan}　目标进展（截至${asOf}）` },
  en: { indicator: "Indicator", attribute: "Attribute", unit: "Unit", baseline: "Baseline", baselineYear: "Baseline year", target: "Target", targetYear: "Target year", latest: "Latest", latestYear: "Latest year", completion: "Completion", status: "Status", required: "Required annual growth", realised: "Realised annual growth", projection: "Projection to target year", model: "Projection model", sheet: "Progress", title: (plan: string, asOf: string) => `${plan}: progress of targets as of ${asOf}` },
} as const;

const NOTES = {
  zh: ["数值均按各指标的显示单位（见“单位”列）；完成度 =（最新值 − 基期值）/（目标值 − 基期值），年均增长类目标为增速达成 = 实际年均增速 / 目标年均增速，均按 0–100% 显示。", "增长率：复合增长以 % 表示，线性增长以每年的增量（比重类为个百分点/年）表示。"],
  en: ["Figures are in each indicator's display unit (see Unit); completion = (latest − baseline) / (target − baseline), for annual-growth targets growth achieved = realised / target annual growth, shown within 0–100%.", "Growth: compound growth as %, linear growth as the change a year (percentage points a year for shares)."],
} as const;

/** A plan as the title names it, and the date the figures stand at (YYYY-MM-DD) or the as-of year. */
export interface ProgressSheetContext {
  titleZh: string;
  titleEn: string;
  asOf: { date: string } | { year: number };
}

function growthCell(rate: number | null, p: TargetProgress, lang: SheetLanguage): ExportValue {
  if (rate === null || p.growthBasis === null || !Number.isFinite(rate)) return null;
  const figure = growthFigure(rate, p, lang);
  // Compound growth is a fraction in the cell, shown as a percentage; linear growth carries its unit in the format.
  return figure.unit === "%" ? percentCell(rate, figure.decimals) : numberCell(figure.value, figure.decimals, figure.unit);
}

/** Completion as the dashboard's bar shows it (增速达成 for a growth-rate target), within 0–100 %. */
function completionCell(p: TargetProgress): ExportValue {
  const { value } = shownCompletion(p);
  return value === null || !Number.isFinite(value) ? null : percentCell(Math.min(1, Math.max(0, value)));
}

/** One target's row, every figure in its display unit. */
function progressRow(p: TargetProgress, lang: SheetLanguage): Record<string, ExportValue> {
  const display = (base: number | null | undefined) => (base === null || base === undefined ? null : numberCell(toDisplayValue(base, p.displayScale), p.decimals));
  return {
    indicator: lang === "zh" ? p.indicator : p.indicatorEn,
    attribute: ATTRIBUTE_LABELS[lang][p.attribute ?? "none"],
    unit: unitLabel(p.displayUnit, lang),
    baseline: display(p.baseline?.value),
    baselineYear: p.baseline?.year ?? null,
    target: formatTarget(p, lang),
    targetYear: p.target.year,
    latest: display(p.latest?.value),
    latestYear: p.latest?.year ?? null,
    completion: completionCell(p),
    status: STATUS_LABELS[lang][p.status],
    required: growthCell(p.requiredAnnualGrowth, p, lang),
    realised: growthCell(p.realisedAnnualGrowth, p, lang),
    projection: display(p.projection),
    model: p.projection !== null && p.growthBasis ? GROWTH_MODEL_LABELS[lang][p.growthBasis] : null,
  };
}

/** The progress table of a plan as a sheet, in the order the dashboard lists the targets. */
export function progressSheet(rows: TargetProgress[], context: ProgressSheetContext, lang: SheetLanguage): ExportSheet {
  const h = HEADERS[lang];
  const keys = ["indicator", "attribute", "unit", "baseline", "baselineYear", "target", "targetYear", "latest", "latestYear", "completion", "status", "required", "realised", "projection", "model"] as const;
  const widths: Partial<Record<(typeof keys)[number], number>> = { indicator: 36, baselineYear: 10, targetYear: 10, latestYear: 12 };
  const columns: ExportColumn[] = keys.map((key) => ({ key, header: h[key], ...(widths[key] ? { width: widths[key] } : {}) }));
  const asOf = "date" in context.asOf ? titleDate(context.asOf.date, lang) : lang === "zh" ? `${context.asOf.year}年` : String(context.asOf.year);
  return {
    name: h.sheet,
    title: h.title(lang === "zh" ? context.titleZh : context.titleEn, asOf),
    columns,
    rows: rows.map((p) => progressRow(p, lang)),
    notes: [...NOTES[lang]],
  };
}
