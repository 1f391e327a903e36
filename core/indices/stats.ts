/**
 * Descriptive statistics used by the index engine: means, sample moments, type-2 skewness and
 * kurtosis, type-7 quantiles and min-ranks. Missing values are NaN and are skipped everywhere.
 */

const scratch = new Float64Array(2);

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
  if (n === 0) return NaN;
  return s / n;
}

/** Sample standard deviation sd = √(Σ(x − x̄)² / (n − 1)). */
export function sd(xs: ArrayLike<number>): number {
  meanSd(xs, scratch);
  return scratch[1]!;
}

/**
 * Mean and sample standard deviation written to out[0] and out[1]: a number returned from a call
 * V8 does not inline is boxed, and the z-scores of every replication need both.
 */
export function meanSd(xs: ArrayLike<number>, out: Float64Array): void {
  let s = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!Number.isNaN(x)) (s += x), n++;
  }
  out[0] = NaN;
  out[1] = NaN;
  if (n === 0) return;
  const m = s / n;
  out[0] = m;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!Number.isNaN(x)) ss += (x - m) ** 2;
  }
  if (n >= 2) out[1] = Math.sqrt(ss / (n - 1));
}

/** Median = type-7 quantile at p = 0.5. */
export function median(xs: ArrayLike<number>): number {
  return quantile(xs, 0.5);
}

/** Type-7 quantile: h = (n − 1)·p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) on sorted x (0-based). */
export function quantile(xs: ArrayLike<number>, p: number): number {
  const v = present(xs).sort((a, b) => a - b);
  return sortedQuantile(v, v.length, p);
}

/** The type-7 quantile of the first `n` values of `sorted` (ascending, no NaN). */
export function sortedQuantile(sorted: ArrayLike<number>, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Type-2 skewness and excess kurtosis of the present values, written to out[0] and out[1] (one pass
 * for the moments, no allocation: the outlier treatment calls this for every column of every run).
 * With central moments m_k = Σ(x − x̄)^k / n: G1 = g1·√(n(n − 1))/(n − 2), g1 = m3 / m2^1.5;
 * G2 = ((n + 1)·g2 + 6)·(n − 1)/((n − 2)(n − 3)), g2 = m4/m2² − 3. NaN below 3 (4) values.
 */
export function skewKurt(xs: ArrayLike<number>, out: Float64Array): void {
  let s = 0;
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!Number.isNaN(x)) (s += x), n++;
  }
  const m = s / n; // the mean; NaN without values
  n = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (Number.isNaN(x)) continue;
    const d = x - m;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
    n++;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  // Plain stores, not conditional expressions with NaN, which V8 compiles to a boxed number each.
  out[0] = NaN;
  out[1] = NaN;
  if (n >= 3) out[0] = ((m3 / m2 ** 1.5) * Math.sqrt(n * (n - 1))) / (n - 2);
  if (n >= 4) out[1] = (((n + 1) * (m4 / (m2 * m2) - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Type-2 sample skewness G1 (see skewKurt). */
export function skewness(xs: ArrayLike<number>): number {
  skewKurt(xs, scratch);
  return scratch[0]!;
}

/** Type-2 sample excess kurtosis G2 (see skewKurt). */
export function kurtosis(xs: ArrayLike<number>): number {
  skewKurt(xs, scratch);
  return scratch[1]!;
}

/**
 * Min-rank ("competition" ranking, ties take the lowest rank): rank(xᵢ) = 1 + #{j : xⱼ beats xᵢ},
 * where "beats" is > when `descending` (rank 1 = highest) and < otherwise. NaN stays NaN.
 */
export function minRank(xs: ArrayLike<number>, descending: boolean): Float64Array {
  const out = new Float64Array(xs.length);
  minRankInto(xs, descending, out, new Int32Array(xs.length));
  return out;
}

/** minRank written into `out`, with `order` (length ≥ xs.length) as scratch: no allocation for up to 64 values. */
export function minRankInto(xs: ArrayLike<number>, descending: boolean, out: Float64Array, order: Int32Array): void {
  const n = xs.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    out[i] = NaN;
    if (!Number.isNaN(xs[i]!)) order[m++] = i;
  }
  const sign = descending ? -1 : 1;
  if (m > 64) order.subarray(0, m).sort((a, b) => sign * (xs[a]! - xs[b]!));
  else
    for (let k = 1; k < m; k++) {
      // Insertion sort; ties keep position order, like the engine's stable sort.
      const i = order[k]!;
      const v = sign * xs[i]!;
      let j = k - 1;
      while (j >= 0 && sign * xs[order[j]!]! > v) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = i;
    }
  for (let k = 0; k < m; k++) {
    const i = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    if (k > 0 && xs[prev] === xs[i]) out[i] = out[prev]!;
    else out[i] = k + 1;
  }
}
