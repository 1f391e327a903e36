/**
 * Outlier treatment of one indicator column: winsorisation point by point while the distribution
 * fails the skewness/kurtosis test, then a log transform of the untreated data if it still fails.
 */
import { kurtosis, skewKurt, skewness, sortIndices } from "./stats.ts";

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
  return logTransformInto(x, new Float64Array(x.length));
}

function logTransformInto(x: ArrayLike<number>, out: Float64Array): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  }
  for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + 0.01 * (hi - lo));
  return out;
}

/** What treatInto did to one column; reused from call to call so that treating allocates nothing. */
export interface TreatState {
  passed0: boolean;
  /** Points capped from above and from below. */
  nHi: number;
  nLo: number;
  /** Winsorisation within the cap passed the test. */
  ok: boolean;
  log: boolean;
  /** Present positions sorted by value (then position); the first `present` entries are set when treated. */
  order: Int32Array;
  present: number;
  /** Scratch for skewness and kurtosis. */
  sk: Float64Array;
}

export function treatState(n: number): TreatState {
  return { passed0: true, nHi: 0, nLo: 0, ok: false, log: false, order: new Int32Array(n), present: 0, sk: new Float64Array(2) };
}

const fails = (sk: Float64Array, o: Pick<TreatOptions, "skewThreshold" | "kurtThreshold">): boolean =>
  Math.abs(sk[0]!) >= o.skewThreshold && sk[1]! >= o.kurtThreshold;

/**
 * Treats column x into `out` (same length, not x itself): while the column fails the test, cap one
 * more point on the side its tail is on, the nHi largest present values set to the (nHi + 1)-th
 * largest and the nLo smallest to the (nLo + 1)-th smallest; past the cap, log-transform the
 * untreated data (fallback "log") or keep the winsorised data ("none"). `st` says what was done.
 */
export function treatInto(x: Float64Array, out: Float64Array, o: TreatOptions, st: TreatState): void {
  const sk = st.sk;
  skewKurt(x, sk);
  st.passed0 = !fails(sk, o);
  st.nHi = st.nLo = st.present = 0;
  st.ok = st.log = false;
  out.set(x);
  if (st.passed0) return;

  const order = st.order;
  let m = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) order[m++] = i;
  sortIndices(order, m, (a, b) => x[a]! - x[b]! || a - b);
  st.present = m;
  const limit = Math.min(o.maxPoints ?? Infinity, m - 2);
  while (st.nHi + st.nLo < limit) {
    // Cap the side the tail is on, judged on the data as winsorised so far; the caps of that side move.
    if (sk[0]! >= 0) {
      const cap = x[order[m - 1 - ++st.nHi]!]!;
      for (let k = 0; k < st.nHi; k++) out[order[m - 1 - k]!] = cap;
    } else {
      const cap = x[order[++st.nLo]!]!;
      for (let k = 0; k < st.nLo; k++) out[order[k]!] = cap;
    }
    skewKurt(out, sk);
    if (!fails(sk, o)) {
      st.ok = true;
      break;
    }
  }
  if (st.ok || o.fallback === "none") return;
  st.log = true;
  logTransformInto(x, out);
}

/** Treats one column; returns the treated copy and what was done. */
export function treatColumn(x: Float64Array, o: TreatOptions): { values: Float64Array; report: TreatReport } {
  const st = treatState(x.length);
  const values = new Float64Array(x.length);
  treatInto(x, values, o, st);
  const skew0 = skewness(x);
  const kurt0 = kurtosis(x);
  const points: (string | null)[] = Array.from(x, () => null);
  const base = { skew0, kurt0, passed0: st.passed0, points };
  if (st.passed0) return { values, report: { ...base, nWinsorised: 0, log: false } };
  const stats = { skew1: skewness(values), kurt1: kurtosis(values), passed1: passes(values, o) };
  if (st.log) {
    x.forEach((v, i) => Number.isNaN(v) || (points[i] = "log"));
    return { values, report: { ...base, ...stats, nWinsorised: 0, log: true } };
  }
  const { order, present: m, nHi, nLo } = st;
  for (let k = 0; k < nHi; k++) points[order[m - 1 - k]!] = "winhi";
  for (let k = 0; k < nLo; k++) points[order[k]!] = "winlo";
  return { values, report: { ...base, ...stats, passed1: st.ok, nWinsorised: nHi + nLo, log: false } };
}
