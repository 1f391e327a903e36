/**
 * Rules a reported figure must satisfy against its indicator before it is stored: the period fits the
 * indicator's periodicity, a share (占比, 比重) lies between 0 and 100, counts and amounts are not
 * negative, counts are whole. Pure, so forms, imports and the API apply the same rules.
 */
import { parsePeriod, periodFits, type Periodicity, type Period } from "../periods/period.ts";
import type { Indicator } from "./indicator.ts";

/** Stable codes of the value rules, for callers that act on a rule rather than on its message. */
export type ValueProblemCode =
  | "period_syntax"
  | "period_periodicity"
  | "value_not_finite"
  | "share_out_of_range"
  | "value_negative"
  | "count_not_whole";

/** A problem with one field of a reported value, in both languages. */
export interface ValueProblem {
  field: "period" | "value";
  code: ValueProblemCode;
  zh: string;
  en: string;
}

const PERIODICITY_ZH = { year: "年度", quarter: "季度", month: "月度" } as const;
const PERIOD_EXAMPLE = { year: "2024", quarter: "2024Q1", month: "2024-03" } as const;

/**
 * Checks period text, and when a periodicity is given that the period has that granularity.
 * `indicator` names the indicator in the message.
 */
export function validatePeriodText(
  periodText: string,
  indicator?: Pick<Indicator, "nameZh" | "nameEn"> & { periodicity: Periodicity },
): { period: Period | null; problems: ValueProblem[] } {
  const period = parsePeriod(periodText);
  if (!period) {
    return {
      period,
      problems: [{
        field: "period",
        code: "period_syntax",
        zh: `期间“${periodText}”格式不正确，应为 2024（年）、2024Q1（季度）或 2024-03（月）`,
        en: `period "${periodText}" is not valid: use 2024 (year), 2024Q1 (quarter) or 2024-03 (month)`,
      }],
    };
  }
  if (indicator && !periodFits(period, indicator.periodicity)) {
    return {
      period,
      problems: [{
        field: "period",
        code: "period_periodicity",
        zh: `指标“${indicator.nameZh}”按${PERIODICITY_ZH[indicator.periodicity]}统计，期间应形如 ${PERIOD_EXAMPLE[indicator.periodicity]}，而不是“${periodText}”`,
        en: `indicator "${indicator.nameEn}" is reported per ${indicator.periodicity}: the period must look like ${PERIOD_EXAMPLE[indicator.periodicity]}, not "${periodText}"`,
      }],
    };
  }
  return { period, problems: [] };
}

/**
 * Checks the number alone against the indicator's measure (finite; share 0–100; counts and amounts
 * not negative; counts whole). `show` writes the value in messages (default: as given).
 */
export function validateNumber(
  indicator: Pick<Indicator, "nameZh" | "nameEn" | "measure">,
  value: number,
  show: (value: number) => string = String,
): ValueProblem[] {
  if (!Number.isFinite(value)) {
    return [{ field: "value", code: "value_not_finite", zh: "数值必须是有限的数字", en: "value must be a finite number" }];
  }
  if (indicator.measure === "share" && (value < 0 || value > 100)) {
    return [{
      field: "value",
      code: "share_out_of_range",
      zh: `“${indicator.nameZh}”是百分比占比，数值应在 0 到 100 之间，收到 ${show(value)}`,
      en: `"${indicator.nameEn}" is a share in %, so the value must lie between 0 and 100; got ${show(value)}`,
    }];
  }
  if ((indicator.measure === "count" || indicator.measure === "amount") && value < 0) {
    return [{
      field: "value",
      code: "value_negative",
      zh: `“${indicator.nameZh}”不能为负数，收到 ${show(value)}`,
      en: `"${indicator.nameEn}" cannot be negative; got ${show(value)}`,
    }];
  }
  if (indicator.measure === "count" && !Number.isInteger(value)) {
    return [{
      field: "value",
      code: "count_not_whole",
      zh: `“${indicator.nameZh}”是计数，应为整数，收到 ${show(value)}`,
      en: `"${indicator.nameEn}" is a count and must be a whole number; got ${show(value)}`,
    }];
  }
  return [];
}

/** Checks a value for an indicator; returns the problems found (empty when the value may be stored). */
export function validateValue(
  indicator: Pick<Indicator, "nameZh" | "nameEn" | "measure" | "periodicity">,
  periodText: string,
  value: number,
  show?: (value: number) => string,
): { period: Period | null; problems: ValueProblem[] } {
  const { period, problems } = validatePeriodText(periodText, indicator);
  return { period, problems: [...problems, ...validateNumber(indicator, value, show)] };
}
