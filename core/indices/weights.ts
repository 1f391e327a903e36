/**
 * Weighting schemes: given (iMeta, with overrides), equal, and the first principal component of
 * each group of siblings; plus renormalisation of weights within sibling groups.
 */
import type { Frame, IndexDefinition, Weights } from "./definition.ts";
import { mean, sd } from "./stats.ts";

export function equalWeights(def: IndexDefinition): Weights {
  return new Map([...def.nodes.keys()].map((c) => [c, 1]));
}

/** Weights of siblings rescaled to sum to 1: wᵢ / Σ_{siblings} w. */
export function renormalise(def: IndexDefinition, w: Weights): Weights {
  const out = new Map(w);
  for (const node of def.nodes.values()) {
    const total = node.children.reduce((s, c) => s + (w.get(c) ?? 0), 0);
    for (const c of node.children) out.set(c, (w.get(c) ?? 0) / total);
  }
  return out;
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; returns eigenvalues and
 * column eigenvectors (unit length), sorted by decreasing eigenvalue.
 */
export function symmetricEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((r) => r.slice());
  const v: number[][] = m.map((_, i) => m.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        // Rotation angle that zeroes m[p][q]: tan 2θ = 2·a_pq / (a_qq − a_pp).
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = m.map((_, i) => i).sort((i, j) => m[j]![j]! - m[i]![i]!);
  return { values: order.map((i) => m[i]![i]!), vectors: order.map((i) => v.map((row) => row[i]!)) };
}

/** Correlation matrix of columns over the units complete in all of them (Pearson). */
export function correlationMatrix(cols: Float64Array[]): number[][] {
  const rows = [...Array(cols[0]?.length ?? 0).keys()].filter((i) => cols.every((c) => !Number.isNaN(c[i]!)));
  const z = cols.map((c) => {
    const x = rows.map((i) => c[i]!);
    const m = mean(x);
    const s = sd(x);
    return x.map((v) => (v - m) / s);
  });
  return z.map((a) => z.map((b) => a.reduce((s, v, i) => s + v * b[i]!, 0) / (rows.length - 1)));
}

/**
 * First principal component loadings of standardised columns: the unit eigenvector of the largest
 * eigenvalue of their correlation matrix, signed so that its sum is positive.
 */
export function firstComponent(cols: Float64Array[]): number[] {
  const vec = symmetricEigen(correlationMatrix(cols)).vectors[0]!;
  const sign = vec.reduce((s, v) => s + v, 0) < 0 ? -1 : 1;
  return vec.map((v) => v * sign);
}

/**
 * PCA weights: at each level ℓ in `levels`, nodes get their loading on the first principal component
 * of their columns in `frame`, either per group of siblings (`byGroups`) or all level-ℓ nodes at
 * once; other nodes keep `base`.
 */
export function pcaWeights(def: IndexDefinition, frame: Frame, levels: readonly number[], base: Weights, byGroups = true): Weights {
  const out = new Map(base);
  const groups: string[][] = [];
  for (const level of levels) {
    const parents = [...def.nodes.values()].filter((n) => n.level === level + 1);
    if (byGroups) groups.push(...parents.map((p) => p.children));
    else groups.push(parents.flatMap((p) => p.children));
  }
  for (const codes of groups) {
    const load = firstComponent(codes.map((c) => frame.cols.get(c)!));
    codes.forEach((c, i) => out.set(c, load[i]!));
  }
  return out;
}
