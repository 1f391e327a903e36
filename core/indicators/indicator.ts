/**
 * Indicators (指标): what is measured, in which unit, which direction is better, how often, and how
 * values combine across places. The catalogue every target and data value refers to.
 */
import { z } from "zod";
import { Periodicity } from "../periods/period.ts";

/** Higher is better (most counts and shares) or lower is better (travel time, emissions). */
export const Direction = z.enum(["higher_is_better", "lower_is_better"]);
export type Direction = z.infer<typeof Direction>;

/**
 * How values of places combine into a parent place: `sum` (counts, amounts), `ratio` of two
 * indicators (R&D intensity = R&D expenditure / GDP), or `none` (growth rates, indices).
 */
export const Aggregation = z.discriminatedUnion("method", [
  z.object({ method: z.literal("sum") }),
  z.object({
    method: z.literal("ratio"),
    numerator: z.string().min(1),
    denominator: z.string().min(1),
    /** Multiplier applied to numerator / denominator, e.g. 100 for a percentage. */
    scale: z.number().positive().default(1),
  }),
  z.object({ method: z.literal("none") }),
]);
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * What the unit measures, which decides the target maths: a `count` or `amount` grows by compound
 * rates; a `share` (a percentage of a whole, bounded by 100) moves by percentage points; a `rate` is
 * itself a growth rate in %; a `ratio` is any other relative figure (per 10,000 people …).
 */
export const Measure = z.enum(["count", "amount", "share", "rate", "ratio"]);
export type Measure = z.infer<typeof Measure>;

export const IndicatorCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, "indicator code: lowercase letters, digits, '.', '_' or '-'");

export const Indicator = z.object({
  code: IndicatorCode,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Base unit (元, 家, %, 人年, 件 …), magnitude words removed. */
  unit: z.string(),
  /** The unit as shown to people when it differs from the base unit (亿元 for 元). */
  displayUnit: z.string().optional(),
  /** Base-unit value of one display unit (1e8 for 亿元). */
  displayScale: z.number().positive().default(1),
  decimals: z.number().int().min(0).max(6).default(0),
  measure: Measure,
  direction: Direction.default("higher_is_better"),
  periodicity: Periodicity.default("year"),
  aggregation: Aggregation.default({ method: "none" }),
  definition: z.string().optional(),
});
export type Indicator = z.infer<typeof Indicator>;
