/**
 * Targets (目标): what a plan commits to for an indicator, in every form plans state them — a level
 * ("超过4.5万家"), a growth rate ("年均增长10%以上"), a multiple of the baseline ("翻番"), or an
 * increment ("新增1000家") — with comparator, optional range, per-year and cumulative flags, the
 * baseline, the target year, the attribute (预期性 expected / 约束性 binding) and the source span.
 */
import { z } from "zod";

export const Comparator = z.enum([">=", ">", "=", "<=", "<"]);
export type Comparator = z.infer<typeof Comparator>;

/** level: a stock or ratio at a time; growth: a rate in % (or 个百分点); multiple: × baseline; increment: added within the period. */
export const TargetKind = z.enum(["level", "growth", "multiple", "increment"]);
export type TargetKind = z.infer<typeof TargetKind>;

/** 预期性 — expected (guiding) target; 约束性 — binding target. */
export const TargetAttribute = z.enum(["expected", "binding"]);
export type TargetAttribute = z.infer<typeof TargetAttribute>;

/** A span of characters (JavaScript string offsets) in a document's text, with the quoted text. */
export const SourceSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

export const Baseline = z.object({ value: z.number(), year: z.number().int() });
export type Baseline = z.infer<typeof Baseline>;

export const TargetSpec = z.object({
  kind: TargetKind,
  comparator: Comparator,
  /** Target value in the indicator's base unit; for growth the rate in %, for multiple the factor. */
  value: z.number(),
  /** Upper end of a range ("2—3个", "8%—12%"); comparator is then "=". */
  valueMax: z.number().optional(),
  /** Unit of the target value when it differs from the indicator's (个百分点 for a share's growth). */
  unit: z.string().optional(),
  targetYear: z.number().int(),
  baseline: Baseline.optional(),
  /** The figure recurs every year ("每年新增1000名"). */
  perYear: z.boolean().default(false),
  /** The figure is an accumulated total over the plan period ("累计培育1200家"). */
  cumulative: z.boolean().default(false),
  attribute: TargetAttribute.optional(),
});
export type TargetSpec = z.infer<typeof TargetSpec>;
