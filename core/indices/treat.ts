/**
 * Outlier treatment of one indicator column: winsorisation point by point while the distribution
 * fails the skewness/kurtosis test, then a log transform of the untreated data if it still fails.
 */
import { kurtosis, skewKurt, skewness } from "./stats.ts";

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
  /**
   * Positions of the largest present values, largest first, and of the smallest, smallest first
   * (equal values ordered by position): hi[k] is the (k + 1)-th largest. Set up to nHi and nLo.
   */
  hi: Int32Array;
  lo: Int32Array;
  /** Scratch for skewness and kurtosis. */
  sk: Float64Array;
}

export function treatState(n: number): TreatState {
  return { passed0: true, nHi: 0, nLo: 0, ok: false, log: false, hi: new Int32Array(n), lo: new Int32Array(n), sk: new Float64Array(2) };
}

const fails = (sk: Float64Array, o: Pick<TreatOptions, "skewThreshold" | "kurtThreshold">): boolean =>
  Math.abs(sk[0]!) >= o.skewThreshold && sk[1]! >= o.kurtThreshold;

/**
 * Position of the present value that comes next below (sign 1) or above (sign −1) position `after`
 * in the order by value then position (the first one when after < 0). A few steps of winsorisation
 * need only the few extremes: one pass each instead of a sort.
 */
function nextExtreme(x: Float64Array, sign: 1 | -1, after: number): number {
  const va = sign * x[Math.max(after, 0)]!; // unused when after < 0
  let best = -1;
  let vb = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = sign * x[i]!;
    if (Number.isNaN(v)) continue;
    // Ordered by (sign·value, sign·position): ties go to the later position from the top, the earlier from the bottom.
    if (after >= 0 && (v > va || (v === va && sign * i >= sign * after))) continue;
    if (best < 0 || v > vb || (v === vb && sign * i > sign * best)) (best = i), (vb = v);
  }
  return best;
}

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
  st.nHi = st.nLo = 0;
  st.ok = st.log = false;
  out.set(x);
  if (st.passed0) return;

  let m = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) m++;
  const { hi, lo } = st;
  const limit = Math.min(o.maxPoints ?? Infinity, m - 2);
  if (limit > 0) (hi[0] = nextExtreme(x, 1, -1)), (lo[0] = nextExtreme(x, -1, -1));
  while (st.nHi + st.nLo < limit) {
    // Cap the side the tail is on, judged on the data as winsorised so far; the caps of that side move.
    if (sk[0]! >= 0) {
      const k = ++st.nHi;
      hi[k] = nextExtreme(x, 1, hi[k - 1]!);
      const cap = x[hi[k]!]!;
      for (let j = 0; j < k; j++) out[hi[j]!] = cap;
    } else {
      const k = ++st.nLo;
      lo[k] = nextExtreme(x, -1, lo[k - 1]!);
      const cap = x[lo[k]!]!;
      for (let j = 0; j < k; j++) out[lo[j]!] = cap;
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
  const { hi, lo, nHi, nLo } = st;
  for (let k = 0; k < nHi; k++) points[hi[k]!] = "winhi";
  for (let k = 0; k < nLo; k++) points[lo[k]!] = "winlo";
  return { values, report: { ...base, ...stats, passed1: st.ok, nWinsorised: nHi + nLo, log: false } };
}
