/** Response shapes of plans (规划) and of target progress on a plan's dashboard. */
import { z } from "zod";
import { Comparator, TargetAttribute, TargetKind } from "../core/targets/target.ts";
import { DocumentKind } from "../core/documents/document-kind.ts";
import { ProjectionFlag, Range, StatusReason } from "../core/monitoring/schema.ts";

export const TargetStatus = z.enum(["achieved", "on_track", "at_risk", "off_track", "no_data"]);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** pending_review (待审核): imported and not yet marked reviewed; active: in use; withdrawn (已撤回): taken back, kept for the record. */
export const PlanStatus = z.enum(["pending_review", "active", "withdrawn"]);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanSummary = z.object({
  code: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  level: z.string(),
  parentCode: z.string().nullable(),
  placeCode: z.string().nullable(),
  /** pending_review (待审核) for an imported plan until it is marked reviewed. */
  status: PlanStatus,
  /** What its document is: plan (规划) or report (工作报告: last year's results, this year's goals). */
  documentKind: DocumentKind,
  /** The year its document speaks for: a report's own year (its results are of the year before); a plan's year of issue; null when unknown. */
  documentYear: z.number().int().nullable(),
  targetCount: z.number().int(),
  statusCounts: z.record(TargetStatus, z.number().int()),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanDetail = PlanSummary.extend({
  sourceFile: z.string().nullable(),
  textLength: z.number().int(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

const YearValue = z.object({ value: z.number(), year: z.number().int() });

/** A span of a plan document the figure was read from. */
export const SourceRef = z.object({
  file: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
});

/**
 * One target's progress. The first fields are the stable machine-readable record also printed by
 * `kechuang progress --json`; values are in the indicator's base unit (元, 家, %, …).
 */
export const TargetProgress = z.object({
  indicator: z.string(),
  unit: z.string(),
  baseline: YearValue.nullable(),
  target: z.object({
    value: z.number(),
    valueMax: z.number().nullable(),
    year: z.number().int(),
    comparator: Comparator,
    kind: TargetKind,
  }),
  latest: YearValue.nullable(),
  status: TargetStatus,
  requiredAnnualGrowth: z.number().nullable(),
  realisedAnnualGrowth: z.number().nullable(),
  projection: z.number().nullable(),
  // Details for people and charts.
  targetId: z.number().int(),
  indicatorCode: z.string(),
  indicatorEn: z.string(),
  placeCode: z.string(),
  displayUnit: z.string(),
  displayScale: z.number(),
  decimals: z.number().int(),
  attribute: TargetAttribute.nullable(),
  growthBasis: z.enum(["compound", "linear"]).nullable(),
  completion: z.number().nullable(),
  targetLevel: z.number().nullable(),
  observations: z.array(YearValue),
  path: z.array(YearValue),
  source: SourceRef.nullable(),
  /** Why the status is what it is (core/monitoring StatusReason); `no_target_level` with `needsBaseline` asks for the base-period value. */
  reason: StatusReason,
  /** The target is relative to a baseline (翻番, 双倍增, 年均增长, 新增) the plan does not state: 需补充基期值. */
  needsBaseline: z.boolean(),
  /** (projection − baseline) / (target − baseline). */
  projectedCompletion: z.number().nullable(),
  /** Growth targets: realised / required annual rate; 个百分点 targets: realised / required change. */
  realisedVsRequired: z.number().nullable(),
  /** Realised annual growth as a range when it comes from a short or volatile series (same units as realisedAnnualGrowth). */
  realisedRange: Range.nullable(),
  /** The projection at both ends of realisedRange. */
  projectionRange: Range.nullable(),
  /** Cautions on the projection: short_series, volatile, far_extrapolation. */
  projectionFlags: z.array(ProjectionFlag),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

/** Body of PUT /api/targets/{id}/baseline: the base-period value (基期值) a relative target needs, in the indicator's base unit. */
export const SetTargetBaselineRequest = z.object({
  value: z.number(),
  year: z.number().int().min(1949).max(2100),
  reason: z.string().trim().min(1).max(500).optional(),
});
export type SetTargetBaselineRequest = z.infer<typeof SetTargetBaselineRequest>;

export const TargetBaselineResponse = z.object({ targetId: z.number().int(), baseline: YearValue, previous: YearValue.nullable() });
export type TargetBaselineResponse = z.infer<typeof TargetBaselineResponse>;
