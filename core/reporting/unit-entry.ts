/**
 * Reading a typed figure in a unit: a value with no unit is in the indicator's display unit (亿元 for
 * money), a value with a unit (亿元, 万元, 元, 家, %, ％ …) is scaled by that unit, and a unit of another
 * kind (亿元 for a count of 家) is refused. Also the way back, base value → display value.
 */
import type { Indicator } from "../indicators/indicator.ts";
import { baseUnit, DIGIT_MAGNITUDES } from "../units/unit-list.ts";
import type { ReportProblem } from "./problem.ts";

/** What unit entry needs of an indicator (displayScale defaults to 1). */
export type UnitIndicator = Pick<Indicator, "nameZh" | "nameEn" | "unit"> & { displayUnit?: string; displayScale?: number };

/** Result of reading a figure: the value in the indicator's base unit, or the problem with the unit. */
export type BaseValueResult = { ok: true; value: number } | { ok: false; problem: ReportProblem };

/** x without binary noise: 15 significant digits (1005.3 × 1e8 = 100530000000, not …0001). */
const clean = (x: number): number => Number(x.toPrecision(15));
/**
 * value × scale without binary noise. Cheap where clean would change nothing: a scale of 1, and a
 * whole product below 1e15 (≤ 15 digits, which toPrecision(15) keeps as is).
 */
const scaled = (value: number, scale: number): number => {
  const product = value * scale;
  return scale === 1 || !Number.isFinite(product) || (Number.isInteger(product) && Math.abs(product) < 1e15) ? product : clean(product);
};

/** Unit text as compared: full-width forms folded (％ → %), spaces removed. */
const normaliseUnit = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

/** Scales already worked out per indicator and unit text: a file gives the same unit on every row. */
const knownScales = new WeakMap<UnitIndicator, Map<string, number | null>>();
/** Unit texts remembered per indicator, so that a file of odd units cannot grow the memory without end. */
const KNOWN_SCALES_PER_INDICATOR = 64;

/** Base-unit value of one of `unitText` for this indicator, or null when the unit is of another kind. */
export function unitScale(indicator: UnitIndicator, unitText: string): number | null {
  let known = knownScales.get(indicator);
  if (!known) knownScales.set(indicator, (known = new Map()));
  let scale = known.get(unitText);
  if (scale === undefined) {
    scale = scaleOf(indicator, unitText);
    if (known.size < KNOWN_SCALES_PER_INDICATOR) known.set(unitText, scale);
  }
  return scale;
}

function scaleOf(indicator: UnitIndicator, unitText: string): number | null {
  const text = normaliseUnit(unitText);
  if (indicator.displayUnit !== undefined && text === normaliseUnit(indicator.displayUnit)) return indicator.displayScale ?? 1;
  const base = baseUnit(text);
  if (base.unit === indicator.unit) return base.scale;
  // A magnitude word before the base unit: 万家, 万人年, 万亿元 (1e12 元); never before a percentage.
  if (indicator.unit === "%" || indicator.unit === "个百分点") return null;
  for (const [word, magnitude] of DIGIT_MAGNITUDES) {
    if (text.length > word.length && text.startsWith(word)) {
      const rest = baseUnit(text.slice(word.length));
      if (rest.unit === indicator.unit) return magnitude * rest.scale;
    }
  }
  return null;
}

/** The unit texts offered for an indicator: display unit first, then the base unit and its usual magnitudes. */
export function acceptedUnits(indicator: UnitIndicator): string[] {
  const units = [indicator.displayUnit, indicator.unit === "元" ? "万元" : undefined, indicator.unit === "元" ? "亿元" : undefined, indicator.unit];
  return [...new Set(units.filter((u): u is string => u !== undefined && u !== ""))];
}

/**
 * A typed value in the base unit. Without `unitText` (or with a blank one) the value is in the display
 * unit: base = value × displayScale. With one it is value × that unit's scale; a unit whose base unit
 * is not the indicator's is a problem on field "unit" (code "unit_mismatch").
 */
export function toBaseValue(indicator: UnitIndicator, value: number, unitText?: string): BaseValueResult {
  if (unitText === undefined || unitText.trim() === "") return { ok: true, value: scaled(value, indicator.displayScale ?? 1) };
  const scale = unitScale(indicator, unitText);
  if (scale !== null) return { ok: true, value: scaled(value, scale) };
  const accepted = acceptedUnits(indicator);
  const listZh = accepted.length > 0 ? `，可填 ${accepted.join("、")}` : "，应不填单位";
  const listEn = accepted.length > 0 ? `; use ${accepted.join(", ")}` : "; leave the unit empty";
  return {
    ok: false,
    problem: {
      field: "unit",
      code: "unit_mismatch",
      zh: `单位“${unitText.trim()}”与指标“${indicator.nameZh}”的单位（${indicator.unit || "无单位"}）不符${listZh}`,
      en: `unit "${unitText.trim()}" does not fit indicator "${indicator.nameEn}" (counted in ${indicator.unit || "no unit"})${listEn}`,
    },
  };
}

/** A base-unit value in the indicator's display unit: base / displayScale, without binary noise. */
export function fromBaseValue(indicator: Pick<UnitIndicator, "displayScale">, base: number): number {
  const scale = indicator.displayScale ?? 1;
  return scale === 1 || !Number.isFinite(base) ? base : clean(base / scale);
}

/** The display unit's name (亿元), or the base unit when there is no separate display unit. */
export function displayUnitOf(indicator: Pick<UnitIndicator, "unit" | "displayUnit">): string {
  return indicator.displayUnit ?? indicator.unit;
}

/** A base-unit value written in the display unit with its unit: "1005.3 亿元", "26371 家", "2.6%". */
export function showInDisplayUnit(indicator: Pick<UnitIndicator, "unit" | "displayUnit" | "displayScale">, base: number): string {
  const unit = displayUnitOf(indicator);
  const shown = String(fromBaseValue(indicator, base));
  if (unit === "") return shown;
  return unit === "%" ? `${shown}%` : `${shown} ${unit}`;
}
