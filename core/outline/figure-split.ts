/**
 * Splitting a run of digits whose table cells were joined in publication ("2637145000" under the
 * columns 2020年 and 2025年) back into its figures. Every split point is tried; a split is kept
 * only if each part is written as a figure would be, and the most plausible is chosen:
 * shares (%) cannot exceed 100, a target usually moves above its baseline, and by a bounded ratio.
 */

/** A figure as tables write it: no leading zeros, at most two decimals. */
const FIGURE = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/**
 * Implausibility of reading `parts` as baseline → target: |ln(target / baseline)|, plus a penalty
 * when the target is below the baseline (most indicators are higher-is-better).
 */
function implausibility(values: number[], isShare: boolean): number {
  if (isShare && values.some((v) => v > 100)) return Infinity;
  let score = 0;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!;
    const b = values[i]!;
    if (a <= 0 || b <= 0) return Infinity;
    score += Math.abs(Math.log(b / a)) + (b < a ? 3 : 0);
  }
  return score;
}

function splits(run: string, parts: number): string[][] {
  if (parts === 1) return [[run]];
  const out: string[][] = [];
  for (let cut = 1; cut < run.length; cut++) {
    const head = run.slice(0, cut);
    if (!FIGURE.test(head)) continue;
    for (const rest of splits(run.slice(cut), parts - 1)) out.push([head, ...rest]);
  }
  return out.filter((p) => p.every((s) => FIGURE.test(s)));
}

/** The most plausible reading of `run` as `parts` figures, or null when none is well formed. */
export function splitFigures(run: string, parts: number, isShare: boolean): number[] | null {
  let best: number[] | null = null;
  let bestScore = Infinity;
  for (const candidate of splits(run, parts)) {
    const values = candidate.map(Number);
    const score = implausibility(values, isShare);
    if (score < bestScore) {
      best = values;
      bestScore = score;
    }
  }
  return best;
}
