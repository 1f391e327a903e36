/** Response shape of 规划衔接: a lower plan's targets against a higher plan's, indicator by indicator. */
import { z } from "zod";
import { LocalisedText } from "./errors.ts";

export const AlignmentVerdict = z.enum(["consistent", "more_ambitious", "weaker", "not_comparable"]);

const AlignedTarget = z.object({
  targetId: z.number().int(),
  placeCode: z.string(),
  kind: z.string(),
  comparator: z.string(),
  value: z.number(),
  year: z.number().int(),
});

export const AlignmentRow = z.object({
  indicatorCode: z.string(),
  indicatorZh: z.string(),
  indicatorEn: z.string(),
  lower: AlignedTarget,
  higher: AlignedTarget,
  verdict: AlignmentVerdict,
  basis: z.enum(["level", "projected_level", "annual_growth", "growth_rate"]).nullable(),
  /** The figures compared: levels in the indicator's base unit, or annual growth (a fraction, or points). */
  lowerFigure: z.number().nullable(),
  higherFigure: z.number().nullable(),
  /** For growth bases: compound (figures are fractions a year) or linear (points a year). */
  rateBasis: z.enum(["compound", "linear"]).nullable(),
  reason: LocalisedText,
  notes: z.array(LocalisedText),
});
export type AlignmentRow = z.infer<typeof AlignmentRow>;

export const AlignmentResponse = z.object({
  lowerPlan: z.string(),
  higherPlan: z.string(),
  /** same, part (the lower plan's place lies inside the higher plan's) or other. */
  placeRelation: z.enum(["same", "part", "other"]),
  rows: z.array(AlignmentRow),
  /** Indicators only one of the two plans sets a target for. */
  onlyLower: z.array(z.string()),
  onlyHigher: z.array(z.string()),
});
export type AlignmentResponse = z.infer<typeof AlignmentResponse>;
