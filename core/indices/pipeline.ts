/**
 * Runs a pipeline spec on one cross-section of unit data and keeps every stage's table, the
 * treatment report and the weights used: the deterministic core every other feature builds on.
 */
import { aggregateTree, type LevelMethods } from "./aggregate.ts";
import { frameOf, treeWeights, type Frame, type IndexDefinition, type UnitData, type Weights } from "./definition.ts";
import { normaliseColumn, type Normalisation } from "./normalise.ts";
import { denominate, impute, screenUnits } from "./prepare.ts";
import type { PipelineSpec } from "./spec.ts";
import { treatColumn, type TreatOptions, type TreatReport } from "./treat.ts";
import { equalWeights, pcaWeights } from "./weights.ts";

export interface Stages {
  Raw: Frame;
  Denominated?: Frame;
  Imputed?: Frame;
  Screened?: Frame;
  Treated?: Frame;
  Normalised: Frame;
  Aggregated: Frame;
}

export interface PipelineResult {
  stages: Stages;
  treatment: Map<string, TreatReport>;
  screenedOut: { uCode: string; dataFraction: number }[];
  weights: Weights;
}

/** Positions of the rows of one time point (all rows for a cross-section). */
export function rowsAt(data: UnitData, time: number | null): number[] {
  return data.units.flatMap((u, i) => (time === null || u.time === time ? [i] : []));
}

/** Denominate, impute and screen: the stages before treatment. */
export function prepareStages(def: IndexDefinition, data: UnitData, spec: PipelineSpec, rows: number[]) {
  const raw = frameOf(data, def.indicators, rows);
  let cur = raw;
  const out: Partial<Stages> & { Raw: Frame } = { Raw: raw };
  if (spec.denominate) {
    const map = new Map<string, string>();
    for (const m of def.meta) if (m.type === "Indicator" && m.denominator) map.set(m.iCode, m.denominator);
    for (const [k, v] of Object.entries(spec.denominate.denominators ?? {})) map.set(k, v);
    cur = out.Denominated = denominate(cur, map, frameOf(data, def.denominators, rows).cols);
  }
  if (spec.impute) {
    const g = spec.impute.groupBy;
    const groups = g === undefined ? undefined : rows.map((i) => data.units[i]!.groups[g] ?? null);
    cur = out.Imputed = impute(cur, spec.impute.method, groups);
  }
  let screenedOut: PipelineResult["screenedOut"] = [];
  if (spec.screen) {
    const r = screenUnits(cur, spec.screen.minDataFraction, spec.screen.minNonZeroFraction);
    cur = out.Screened = r.frame;
    screenedOut = r.removed;
  }
  return { stages: out, last: cur, screenedOut };
}

/** Outlier treatment of every indicator not excluded. */
export function treatFrame(frame: Frame, o: TreatOptions, exclude: readonly string[] = []) {
  const cols = new Map<string, Float64Array>();
  const reports = new Map<string, TreatReport>();
  for (const [code, x] of frame.cols) {
    if (exclude.includes(code)) {
      cols.set(code, x.slice());
      continue;
    }
    const r = treatColumn(x, o);
    cols.set(code, r.values);
    reports.set(code, r.report);
  }
  return { frame: { units: frame.units.slice(), cols }, reports };
}

export function treatOptions(spec: NonNullable<PipelineSpec["treat"]>): TreatOptions {
  return { ...spec.winsorise, fallback: spec.fallback };
}

/** Normalises every indicator column of the frame with its direction and target (scaled on `reference` if given). */
export function normaliseFrame(def: IndexDefinition, frame: Frame, n: Normalisation, reference?: Frame): Frame {
  const cols = new Map<string, Float64Array>();
  const refIndex = n.method === "dist2ref" ? (reference ?? frame).units.indexOf(n.reference) : undefined;
  const targets = new Map(def.meta.map((m) => [m.iCode, m.target]));
  for (const [code, x] of frame.cols) {
    const node = def.nodes.get(code)!;
    const ctx = { direction: node.direction, target: targets.get(code), refIndex, code };
    cols.set(code, normaliseColumn(x, n, ctx, reference?.cols.get(code)));
  }
  return { units: frame.units, cols };
}

/** Aggregation methods of the spec as the aggregator wants them. */
export function levelMethods(spec: PipelineSpec): LevelMethods {
  const by = spec.aggregate.byLevel;
  if (!by) return spec.aggregate.method;
  const out: Record<number, PipelineSpec["aggregate"]["method"]> = {};
  for (let l = 2; l < 32; l++) out[l] = by[String(l)] ?? spec.aggregate.method;
  return out;
}

/** Weights of the spec; PCA loadings are taken from the normalised frame. */
export function resolveWeights(def: IndexDefinition, spec: PipelineSpec, normalised: Frame): Weights {
  const w = spec.weights;
  if (w.method === "equal") return equalWeights(def);
  const given = treeWeights(def);
  if (w.method === "given") {
    for (const [k, v] of Object.entries(w.overrides)) given.set(k, v);
    return given;
  }
  const full = aggregateTree(def, normalised, given, levelMethods(spec));
  return pcaWeights(def, full, w.levels, given, w.byGroups);
}

/** Runs the whole pipeline on one cross-section (`time` selects a panel year; null = all rows). */
export function runPipeline(def: IndexDefinition, data: UnitData, spec: PipelineSpec, time: number | null = null): PipelineResult {
  const prep = prepareStages(def, data, spec, rowsAt(data, time));
  const stages = prep.stages;
  let cur = prep.last;
  let treatment = new Map<string, TreatReport>();
  if (spec.treat) {
    const t = treatFrame(cur, treatOptions(spec.treat), spec.treat.exclude);
    cur = stages.Treated = t.frame;
    treatment = t.reports;
  }
  const normalised = normaliseFrame(def, cur, spec.normalise);
  const weights = resolveWeights(def, spec, normalised);
  const aggregated = aggregateTree(def, normalised, weights, levelMethods(spec));
  return {
    stages: { ...stages, Normalised: normalised, Aggregated: aggregated },
    treatment,
    screenedOut: prep.screenedOut,
    weights,
  };
}

