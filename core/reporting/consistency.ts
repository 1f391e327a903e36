/**
 * Rules tying a reported value to other figures: a ratio indicator against its numerator and
 * denominator (and a numerator or denominator against a known ratio), and the change from the
 * previous period, which beyond a bound needs an explanation (the classic slip: 元 typed for 亿元).
 */
import type { Indicator } from "../indicators/indicator.ts";
import type { ReportProblem } from "./problem.ts";
import { showInDisplayUnit } from "./unit-entry.ts";

/** An indicator aggregated as a ratio of two others. */
export type RatioIndicator = Indicator & { aggregation: { method: "ratio"; numerator: string; denominator: string; scale: number } };

const isRatio = (i: Indicator): i is RatioIndicator => i.aggregation.method === "ratio";

const ratiosByPart = new WeakMap<ReadonlyMap<string, Indicator>, Map<string, RatioIndicator[]>>();

/** The ratio indicators of a catalogue that have `code` as numerator or denominator (indexed once per catalogue). */
export function ratiosUsing(catalogue: ReadonlyMap<string, Indicator>, code: string): readonly RatioIndicator[] {
  let index = ratiosByPart.get(catalogue);
  if (!index) {
    index = new Map();
    for (const indicator of catalogue.values()) {
      if (!isRatio(indicator)) continue;
      for (const part of new Set([indicator.aggregation.numerator, indicator.aggregation.denominator])) {
        index.set(part, [...(index.get(part) ?? []), indicator]);
      }
    }
    ratiosByPart.set(catalogue, index);
  }
  return index.get(code) ?? [];
}

/**
 * Whether a ratio value agrees with numerator / denominator × scale: |ratio − expected| ≤
 * max(tolerance × |expected|, half a unit of the ratio's last shown decimal). The second term lets a
 * value rounded to the catalogue's decimals pass (2.63 % for 2.634 %).
 */
export function ratioAgrees(ratio: RatioIndicator, value: number, expected: number, tolerance: number): boolean {
  const halfDigit = 0.5 * 10 ** -ratio.decimals * (ratio.displayScale ?? 1);
  return Math.abs(value - expected) <= Math.max(tolerance * Math.abs(expected), halfDigit);
}

/** Base-unit value of an indicator for the same place and period, when known. */
export type Known = (indicatorCode: string) => number | undefined;

const name = (catalogue: ReadonlyMap<string, Indicator>, code: string) => catalogue.get(code) ?? { nameZh: code, nameEn: code, unit: "", displayScale: 1 };
const show = (i: Pick<Indicator, "unit" | "displayUnit" | "displayScale">, base: number) => showInDisplayUnit(i, Number(base.toPrecision(6)));
const pct = (tolerance: number) => `${Number((tolerance * 100).toPrecision(3))}%`;

/**
 * Ratio rules for one reported value (base unit): for a ratio indicator, value ≈ numerator /
 * denominator × scale; for a numerator or denominator, each known ratio using it ≈ the ratio this
 * value implies. Skipped when a figure is unknown or a denominator is 0.
 */
export function ratioProblems(indicator: Indicator, value: number, known: Known, catalogue: ReadonlyMap<string, Indicator>, tolerance: number): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (isRatio(indicator)) {
    const { numerator, denominator, scale } = indicator.aggregation;
    const n = known(numerator);
    const d = known(denominator);
    if (n !== undefined && d !== undefined && d !== 0 && !ratioAgrees(indicator, value, (n / d) * scale, tolerance)) {
      const [N, D] = [name(catalogue, numerator), name(catalogue, denominator)];
      const expected = show(indicator, (n / d) * scale);
      problems.push({
        field: "value",
        code: "ratio_mismatch",
        zh: `“${indicator.nameZh}” ${showInDisplayUnit(indicator, value)} 与 ${N.nameZh}（${show(N, n)}）÷ ${D.nameZh}（${show(D, d)}）× ${scale} = ${expected} 不符（容差 ${pct(tolerance)}）`,
        en: `"${indicator.nameEn}" ${showInDisplayUnit(indicator, value)} does not agree with ${N.nameEn} (${show(N, n)}) / ${D.nameEn} (${show(D, d)}) × ${scale} = ${expected} (tolerance ${pct(tolerance)})`,
      });
    }
  }
  for (const ratio of ratiosUsing(catalogue, indicator.code)) {
    const { numerator, denominator, scale } = ratio.aggregation;
    const r = known(ratio.code);
    const n = numerator === indicator.code ? value : known(numerator);
    const d = denominator === indicator.code ? value : known(denominator);
    if (r === undefined || n === undefined || d === undefined || d === 0) continue;
    if (ratioAgrees(ratio, r, (n / d) * scale, tolerance)) continue;
    const other = numerator === indicator.code ? name(catalogue, denominator) : name(catalogue, numerator);
    const otherValue = numerator === indicator.code ? d : n;
    const implied = show(ratio, (n / d) * scale);
    problems.push({
      field: "value",
      code: "ratio_part_mismatch",
      zh: `“${indicator.nameZh}” ${showInDisplayUnit(indicator, value)} 与已填的“${ratio.nameZh}” ${showInDisplayUnit(ratio, r)} 不符：按${other.nameZh} ${show(other, otherValue)} 计算应为 ${implied}（容差 ${pct(tolerance)}）`,
      en: `"${indicator.nameEn}" ${showInDisplayUnit(indicator, value)} does not agree with the known "${ratio.nameEn}" ${showInDisplayUnit(ratio, r)}: with ${other.nameEn} ${show(other, otherValue)} it gives ${implied} (tolerance ${pct(tolerance)})`,
    });
  }
  return problems;
}

/** "−100.0%" / "+52.3%": a relative change with its sign (U+2212 for minus). */
function signedPercent(change: number): string {
  const text = (Math.abs(change) * 100).toFixed(1);
  return `${change < 0 ? "−" : "+"}${text}%`;
}

/** "×3.2" or "1/100000000": the factor between two values of the same sign; "" otherwise. */
function factor(value: number, previous: number): string {
  const ratio = value / previous;
  if (!(ratio > 0) || !Number.isFinite(ratio)) return "";
  const digits = (x: number) => String(Number(x.toPrecision(3)));
  return ratio >= 1 ? `×${digits(ratio)}` : `1/${digits(1 / ratio)}`;
}

/**
 * The change rule: relative change = (value − previous) / |previous|; when |change| > bound an
 * explanation is required. Skipped when the previous value is 0 (no relative change is defined).
 */
export function changeProblem(
  indicator: Indicator,
  period: string,
  value: number,
  previous: { period: string; value: number } | undefined,
  bound: number,
  explanation: string | undefined,
): ReportProblem | null {
  if (!previous || previous.value === 0 || !Number.isFinite(previous.value)) return null;
  const change = (value - previous.value) / Math.abs(previous.value);
  if (Math.abs(change) <= bound || (explanation ?? "").trim() !== "") return null;
  const f = factor(value, previous.value);
  const now = showInDisplayUnit(indicator, value);
  const before = showInDisplayUnit(indicator, previous.value);
  return {
    field: "value",
    code: "change_needs_explanation",
    zh: `本期（${period}）${now}，比上期（${previous.period}）${before} 变化 ${signedPercent(change)}${f ? `（约 ${f}）` : ""}，超过 ±${pct(bound)}：请核对单位，或填写说明`,
    en: `${period}: ${now} is ${signedPercent(change)} from ${before} in ${previous.period}${f ? ` (about ${f})` : ""}, beyond ±${pct(bound)}: check the unit, or give an explanation`,
  };
}
