/**
 * Index definitions: the iMeta rows (indicators, aggregates, groups, denominators) as a zod schema,
 * the indicator → dimension → index tree built from them, and the unit data (iData) they describe.
 */
import { z } from "zod";

/**
 * Row types. A Ratio row (e.g. an efficiency ratio: output sub-index / input sub-index) divides the
 * score of its Numerator node by that of the node in its Denominator column; it stands beside the
 * tree (no parent, no weight) and does not enter the index.
 */
export const MetaType = z.enum(["Indicator", "Aggregate", "Ratio", "Group", "Denominator", "Other"]);
export type MetaType = z.infer<typeof MetaType>;

/** One iMeta row. `level`, `direction`, `weight` are set for Indicator and Aggregate rows only. */
export const MetaRow = z.object({
  level: z.number().int().min(1).nullable(),
  iCode: z.string().min(1),
  iName: z.string(),
  direction: z.union([z.literal(1), z.literal(-1)]).nullable(),
  weight: z.number().nullable(),
  unit: z.string().nullable(),
  target: z.number().nullable(),
  denominator: z.string().nullable(),
  /** Ratio rows only: the node divided (the Denominator column then names the node divided by). */
  numerator: z.string().nullable().default(null),
  parent: z.string().nullable(),
  type: MetaType,
  /** Columns the engine does not use (iNameEn, indicatorCode …), kept so that a write gives them back. */
  extra: z.record(z.string(), z.string()).default({}),
});
export type MetaRow = z.infer<typeof MetaRow>;

/** A node of the tree: an indicator (level 1) or an aggregate (level ≥ 2). */
export interface TreeNode {
  code: string;
  level: number;
  parent: string | null;
  weight: number;
  direction: 1 | -1;
  children: string[];
}

/** A ratio of two tree nodes' scores: value = numerator / denominator (none when either is missing or the denominator is 0). */
export interface RatioNode {
  code: string;
  numerator: string;
  denominator: string;
}

/** The parsed, validated definition: rows in file order plus the tree they form. */
export interface IndexDefinition {
  meta: MetaRow[];
  /** Level-1 codes in iMeta order. */
  indicators: string[];
  /** Aggregate codes ordered by level, then iMeta order (a valid bottom-up evaluation order). */
  aggregates: string[];
  nodes: Map<string, TreeNode>;
  root: string;
  maxLevel: number;
  groups: string[];
  denominators: string[];
  /** Ratio nodes in iMeta order, computed after the tree. */
  ratios: RatioNode[];
}

/** One row of iData: a unit (at one time for panels) with its group labels. */
export interface UnitRow {
  uCode: string;
  uName: string;
  time: number | null;
  groups: Record<string, string | null>;
}

/** iData as columns: `values[code][i]` belongs to `units[i]`; NaN means missing. */
export interface UnitData {
  units: UnitRow[];
  values: Map<string, Float64Array>;
  columnOrder: string[];
}

/** A cross-section the pipeline steps work on: unit codes and one column per code. */
export interface Frame {
  units: string[];
  cols: Map<string, Float64Array>;
}

/** Weight of every tree node by code (the weights the pipeline aggregates with). */
export type Weights = Map<string, number>;

export function treeWeights(def: IndexDefinition): Weights {
  return new Map([...def.nodes].map(([c, n]) => [c, n.weight]));
}

/**
 * Effective weight of a node: the product over its path to the root of w / Σ w(siblings),
 * i.e. its share of the top-level score under arithmetic means with no missing data.
 */
export function effectiveWeights(def: IndexDefinition, weights: Weights = treeWeights(def)): Map<string, number> {
  const out = new Map<string, number>([[def.root, 1]]);
  const visit = (code: string): void => {
    const node = def.nodes.get(code)!;
    const total = node.children.reduce((s, c) => s + weights.get(c)!, 0);
    for (const c of node.children) {
      out.set(c, (out.get(code)! * weights.get(c)!) / total);
      visit(c);
    }
  };
  visit(def.root);
  return out;
}

/** Codes of all level-1 indicators below `code` (itself when it is an indicator). */
export function leavesUnder(def: IndexDefinition, code: string): string[] {
  const node = def.nodes.get(code)!;
  return node.children.length === 0 ? [code] : node.children.flatMap((c) => leavesUnder(def, c));
}

/** Builds a frame of the given codes from unit data (all rows; pick one time first for panels). */
export function frameOf(data: UnitData, codes: readonly string[], rows?: number[]): Frame {
  const idx = rows ?? data.units.map((_, i) => i);
  const cols = new Map<string, Float64Array>();
  for (const c of codes) {
    const src = data.values.get(c)!;
    cols.set(c, Float64Array.from(idx, (i) => src[i]!));
  }
  return { units: idx.map((i) => data.units[i]!.uCode), cols };
}

/** A copy of the frame whose columns can be changed without touching the original. */
export function cloneFrame(f: Frame): Frame {
  return { units: f.units.slice(), cols: new Map([...f.cols].map(([k, v]) => [k, v.slice()])) };
}
