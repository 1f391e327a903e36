/**
 * Panels (several years per unit): filling gaps from a unit's own series, and running the pipeline
 * across years with normalisation per year, over the pooled panel, or against a base year.
 */
import { aggregateTree } from "./aggregate.ts";
import type { Frame, IndexDefinition, UnitData } from "./definition.ts";
import { levelMethods, normaliseFrame, prepareStages, resolveWeights, rowsAt, treatFrame, treatOptions, type PipelineResult } from "./pipeline.ts";
import type { PipelineSpec } from "./spec.ts";
import type { TreatReport } from "./treat.ts";

export type PanelFill = "latest" | "constant" | "linear";

/** Distinct years of the data, ascending. */
export function yearsOf(data: UnitData): number[] {
  return [...new Set(data.units.map((u) => u.time).filter((t): t is number => t !== null))].sort((a, b) => a - b);
}

/**
 * Fills a series' gaps (t ascending): latest = the most recent earlier value; constant = the nearest
 * observed value in time (earlier on ties), so also before the first observation; linear =
 * x(t) = x(a) + (t − a)·(x(b) − x(a))/(b − a) between observations a < t < b, constant beyond the ends.
 */
export function fillSeries(ts: readonly number[], xs: readonly number[], how: PanelFill): number[] {
  const obs = ts.flatMap((t, i) => (Number.isNaN(xs[i]!) ? [] : [[t, xs[i]!] as const]));
  return ts.map((t, i) => {
    if (!Number.isNaN(xs[i]!) || obs.length === 0) return xs[i]!;
    const before = obs.filter(([s]) => s < t).at(-1);
    const after = obs.find(([s]) => s > t);
    if (how === "latest") return before ? before[1] : NaN;
    if (how === "linear" && before && after) return before[1] + ((t - before[0]) * (after[1] - before[1])) / (after[0] - before[0]);
    if (!before) return after![1];
    if (!after) return before[1];
    return t - before[0] <= after[0] - t ? before[1] : after[1];
  });
}

/** Unit data with every indicator's gaps filled from the unit's own series. */
export function fillPanel(def: IndexDefinition, data: UnitData, how: PanelFill): UnitData {
  const byUnit = new Map<string, number[]>();
  data.units.forEach((u, i) => byUnit.set(u.uCode, [...(byUnit.get(u.uCode) ?? []), i]));
  const values = new Map(data.values);
  for (const code of def.indicators) {
    const x = data.values.get(code)!;
    const y = x.slice();
    for (const rows of byUnit.values()) {
      const sorted = rows.slice().sort((a, b) => (data.units[a]!.time ?? 0) - (data.units[b]!.time ?? 0));
      const filled = fillSeries(sorted.map((r) => data.units[r]!.time ?? 0), sorted.map((r) => x[r]!), how);
      sorted.forEach((r, k) => (y[r] = filled[k]!));
    }
    values.set(code, y);
  }
  return { ...data, values };
}

/** Stacks frames of several years into one (for pooled normalisation); units become "year/uCode". */
function stack(frames: Map<number, Frame>): Frame {
  const units = [...frames].flatMap(([t, f]) => f.units.map((u) => `${t}/${u}`));
  const cols = new Map<string, Float64Array>();
  for (const code of [...frames.values()][0]?.cols.keys() ?? []) {
    cols.set(code, Float64Array.from([...frames.values()].flatMap((f) => Array.from(f.cols.get(code)!))));
  }
  return { units, cols };
}

/** y = 100 · x(t) / x(base) per unit (inverted for direction −1): each unit indexed to its base year. */
function indexToBase(def: IndexDefinition, frame: Frame, base: Frame): Frame {
  const pos = new Map(base.units.map((u, i) => [u, i]));
  const cols = new Map<string, Float64Array>();
  for (const [code, x] of frame.cols) {
    const b = base.cols.get(code)!;
    const d = def.nodes.get(code)!.direction;
    cols.set(code, x.map((v, i) => {
      const j = pos.get(frame.units[i]!);
      const ref = j === undefined ? NaN : b[j]!;
      return d === 1 ? (100 * v) / ref : (100 * ref) / v;
    }));
  }
  return { units: frame.units, cols };
}

/**
 * Runs the pipeline on every year. Steps before normalisation run per year; normalisation follows
 * `spec.panel.normalise`: each year alone (byYear), all years pooled (panel), or scaled on the base
 * year (baseYear; with the `baseYear` normalisation method, each unit indexed to its own base value).
 */
export function runPanel(def: IndexDefinition, data: UnitData, spec: PipelineSpec): Map<number, PipelineResult> {
  const filled = spec.impute?.panel ? fillPanel(def, data, spec.impute.panel) : data;
  const years = yearsOf(filled);
  const treated = new Map<number, { stages: PipelineResult["stages"]; frame: Frame; reports: Map<string, TreatReport>; out: PipelineResult["screenedOut"] }>();
  for (const t of years) {
    const prep = prepareStages(def, filled, spec, rowsAt(filled, t));
    let frame = prep.last;
    let reports = new Map<string, TreatReport>();
    if (spec.treat) {
      const r = treatFrame(frame, treatOptions(spec.treat), spec.treat.exclude);
      frame = prep.stages.Treated = r.frame;
      reports = r.reports;
    }
    treated.set(t, { stages: prep.stages as PipelineResult["stages"], frame, reports, out: prep.screenedOut });
  }
  const mode = spec.panel?.normalise ?? "byYear";
  const baseYear = spec.normalise.method === "baseYear" ? spec.normalise.year : (spec.panel?.baseYear ?? years[0]!);
  const base = treated.get(baseYear)?.frame;
  if ((mode === "baseYear" || spec.normalise.method === "baseYear") && !base) throw new Error(`base year ${baseYear} has no data`);
  const pooled = mode === "panel" ? normaliseFrame(def, stack(new Map([...treated].map(([t, v]) => [t, v.frame]))), spec.normalise) : null;
  const results = new Map<number, PipelineResult>();
  let offset = 0;
  for (const [t, v] of treated) {
    let normalised: Frame;
    if (spec.normalise.method === "baseYear") normalised = indexToBase(def, v.frame, base!);
    else if (pooled) {
      const n = v.frame.units.length;
      const cols = new Map([...pooled.cols].map(([c, x]) => [c, x.slice(offset, offset + n)]));
      normalised = { units: v.frame.units, cols };
      offset += n;
    } else normalised = normaliseFrame(def, v.frame, spec.normalise, mode === "baseYear" ? base : undefined);
    const weights = resolveWeights(def, spec, normalised);
    const aggregated = aggregateTree(def, normalised, weights, levelMethods(spec));
    results.set(t, { stages: { ...v.stages, Normalised: normalised, Aggregated: aggregated }, treatment: v.reports, screenedOut: v.out, weights });
  }
  return results;
}

