/**
 * Descriptive statistics used by the index engine: means, sample moments, type-2 skewness and
 * kurtosis, type-7 quantiles and min-ranks. Missing values are NaN and are skipped everywhere.
 */

/** The finite-or-infinite, non-NaN values of `xs`. */
export function present(xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    if (!Number.isNaN(v)) out.push(v);
  }
  return out;
}

/** mean = Σx / n over present values; NaN when none. */
export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return n === 0 ? NaN : s / n;
}

/** Sample standard deviation sd = √(Σ(x − x̄)² / (n − 1)). */
export function sd(xs: ArrayLike<number>): number {
  const v = present(xs);
  if (v.length < 2) return NaN;
  const m = mean(v);
  let ss = 0;
  for (const x of v) ss += (x - m) ** 2;
  return Math.sqrt(ss / (v.length - 1));
}

/** Median = type-7 quantile at p = 0.5. */
export function median(xs: ArrayLike<number>): number {
  return quantile(xs, 0.5);
}

/** Type-7 quantile: h = (n − 1)·p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) on sorted x (0-based). */
export function quantile(xs: ArrayLike<number>, p: number): number {
  const v = present(xs).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = (v.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, v.length - 1);
  return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
}

/** Central moments m_k = Σ(x − x̄)^k / n, k = 2, 3, 4. */
function moments(v: number[]): { n: number; m2: number; m3: number; m4: number } {
  const n = v.length;
  const m = mean(v);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of v) {
    const d = x - m;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/** Type-2 sample skewness G1 = g1·√(n(n − 1))/(n − 2), with g1 = m3 / m2^1.5. */
export function skewness(xs: ArrayLike<number>): number {
  const { n, m2, m3 } = moments(present(xs));
  if (n < 3) return NaN;
  const g1 = m3 / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** Type-2 sample excess kurtosis G2 = ((n + 1)·g2 + 6)·(n − 1)/((n − 2)(n − 3)), g2 = m4/m2² − 3. */
export function kurtosis(xs: ArrayLike<number>): number {
  const { n, m2, m4 } = moments(present(xs));
  if (n < 4) return NaN;
  const g2 = m4 / (m2 * m2) - 3;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Min-rank ("competition" ranking, ties take the lowest rank): rank(xᵢ) = 1 + #{j : xⱼ beats xᵢ},
 * where "beats" is > when `descending` (rank 1 = highest) and < otherwise. NaN stays NaN.
 */
export function minRank(xs: ArrayLike<number>, descending: boolean): Float64Array {
  const n = xs.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(xs[i]!)) idx.push(i);
  idx.sort((a, b) => (descending ? xs[b]! - xs[a]! : xs[a]! - xs[b]!));
  const out = new Float64Array(n).fill(NaN);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const prev = k > 0 ? idx[k - 1]! : -1;
    out[i] = k > 0 && xs[prev] === xs[i] ? out[prev]! : k + 1;
  }
  return out;
}
