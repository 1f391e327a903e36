/** Change of a reported figure from last period's: the relative change, as people read it (+80.0%), and the ±50 % rule. */
import { formatNumber } from "../../format/number.format.ts";
import type { Language } from "../../i18n/translate.ts";

/** The server's default bound (KECHUANG_CHANGE_BOUND): beyond ±50 % a figure needs an explanation. */
export const CHANGE_BOUND = 0.5;

/** (value − previous) / |previous|; null without both figures or when the previous one is 0. */
export function relativeChange(value: number | null | undefined, previous: number | null | undefined): number | null {
  if (value === null || value === undefined || previous === null || previous === undefined) return null;
  if (previous === 0 || !Number.isFinite(previous) || !Number.isFinite(value)) return null;
  return (value - previous) / Math.abs(previous);
}

/** A change as a signed percentage with one decimal: "+80.0%", "-12.5%", "0.0%". */
export function formatChange(change: number, lang: Language): string {
  const text = formatNumber(Math.abs(change) * 100, 1, lang);
  const fixed = text.includes(".") ? text : `${text}.0`;
  return `${change > 0 ? "+" : change < 0 ? "-" : ""}${fixed}%`;
}

/** Whether a change goes beyond the bound, so that an explanation will be asked for. */
export function beyondBound(change: number | null, bound = CHANGE_BOUND): boolean {
  return change !== null && Math.abs(change) > bound;
}
