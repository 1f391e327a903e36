/**
 * The pipeline spec: which steps run and how, as a zod schema (the JSON file format). Steps run in
 * the fixed order denominate → impute → screen → treat → normalise → weights → aggregate; any step
 * left out is skipped.
 */
import { z } from "zod";
import { Normalisation } from "./normalise.ts";
import { AggregationMethod } from "./aggregate.ts";
import { issue, IndexDefinitionError, type Issue } from "./messages.ts";
import type { IndexDefinition } from "./definition.ts";

export const PipelineSpec = z.object({
  /** Divide indicators by their denominators; iMeta's Denominator column unless overridden. */
  denominate: z
    .object({ denominators: z.record(z.string(), z.string()).optional() })
    .optional(),
  impute: z
    .object({
      /** Cross-section: the group mean/median. */
      method: z.enum(["mean", "median"]).default("mean"),
      /** A group column of iData (e.g. "EurAsia_group"); all units form one group when absent. */
      groupBy: z.string().optional(),
      /** Panels: first fill from the unit's own series, then apply `method` to what is left. */
      panel: z.enum(["latest", "constant", "linear"]).optional(),
    })
    .optional(),
  screen: z
    .object({
      minDataFraction: z.number().min(0).max(1),
      minNonZeroFraction: z.number().min(0).max(1).default(0),
    })
    .optional(),
  treat: z
    .object({
      winsorise: z
        .object({
          maxPoints: z.number().int().min(0).nullable().default(5),
          skewThreshold: z.number().positive().default(2),
          kurtThreshold: z.number().default(3.5),
        })
        .prefault({}),
      fallback: z.enum(["log", "none"]).default("log"),
      /** Indicators left untreated. */
      exclude: z.array(z.string()).default([]),
    })
    .optional(),
  /**
   * Left out, min-max onto 0–100 applies (COINr's default); indicators already on a common scale
   * say `{ "method": "identity" }` to be aggregated as they are.
   */
  normalise: Normalisation.prefault({ method: "minmax" }),
  weights: z
    .discriminatedUnion("method", [
      /** iMeta weights, optionally overridden by code. */
      z.object({ method: z.literal("given"), overrides: z.record(z.string(), z.number().min(0)).default({}) }),
      z.object({ method: z.literal("equal") }),
      /** First-principal-component loadings at the listed levels, per sibling group or level-wide. */
      z.object({
        method: z.literal("pca"),
        levels: z.array(z.number().int().min(1)).default([1]),
        byGroups: z.boolean().default(true),
      }),
    ])
    .prefault({ method: "given" }),
  aggregate: z
    .object({
      method: AggregationMethod.default("arithmetic"),
      /** Per-level methods, keyed by the level of the aggregate ("2", "3", …). */
      byLevel: z.record(z.string(), AggregationMethod).optional(),
    })
    .prefault({}),
  /** Panels: normalise each year alone, over the whole panel, or against a base year. */
  panel: z
    .object({
      normalise: z.enum(["byYear", "panel", "baseYear"]).default("byYear"),
      baseYear: z.number().int().optional(),
    })
    .optional(),
});
export type PipelineSpec = z.infer<typeof PipelineSpec>;
export type PipelineSpecInput = z.input<typeof PipelineSpec>;

/**
 * The pipeline JSON with its normalisation written out: the min-max default filled in where none is
 * given, so a stored index says what it applies (identity has to be chosen, never implied).
 */
export function withExplicitNormalisation(pipeline: Record<string, unknown>): Record<string, unknown> {
  if (pipeline.normalise !== undefined) return pipeline;
  return { ...pipeline, normalise: PipelineSpec.shape.normalise.parse(undefined) };
}

/** Validates a parsed JSON value as a spec, also against the definition's codes when given. */
export function parsePipelineSpec(json: unknown, def?: IndexDefinition): PipelineSpec {
  const r = PipelineSpec.safeParse(json);
  if (!r.success) {
    const issues: Issue[] = r.error.issues.map((i) => {
      const path = i.path.join(".") || "(root)";
      return issue("pipeline", { table: "pipeline", column: path }, path, i.message);
    });
    throw new IndexDefinitionError(issues);
  }
  if (def) checkRefs(r.data, def);
  return r.data;
}

function checkRefs(spec: PipelineSpec, def: IndexDefinition): void {
  const issues: Issue[] = [];
  const bad = (path: string, code: string): void => {
    issues.push(issue("pipelineRef", { table: "pipeline", column: path, value: code }, path, code));
  };
  const g = spec.impute?.groupBy;
  if (g !== undefined && !def.groups.includes(g)) bad("impute.groupBy", g);
  for (const [k, v] of Object.entries(spec.denominate?.denominators ?? {})) {
    if (!def.indicators.includes(k)) bad("denominate.denominators", k);
    if (!def.denominators.includes(v)) bad(`denominate.denominators.${k}`, v);
  }
  for (const c of spec.treat?.exclude ?? []) if (!def.indicators.includes(c)) bad("treat.exclude", c);
  if (spec.weights.method === "given")
    for (const c of Object.keys(spec.weights.overrides)) if (!def.nodes.has(c)) bad("weights.overrides", c);
  if (issues.length > 0) throw new IndexDefinitionError(issues);
}
