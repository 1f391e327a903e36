/**
 * The shapes of an evaluation (评价): an index definition's tree as nodes (indicator → dimension →
 * index, with zh/en names, direction and weight) and a data table of units by year. One zod source,
 * used by the contract, the server and the web builder.
 */
import { z } from "zod";

/** One iMeta row with both names; `indicatorCode` links an indicator to the catalogue for database data. */
export const EvaluationNode = z.object({
  code: z.string().min(1).max(64),
  nameZh: z.string().max(200),
  nameEn: z.string().max(200),
  /** Ratio: numerator node's score / denominator node's score (an efficiency ratio), beside the tree. */
  type: z.enum(["Indicator", "Aggregate", "Ratio", "Group", "Denominator", "Other"]).default("Indicator"),
  /** 1 = indicator, 2 = dimension (维度), … the highest level is the index. Null for Group/Denominator/Other. */
  level: z.number().int().min(1).nullable(),
  parent: z.string().nullable(),
  /** 1: higher is better; -1: lower is better (e.g. energy per unit of output). */
  direction: z.union([z.literal(1), z.literal(-1)]).nullable().default(1),
  weight: z.number().min(0).nullable().default(1),
  unit: z.string().nullable().default(null),
  target: z.number().nullable().default(null),
  /** Denominator rows' code for an indicator; for a Ratio, the node divided by. */
  denominator: z.string().nullable().default(null),
  /** Ratio rows only: the node divided. */
  numerator: z.string().nullable().default(null),
  indicatorCode: z.string().nullable().default(null),
});
export type EvaluationNode = z.infer<typeof EvaluationNode>;

/** One unit (place) in one year: its group labels and its values by column code (null = missing). */
export const DataRow = z.object({
  uCode: z.string().min(1),
  uName: z.string(),
  time: z.number().int().nullable(),
  groups: z.record(z.string(), z.string().nullable()).default({}),
  values: z.record(z.string(), z.number().nullable()),
});
export type DataRow = z.infer<typeof DataRow>;

/** The words every export and screen of generated data carries. */
export const SAMPLE_LABEL = { zh: "示例数据（非统计数据）", en: "sample data, not statistics" } as const;

/** Column (and iMeta "Other" row) that carries the sample label through iData exports. */
export const SAMPLE_NOTE_COLUMN = "DataNote";
