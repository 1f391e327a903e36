/**
 * Comparator semantics for targets: whether a figure meets a target (bounds, strict bounds, ranges),
 * which way progress runs, and the at-risk band around a required rate.
 */
import type { Comparator } from "../targets/target.ts";
import type { Direction } from "../indicators/indicator.ts";

/**
 * Relative tolerance, so that float rounding in derived levels (baseline × 1.1^5) never flips a
 * comparison; one part in a billion is far below any reported precision.
 */
const REL_TOL = 1e-9;
const eps = (ref: number) => REL_TOL * Math.max(1, Math.abs(ref));

/**
 * x meets the target: ">=" x ≥ lo; ">" x > lo (strictly, beyond the tolerance); "<=" x ≤ lo;
 * "<" x < lo; "=" lo ≤ x ≤ (hi ?? lo). A range given with a bound comparator keeps its bound.
 */
export function meets(x: number, comparator: Comparator, lo: number, hi?: number | null): boolean {
  switch (comparator) {
    case ">=":
      return x >= lo - eps(lo);
    case ">":
      return x > lo + eps(lo);
    case "<=":
      return x <= (hi ?? lo) + eps(hi ?? lo);
    case "<":
      return x < (hi ?? lo) - eps(hi ?? lo);
    case "=":
      return x >= lo - eps(lo) && x <= (hi ?? lo) + eps(hi ?? lo);
  }
}

/** +1 when progress means rising, −1 when falling. */
export type Sense = 1 | -1;

/**
 * Which way progress runs: a lower bound (">=", ">") rises and an upper bound ("<=", "<") falls,
 * whatever the indicator says, because the plan's wording is the commitment; for "=" the side of
 * the range the reference (baseline, else latest) lies on decides, and inside it the indicator's direction.
 */
export function senseOf(
  comparator: Comparator,
  direction: Direction,
  lo: number,
  hi: number | null,
  reference: number | null,
): Sense {
  if (comparator === ">=" || comparator === ">") return 1;
  if (comparator === "<=" || comparator === "<") return -1;
  if (reference !== null && reference < lo) return 1;
  if (reference !== null && reference > (hi ?? lo)) return -1;
  return direction === "lower_is_better" ? -1 : 1;
}

/** The end of the target a trajectory heads for: the lower end when rising, the upper end when falling. */
export function aimOf(sense: Sense, lo: number, hi: number | null): number {
  return sense === 1 ? lo : (hi ?? lo);
}

/** Within the at-risk band of a required rate: sense·(x − aim) ≥ −(1 − atRisk)·|aim|, i.e. x ≥ 0.85·aim for a positive rising aim. */
export function withinBand(x: number, sense: Sense, aim: number, atRisk: number): boolean {
  return sense * (x - aim) >= -(1 - atRisk) * Math.abs(aim) - eps(aim);
}
