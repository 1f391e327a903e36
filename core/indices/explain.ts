/**
 * Explanations of a unit's score: what each indicator and dimension contributes (weight × value
 * through the tree, exact for arithmetic means), and what drove its score and rank change between
 * two years.
 */
import type { Frame, IndexDefinition, Weights } from "./definition.ts";
import { minRank } from "./stats.ts";

export interface Contribution {
  code: string;
  level: number;
  /** The unit's effective weight of the node: Π over its path of w / Σ w(present siblings). */
  share: number;
  /** The node's own (normalised or aggregated) value. */
  value: number;
  /** share × value; the level-1 contributions sum to the top-level score. */
  contribution: number;
}

/**
 * Contributions of every node for unit `uCode` in an aggregated frame (arithmetic means): shares are
 * renormalised over the children the unit has data for, as the aggregation does.
 */
export function contributions(def: IndexDefinition, aggregated: Frame, weights: Weights, uCode: string): Contribution[] {
  const i = aggregated.units.indexOf(uCode);
  if (i < 0) return [];
  const value = (c: string): number => aggregated.cols.get(c)![i]!;
  const out: Contribution[] = [];
  const visit = (code: string, share: number): void => {
    const node = def.nodes.get(code)!;
    out.push({ code, level: node.level, share, value: value(code), contribution: share * value(code) });
    const present = node.children.filter((c) => !Number.isNaN(value(c)));
    const total = present.reduce((s, c) => s + (weights.get(c) ?? 1), 0);
    for (const c of present) visit(c, (share * (weights.get(c) ?? 1)) / total);
  };
  visit(def.root, 1);
  return out;
}

/** A ratio node for one unit: its value and the two scores it divides. */
export interface RatioPart {
  code: string;
  numerator: string;
  denominator: string;
  numeratorValue: number;
  denominatorValue: number;
  /** numeratorValue / denominatorValue; NaN when either is missing or the denominator is 0. */
  value: number;
}

/** Every ratio node of the definition for unit `uCode` in an aggregated frame. */
export function ratioParts(def: IndexDefinition, aggregated: Frame, uCode: string): RatioPart[] {
  const i = aggregated.units.indexOf(uCode);
  if (i < 0) return [];
  const at = (c: string): number => aggregated.cols.get(c)?.[i] ?? NaN;
  return def.ratios.map((r) => ({ ...r, numeratorValue: at(r.numerator), denominatorValue: at(r.denominator), value: at(r.code) }));
}

export interface ChangeDriver {
  code: string;
  level: number;
  /** contribution(t1) − contribution(t0); over the nodes of one level they sum to the score change. */
  delta: number;
  /**
   * Rank effect: the unit's rank at t1 with this node's contribution change undone, minus its actual
   * rank at t1 (positive = the change moved the unit up by that many places).
   */
  rankEffect: number;
}

export interface ScoreChange {
  uCode: string;
  score0: number;
  score1: number;
  rank0: number;
  rank1: number;
  drivers: ChangeDriver[];
}

/** Explains a unit's change between two aggregated frames (e.g. two years) of the same tree. */
export function explainChange(
  def: IndexDefinition,
  before: { frame: Frame; weights: Weights },
  after: { frame: Frame; weights: Weights },
  uCode: string,
): ScoreChange | null {
  const c0 = new Map(contributions(def, before.frame, before.weights, uCode).map((c) => [c.code, c]));
  const c1 = new Map(contributions(def, after.frame, after.weights, uCode).map((c) => [c.code, c]));
  if (c0.size === 0 || c1.size === 0) return null;
  const top0 = before.frame.cols.get(def.root)!;
  const top1 = after.frame.cols.get(def.root)!;
  const i0 = before.frame.units.indexOf(uCode);
  const i1 = after.frame.units.indexOf(uCode);
  const rank1 = minRank(top1, true)[i1]!;
  const drivers: ChangeDriver[] = [];
  for (const [code, a] of c1) {
    if (code === def.root) continue;
    const delta = a.contribution - (c0.get(code)?.contribution ?? 0);
    const undone = top1.slice();
    undone[i1] = top1[i1]! - delta;
    drivers.push({ code, level: a.level, delta, rankEffect: minRank(undone, true)[i1]! - rank1 });
  }
  drivers.sort((x, y) => y.level - x.level || Math.abs(y.delta) - Math.abs(x.delta));
  return {
    uCode,
    score0: top0[i0]!,
    score1: top1[i1]!,
    rank0: minRank(top0, true)[i0]!,
    rank1,
    drivers,
  };
}
