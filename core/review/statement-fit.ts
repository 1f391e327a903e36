/**
 * Whether a statement can become a target or a data value of the indicator it is linked to: the
 * figure must be in the indicator's unit, or be a form whose unit is its own — a multiple (翻番, no
 * unit), a growth rate (% or 个百分点). An actual becomes a data value, so it must be a level in the
 * indicator's unit (or a rate for a growth-rate indicator). Catches a wrong link before it stores a
 * meaningless figure (45000 家 as a share in %).
 */
import type { Indicator } from "../indicators/indicator.ts";

export type FitStatement = { type: "target" | "actual"; kind: "level" | "growth" | "multiple" | "increment"; unit: string };
export type FitProblem = { field: "unit" | "kind"; zh: string; en: string };

const GROWTH_UNITS = new Set(["%", "个百分点"]);

/** null when the statement fits the indicator, else the field to correct and why. */
export function checkStatementFit(s: FitStatement, indicator: Pick<Indicator, "nameZh" | "nameEn" | "unit" | "measure">): FitProblem | null {
  const rateIndicator = indicator.measure === "rate";
  const unitProblem = (): FitProblem => ({
    field: "unit",
    zh: `单位“${s.unit || "无"}”与指标“${indicator.nameZh}”的单位“${indicator.unit || "无"}”不一致，请修改单位或关联其他指标`,
    en: `the unit "${s.unit}" differs from the unit "${indicator.unit}" of "${indicator.nameEn}"; correct the unit or link another indicator`,
  });
  if (s.type === "actual") {
    if (s.kind === "level" || s.kind === "increment" || (rateIndicator && s.kind === "growth")) return s.unit === indicator.unit ? null : unitProblem();
    return {
      field: "kind",
      zh: `实际值须为指标“${indicator.nameZh}”的数值（水平值），不能是${s.kind === "growth" ? "增速" : "倍数"}`,
      en: `an actual must be a level of "${indicator.nameEn}", not a ${s.kind === "growth" ? "growth rate" : "multiple"}`,
    };
  }
  if (s.kind === "multiple") return null;
  if (s.kind === "growth") return GROWTH_UNITS.has(s.unit) ? null : unitProblem();
  return s.unit === indicator.unit ? null : unitProblem();
}
