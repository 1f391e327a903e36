/**
 * Outlier treatment of one indicator column: winsorisation point by point while the distribution
 * fails the skewness/kurtosis test, then a log transform of the untreated data if it still fails.
 */
import { kurtosis, skewness } from "./stats.ts";

export interface TreatOptions {
  /** Most points to winsorise; null means no cap (winsorise until the test passes). */
  maxPoints: number | null;
  skewThreshold: number;
  kurtThreshold: number;
  /** What to do when winsorisation within the cap does not pass: log transform or keep as is. */
  fallback: "log" | "none";
}

export interface TreatReport {
  skew0: number;
  kurt0: number;
  passed0: boolean;
  /** Winsorised points (0 when the data passed untreated or winsorisation was abandoned). */
  nWinsorised: number;
  /** Set when the data was treated: the statistics after treatment. */
  skew1?: number;
  kurt1?: number;
  passed1?: boolean;
  log: boolean;
  /** Per row: "winhi" / "winlo" for winsorised points, "log" when the column was log-transformed. */
  points: (string | null)[];
}

/** The test: a column fails when |skew| ≥ skewThreshold and excess kurtosis ≥ kurtThreshold. */
export function passes(x: ArrayLike<number>, o: Pick<TreatOptions, "skewThreshold" | "kurtThreshold">): boolean {
  const s = skewness(x);
  const k = kurtosis(x);
  return !(Math.abs(s) >= o.skewThreshold && k >= o.kurtThreshold);
}

/** Log fallback: x′ = ln(x − min + 0.01·(max − min)), defined for any range and sign. */
export function logTransform(x: Float64Array): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) if (!Number.isNaN(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  return x.map((v) => Math.log(v - lo + 0.01 * (hi - lo)));
}

/**
 * Winsorises x with `nHi` points capped from above and `nLo` from below: with present values sorted,
 * the nHi largest become the (nHi + 1)-th largest and the nLo smallest the (nLo + 1)-th smallest.
 */
function winsorised(x: Float64Array, order: number[], nHi: number, nLo: number): Float64Array {
  const y = x.slice();
  const n = order.length;
  const capHi = x[order[n - 1 - nHi]!]!;
  const capLo = x[order[nLo]!]!;
  for (let k = 0; k < nHi; k++) y[order[n - 1 - k]!] = capHi;
  for (let k = 0; k < nLo; k++) y[order[k]!] = capLo;
  return y;
}

/** Treats one column; returns the treated copy and what was done. */
export function treatColumn(x: Float64Array, o: TreatOptions): { values: Float64Array; report: TreatReport } {
  const skew0 = skewness(x);
  const kurt0 = kurtosis(x);
  const passed0 = passes(x, o);
  const points: (string | null)[] = Array.from(x, () => null);
  const base = { skew0, kurt0, passed0, points };
  if (passed0) return { values: x.slice(), report: { ...base, nWinsorised: 0, log: false } };

  const order: number[] = [];
  x.forEach((v, i) => Number.isNaN(v) || order.push(i));
  order.sort((a, b) => x[a]! - x[b]! || a - b);
  const limit = Math.min(o.maxPoints ?? Infinity, order.length - 2);
  let nHi = 0;
  let nLo = 0;
  let y = x;
  let ok = false;
  while (nHi + nLo < limit) {
    // Cap the side the tail is on, judged on the data as winsorised so far.
    if (skewness(y) >= 0) nHi++;
    else nLo++;
    y = winsorised(x, order, nHi, nLo);
    if (passes(y, o)) {
      ok = true;
      break;
    }
  }
  if (ok || o.fallback === "none") {
    for (let k = 0; k < nHi; k++) points[order[order.length - 1 - k]!] = "winhi";
    for (let k = 0; k < nLo; k++) points[order[k]!] = "winlo";
    const stats = { skew1: skewness(y), kurt1: kurtosis(y), passed1: ok };
    return { values: y === x ? x.slice() : y, report: { ...base, ...stats, nWinsorised: nHi + nLo, log: false } };
  }
  const logged = logTransform(x);
  x.forEach((v, i) => Number.isNaN(v) || (points[i] = "log"));
  const stats = { skew1: skewness(logged), kurt1: kurtosis(logged), passed1: passes(logged, o) };
  return { values: logged, report: { ...base, ...stats, nWinsorised: 0, log: true } };
}
