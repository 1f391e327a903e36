/**
 * A quantitative statement found in a plan document: a target ("到2025年，科技型企业超过4.5万家")
 * or a reported actual ("累计达到7565家"), with its value in the base unit and its span in the text
 * as decoded. One JSON object per statement is also the line format the gold scorer reads.
 */
import { z } from "zod";

export const StatementType = z.enum(["target", "actual"]);
export type StatementType = z.infer<typeof StatementType>;

export const StatementComparator = z.enum([">=", ">", "=", "<=", "<"]);
export type StatementComparator = z.infer<typeof StatementComparator>;

/** level: stock or ratio at a time; growth: rate in % or 个百分点; multiple: × baseline; increment: added within a period. */
export const StatementKind = z.enum(["level", "growth", "multiple", "increment"]);
export type StatementKind = z.infer<typeof StatementKind>;

export const Statement = z.object({
  type: StatementType,
  /** JavaScript string offsets into the text, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  value: z.number(),
  /** Upper end of a range ("2—3个"); the comparator is then "=". */
  value_max: z.number().optional(),
  /** Base unit with the magnitude word removed (元, 家, %, 个百分点 …); "" where there is none. */
  unit: z.string(),
  comparator: StatementComparator,
  kind: StatementKind,
  /** Target year, or the year an actual was measured; null when the text gives none. */
  year: z.number().int().nullable(),
  /** The indicator as a short noun phrase in the document's own words. */
  indicator: z.string(),
  per_year: z.boolean().optional(),
  cumulative: z.boolean().optional(),
  baseline_value: z.number().optional(),
  baseline_year: z.number().int().optional(),
  /** The place or body the figure is about when it is not the document's own. */
  scope: z.string().optional(),
  /** 预期性 — expected (guiding); 约束性 — binding; only where a table states it. */
  attribute: z.enum(["expected", "binding"]).optional(),
});
export type Statement = z.infer<typeof Statement>;
