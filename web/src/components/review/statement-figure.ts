/**
 * A statement's figure as a reader writes it: comparator, value with its magnitude word back on large
 * amounts (1.1e11 元 → 1100亿元), range and unit. Pure, tested without a DOM.
 */
import type { StatementResponse } from "../../../../contract/review.ts";

const SYMBOL: Record<StatementResponse["comparator"], string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

function magnitude(value: number, unit: string): string {
  const trim = (n: number) => String(Number(n.toPrecision(10)));
  if (Math.abs(value) >= 1e8 && value % 1e6 === 0) return `${trim(value / 1e8)}亿${unit}`;
  if (Math.abs(value) >= 1e5 && value % 1e3 === 0 && unit === "元") return `${trim(value / 1e4)}万${unit}`;
  return `${trim(value)}${unit}`;
}

/** "≥4500家", "2—3个", "×2" for a multiple, "1100亿元". */
export function formatStatementFigure(s: Pick<StatementResponse, "comparator" | "value" | "valueMax" | "unit" | "kind">): string {
  if (s.kind === "multiple") return `${SYMBOL[s.comparator]}×${s.value}`;
  if (s.valueMax !== null) return `${magnitude(s.value, "")}—${magnitude(s.valueMax, s.unit)}`;
  return `${SYMBOL[s.comparator]}${magnitude(s.value, s.unit)}`;
}
