/**
 * Scenarios: the nominal pipeline with some choices replaced (imputation, winsorisation limit,
 * normalisation, weights, aggregation). The engine caches every deterministic stage by the choices
 * it depends on, so a replication only redoes what changed. Also the full grid of discrete choices.
 */
import { z } from "zod";
import { aggregateTree, AggregationMethod } from "./aggregate.ts";
import type { Frame, IndexDefinition, UnitData, Weights } from "./definition.ts";
import { Normalisation } from "./normalise.ts";
import { levelMethods, normaliseFrame, prepareStages, resolveWeights, rowsAt, treatFrame, treatOptions } from "./pipeline.ts";
import { PipelineSpec } from "./spec.ts";
import { minRank } from "./stats.ts";

export const ImputeChoice = PipelineSpec.shape.impute.unwrap().nullable();
export type ImputeChoice = z.infer<typeof ImputeChoice>;

/** One scenario: every field left out keeps the nominal spec's choice. */
export interface Scenario {
  impute?: ImputeChoice;
  /** Winsorisation cap (null = no cap); only used when the spec treats outliers. */
  winsorMaxPoints?: number | null;
  normalise?: Normalisation;
  /** Multiplier of each node's weight (missing codes keep ×1). */
  weightFactors?: Map<string, number>;
  aggregate?: AggregationMethod;
}

export interface ScenarioOutcome {
  units: string[];
  /** Top-level score and its min-rank (1 = best), per unit in `units`. */
  score: Float64Array;
  rank: Float64Array;
  /** Every aggregate's column, when asked for. */
  aggregates?: Frame;
}

// "No imputation" (null) and "the nominal imputation" (undefined) must not share cached stages.
const imputeKey = (s: Scenario): string => (s.impute === undefined ? "nominal" : JSON.stringify(s.impute));

export class ScenarioEngine {
  private readonly prepared = new Map<string, Frame>();
  private readonly treated = new Map<string, Frame>();
  private readonly normalised = new Map<string, Frame>();
  readonly baseWeights: Weights;

  constructor(
    readonly def: IndexDefinition,
    readonly data: UnitData,
    readonly spec: PipelineSpec,
    readonly time: number | null = null,
    /** Turn off to recompute every stage in every replication (for timing the uncached path). */
    readonly cache = true,
  ) {
    this.baseWeights = resolveWeights(def, spec, this.normalisedFor({}));
  }

  private memo(map: Map<string, Frame>, key: string, make: () => Frame): Frame {
    const hit = this.cache ? map.get(key) : undefined;
    if (hit) return hit;
    const made = make();
    if (this.cache) map.set(key, made);
    return made;
  }

  /** The data before treatment under the scenario's imputation. */
  preparedFor(s: Scenario): Frame {
    const impute = s.impute === undefined ? this.spec.impute : (s.impute ?? undefined);
    return this.memo(this.prepared, JSON.stringify(impute ?? null), () => {
      const spec = { ...this.spec, impute };
      return prepareStages(this.def, this.data, spec, rowsAt(this.data, this.time)).last;
    });
  }

  private treatedFor(s: Scenario): Frame {
    const t = this.spec.treat;
    const cap = s.winsorMaxPoints === undefined ? t?.winsorise.maxPoints : s.winsorMaxPoints;
    const key = `${imputeKey(s)}|${t ? cap : "untreated"}`;
    return this.memo(this.treated, key, () => {
      const prepared = this.preparedFor(s);
      if (!t) return prepared;
      const o = { ...treatOptions(t), maxPoints: cap ?? null };
      return treatFrame(prepared, o, t.exclude).frame;
    });
  }

  normalisedFor(s: Scenario): Frame {
    const n = s.normalise ?? this.spec.normalise;
    const key = `${imputeKey(s)}|${s.winsorMaxPoints}|${JSON.stringify(n)}`;
    return this.memo(this.normalised, key, () => normaliseFrame(this.def, this.treatedFor(s), n));
  }

  /** Weights of the scenario: the nominal weights times its factors. */
  weightsFor(s: Scenario): Weights {
    if (!s.weightFactors) return this.baseWeights;
    const w = new Map(this.baseWeights);
    for (const [c, f] of s.weightFactors) w.set(c, w.get(c)! * f);
    return w;
  }

  run(s: Scenario, keepAggregates = false): ScenarioOutcome {
    const methods = s.aggregate ?? levelMethods(this.spec);
    const agg = aggregateTree(this.def, this.normalisedFor(s), this.weightsFor(s), methods);
    const score = agg.cols.get(this.def.root)!;
    return { units: agg.units, score, rank: minRank(score, true), aggregates: keepAggregates ? agg : undefined };
  }
}

/** Discrete choices of a scenario grid; each list left out keeps the nominal choice. */
export interface GridChoices {
  impute?: ImputeChoice[];
  winsorMaxPoints?: (number | null)[];
  normalise?: Normalisation[];
  aggregate?: AggregationMethod[];
  /** Combinations to leave out, e.g. geometric means of min-max data that contain zeros. */
  skip?: (s: Scenario) => boolean;
}

/** Every combination of the listed choices, in nested order impute → winsor → normalise → aggregate. */
export function gridScenarios(g: GridChoices): Scenario[] {
  const out: Scenario[] = [];
  for (const impute of g.impute ?? [undefined])
    for (const winsorMaxPoints of g.winsorMaxPoints ?? [undefined])
      for (const normalise of g.normalise ?? [undefined])
        for (const aggregate of g.aggregate ?? [undefined]) {
          const s: Scenario = {};
          if (impute !== undefined) s.impute = impute;
          if (winsorMaxPoints !== undefined) s.winsorMaxPoints = winsorMaxPoints;
          if (normalise !== undefined) s.normalise = normalise;
          if (aggregate !== undefined) s.aggregate = aggregate;
          if (!g.skip?.(s)) out.push(s);
        }
  return out;
}
