/**
 * Monitoring shapes: what a progress computation takes and the JSON-serialisable Progress it returns.
 * Every figure that is not defined for a target is null, never NaN or undefined.
 */
import { z } from "zod";
import { Direction, Measure } from "../indicators/indicator.ts";
import { TargetSpec } from "../targets/target.ts";
import { StatusThresholds } from "./thresholds.ts";

/** One approved annual value of an indicator. Zod's number already rejects NaN and ±Infinity. */
export const Observation = z.object({ year: z.number().int(), value: z.number() });
export type Observation = z.infer<typeof Observation>;

export const ProgressInput = z.object({
  indicator: z.object({ measure: Measure, direction: Direction.default("higher_is_better") }),
  target: TargetSpec,
  /** Approved annual values, in any order; for one year the last one given wins. */
  observations: z.array(Observation),
  /** Cut-offs for expected (预期性) targets and targets without an attribute. */
  thresholds: StatusThresholds.optional(),
  /** Cut-offs for binding (约束性) targets; never applied more leniently than `thresholds`. */
  bindingThresholds: StatusThresholds.optional(),
  /** Observations after this year are ignored, to replay the status as it stood then. */
  asOfYear: z.number().int().optional(),
});
/** The accepted input: schema defaults (direction, perYear, cumulative, thresholds) may be left out. */
export type ProgressInput = z.input<typeof ProgressInput>;

export const Status = z.enum(["achieved", "on_track", "at_risk", "off_track", "no_data"]);
export type Status = z.infer<typeof Status>;

/**
 * Why the status is what it is: `no_observation` (nothing after the baseline year), `no_target_level`
 * (the target is relative to a baseline it does not state), `no_trend` (a latest value but no growth
 * to project: no baseline, or a compound rate through zero), `target_met`, `deadline_missed` (the
 * target year's value falls short), `trend` (status from the projection or the realised rate).
 */
export const StatusReason = z.enum([
  "no_observation",
  "no_target_level",
  "no_trend",
  "target_met",
  "deadline_missed",
  "trend",
]);
export type StatusReason = z.infer<typeof StatusReason>;

/** compound: relative growth per year (0.1 = 10 %); linear: indicator units per year (pp for shares). */
export const GrowthBasis = z.enum(["compound", "linear"]);
export type GrowthBasis = z.infer<typeof GrowthBasis>;

export const YearValue = z.object({ year: z.number().int(), value: z.number() });
export type YearValue = z.infer<typeof YearValue>;

/** Low and high ends of a figure that one number would overstate the certainty of. */
export const Range = z.object({ low: z.number(), high: z.number() });
export type Range = z.infer<typeof Range>;

/**
 * Cautions on a projection: `short_series` (fewer than three yearly steps of data behind the realised
 * growth), `volatile` (the yearly steps' rates spread by more than half the realised rate),
 * `far_extrapolation` (the projection moves further past the latest value than the data moved from
 * the baseline, or runs more years ahead than the data covers).
 */
export const ProjectionFlag = z.enum(["short_series", "volatile", "far_extrapolation"]);
export type ProjectionFlag = z.infer<typeof ProjectionFlag>;

/** `target`: stated with the target; `observation`: the earliest observation, for level targets only. */
export const BaselineUsed = YearValue.extend({ source: z.enum(["target", "observation"]) });
export type BaselineUsed = z.infer<typeof BaselineUsed>;

/** One year of a per-year target ("每年新增1000名"): the year's value and whether it met the figure. */
export const YearCheck = YearValue.extend({ met: z.boolean() });
export type YearCheck = z.infer<typeof YearCheck>;

const num = z.number().nullable();

export const Progress = z.object({
  status: Status,
  reason: StatusReason,
  /** Which way progress runs for this target (the comparator's bound, else the indicator's direction). */
  sense: Direction,
  growthBasis: GrowthBasis.nullable(),
  baseline: BaselineUsed.nullable(),
  /** The latest observation after the baseline year, not after asOfYear nor the target year. */
  latest: YearValue.nullable(),
  /** The figure compared with the target: the latest level, the increments' sum, the mean rate (%). */
  current: num,
  /** The level the target implies (lower end of a range), in the indicator's unit. */
  targetLevel: num,
  /** Upper end of a range target, in the indicator's unit; null when the target is not a range. */
  targetLevelMax: num,
  /** (current − baseline) / (target − baseline); null without a baseline or when the baseline already meets the target; not clamped. */
  completion: num,
  /** (projection − baseline) / (target − baseline): the figure the status thresholds cut. */
  projectedCompletion: num,
  /** compound (target / current)^(1 / yearsRemaining) − 1, linear (target − current) / yearsRemaining; null once met or at the target year. */
  requiredAnnualGrowth: num,
  /** compound (current / baseline)^(1 / (year − baselineYear)) − 1, linear (current − baseline) / (year − baselineYear); null without a baseline. */
  realisedAnnualGrowth: num,
  /** current − baseline: the realised increment, or the realised change in percentage points. */
  change: num,
  /** compound current·(1 + realised)^yearsRemaining, linear current + realised·yearsRemaining; null without a realised rate or on overflow. */
  projection: num,
  /**
   * Short or volatile series: the realised annual growth as a range — the lowest and highest yearly
   * step, or with a single step the rates the two growth models (compound, linear) project at; null otherwise.
   */
  realisedRange: Range.nullable(),
  /** The projection at both ends of realisedRange; null with it. */
  projectionRange: Range.nullable(),
  projectionFlags: z.array(ProjectionFlag),
  /** current / baseline; null without a baseline or when it is 0. */
  ratioToBaseline: num,
  /** Growth targets: realised / required annual rate; 个百分点 targets: realised / required change; otherwise null. */
  realisedVsRequired: num,
  /** Target year − latest year: the years of growth left to the latest value. */
  yearsRemaining: z.number().int().nullable(),
  /** The level the target requires each year from the baseline year to the target year; [] when undefined. */
  path: z.array(YearValue),
  /** Per-year targets only: each observed year against the yearly figure. */
  years: z.array(YearCheck).nullable(),
});
export type Progress = z.infer<typeof Progress>;
