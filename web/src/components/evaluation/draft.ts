/**
 * The builder's draft of an index — its tree and pipeline as edited but not saved — and the pure
 * edits the builder makes to it: a weight, a direction, a method. Also the tree as table rows.
 */
import type { EvaluationNode } from "../../../../contract/indices.ts";

export interface Draft {
  nodes: EvaluationNode[];
  pipeline: Record<string, unknown>;
}

/** minmax is what applies when a pipeline names none; identity keeps data already on a common scale as it is. */
export const NORMALISATIONS = ["minmax", "identity", "zscore", "rank", "prank", "dist2max"] as const;
export const AGGREGATIONS = ["arithmetic", "geometric", "harmonic"] as const;
export const IMPUTATIONS = ["none", "mean", "median"] as const;
export type NormalisationChoice = (typeof NORMALISATIONS)[number];
export type AggregationChoice = (typeof AGGREGATIONS)[number];
export type ImputationChoice = (typeof IMPUTATIONS)[number];

export function setWeight(d: Draft, code: string, weight: number): Draft {
  return { ...d, nodes: d.nodes.map((n) => (n.code === code ? { ...n, weight } : n)) };
}

export function setDirection(d: Draft, code: string, direction: 1 | -1): Draft {
  return { ...d, nodes: d.nodes.map((n) => (n.code === code ? { ...n, direction } : n)) };
}

const methodOf = (v: unknown): string | undefined => (v && typeof v === "object" && "method" in v ? String((v as { method: unknown }).method) : undefined);

export function normalisationOf(d: Draft): NormalisationChoice {
  const m = methodOf(d.pipeline.normalise) ?? "minmax";
  return (NORMALISATIONS as readonly string[]).includes(m) ? (m as NormalisationChoice) : "minmax";
}

export function aggregationOf(d: Draft): AggregationChoice {
  const m = methodOf(d.pipeline.aggregate) ?? "arithmetic";
  return (AGGREGATIONS as readonly string[]).includes(m) ? (m as AggregationChoice) : "arithmetic";
}

export function imputationOf(d: Draft): ImputationChoice {
  const m = methodOf(d.pipeline.impute);
  return m === "mean" || m === "median" ? m : "none";
}

export const treatedOf = (d: Draft): boolean => d.pipeline.treat !== undefined;

/** Min-max scales to 1–100 under geometric and harmonic means, which a zero would collapse. */
export function normaliseSpec(n: NormalisationChoice, a: AggregationChoice): Record<string, unknown> {
  if (n === "minmax") return { method: "minmax", low: a === "arithmetic" ? 0 : 1, high: 100 };
  if (n === "zscore") return { method: "zscore", mean: a === "arithmetic" ? 0 : 10, sd: a === "arithmetic" ? 1 : 2 };
  return { method: n };
}

export function setNormalisation(d: Draft, n: NormalisationChoice): Draft {
  return { ...d, pipeline: { ...d.pipeline, normalise: normaliseSpec(n, aggregationOf(d)) } };
}

export function setAggregation(d: Draft, a: AggregationChoice): Draft {
  return { ...d, pipeline: { ...d.pipeline, aggregate: { method: a }, normalise: normaliseSpec(normalisationOf(d), a) } };
}

export function setImputation(d: Draft, m: ImputationChoice): Draft {
  const { impute: _dropped, ...rest } = d.pipeline;
  return { ...d, pipeline: m === "none" ? rest : { ...rest, impute: { method: m } } };
}

export function setTreatment(d: Draft, on: boolean): Draft {
  const { treat: _dropped, ...rest } = d.pipeline;
  return { ...d, pipeline: on ? { ...rest, treat: { winsorise: { maxPoints: 3 }, fallback: "log" } } : rest };
}

/** The ratio nodes of the draft (efficiency ratios beside the tree). */
export const ratioNodes = (d: Draft): EvaluationNode[] => d.nodes.filter((n) => n.type === "Ratio");

/** Nodes a ratio can divide: indicators and aggregates. */
export const ratioOperands = (d: Draft): EvaluationNode[] => d.nodes.filter((n) => n.type === "Indicator" || n.type === "Aggregate");

/** Adds a ratio node numerator / denominator with a code made from the two; an existing one is replaced. */
export function addRatio(d: Draft, r: { numerator: string; denominator: string; nameZh: string; nameEn: string }): Draft {
  const code = `ratio-${r.numerator}-${r.denominator}`.slice(0, 64);
  const node: EvaluationNode = {
    code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    type: "Ratio",
    level: null,
    parent: null,
    direction: null,
    weight: null,
    unit: null,
    target: null,
    denominator: r.denominator,
    numerator: r.numerator,
    indicatorCode: null,
  };
  return { ...d, nodes: [...d.nodes.filter((n) => n.code !== code), node] };
}

export function removeRatio(d: Draft, code: string): Draft {
  return { ...d, nodes: d.nodes.filter((n) => !(n.code === code && n.type === "Ratio")) };
}

export interface TreeRow {
  key: string;
  node: EvaluationNode;
  children?: TreeRow[];
}

/** The index tree as nested table rows, root first; children in definition order. */
export function treeRows(nodes: readonly EvaluationNode[]): TreeRow[] {
  const tree = nodes.filter((n) => n.type === "Indicator" || n.type === "Aggregate");
  const build = (n: EvaluationNode): TreeRow => {
    const kids = tree.filter((c) => c.parent === n.code).map(build);
    return kids.length > 0 ? { key: n.code, node: n, children: kids } : { key: n.code, node: n };
  };
  return tree.filter((n) => n.parent === null).map(build);
}
