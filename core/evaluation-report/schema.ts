/**
 * Shapes of the evaluation report (总结评估 / 中期评估): what building one takes (a plan, its targets'
 * progress as core/monitoring computed it, optional rankings and figure sources) and the report model
 * it returns — a title block and a flat list of blocks (headings, paragraphs of editable sentences,
 * tables, charts) that the Word and PDF renderers and the web preview walk in order.
 */
import { z } from "zod";
import { Comparator, TargetAttribute, TargetKind } from "../targets/target.ts";
import { Status, StatusReason } from "../monitoring/schema.ts";

export const ReportLang = z.enum(["zh", "en"]);
export type ReportLang = z.infer<typeof ReportLang>;

/** final: 总结评估, the plan period has ended by the evaluation date; midterm: 中期评估, the date is inside it. */
export const ReportKind = z.enum(["final", "midterm"]);
export type ReportKind = z.infer<typeof ReportKind>;

const YearValue = z.object({ year: z.number().int(), value: z.number() });

/** Where a figure was read: a document span, or the people who reported and approved it. */
export const FigureSource = z.object({
  file: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  reporter: z.string().nullable(),
  approver: z.string().nullable(),
});
export type FigureSource = z.infer<typeof FigureSource>;

/** One target's progress as the plan progress service presents it (values in the indicator's base unit). */
export const ReportTarget = z.object({
  targetId: z.number().int(),
  indicator: z.string(),
  indicatorEn: z.string(),
  unit: z.string(),
  displayUnit: z.string(),
  displayScale: z.number(),
  decimals: z.number().int(),
  placeCode: z.string(),
  attribute: TargetAttribute.nullable(),
  baseline: YearValue.nullable(),
  target: z.object({ value: z.number(), valueMax: z.number().nullable(), year: z.number().int(), comparator: Comparator, kind: TargetKind }),
  latest: YearValue.nullable(),
  status: Status,
  /** Why the status is what it is, when the progress service gives it (else read from the figures). */
  reason: StatusReason.optional(),
  requiredAnnualGrowth: z.number().nullable(),
  realisedAnnualGrowth: z.number().nullable(),
  projection: z.number().nullable(),
  growthBasis: z.enum(["compound", "linear"]).nullable(),
  completion: z.number().nullable(),
  /** Realised over target annual rate, for growth-rate targets: what their completion is shown as. */
  realisedVsRequired: z.number().nullable().default(null),
  targetLevel: z.number().nullable(),
  observations: z.array(YearValue),
  path: z.array(YearValue),
  /** The sentence the target was read from. */
  source: z.object({ file: z.string().nullable(), start: z.number().int(), end: z.number().int(), quote: z.string() }).nullable(),
});
export type ReportTarget = z.infer<typeof ReportTarget>;

/** One place of a ranking with its 5th–95th percentile rank interval (null when not computed). */
export const RankingRow = z.object({
  name: z.string(),
  rank: z.number().int(),
  score: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});

/** A composite index ranking the plan publishes (区县创新活跃指数, 高新区榜单). */
export const ReportRanking = z.object({
  nameZh: z.string(),
  nameEn: z.string(),
  year: z.number().int().nullable(),
  /** Computed on generated sample data (示例数据), not statistics. */
  sample: z.boolean(),
  replications: z.number().int(),
  rows: z.array(RankingRow),
});
export type ReportRanking = z.infer<typeof ReportRanking>;

export const ReportInput = z.object({
  plan: z.object({
    code: z.string(),
    titleZh: z.string(),
    titleEn: z.string(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
  }),
  /** The evaluation date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lang: ReportLang,
  targets: z.array(ReportTarget),
  /** Name of the place a target is for, by place code (who should report missing figures). */
  placeNames: z.record(z.string(), z.string()),
  /** Where each target's latest figure came from, by target id. */
  latestSources: z.record(z.string(), FigureSource),
  /** Where each stated baseline came from, by target id. */
  baselineSources: z.record(z.string(), FigureSource),
  rankings: z.array(ReportRanking),
});
export type ReportInput = z.input<typeof ReportInput>;

/** A sentence of narrative: `id` is stable for the same plan and date, so an edited text can be sent back by it. */
export const Sentence = z.object({ id: z.string(), text: z.string() });
export type Sentence = z.infer<typeof Sentence>;

/** A chart of one target: the progress the chart option is built from, in the order of the table. */
export const ChartBlock = z.object({ type: z.literal("chart"), caption: z.string(), target: ReportTarget });

export const Block = z.discriminatedUnion("type", [
  /** level 1: 一、 2: （一） 3: 1. — the numbering is part of the text. */
  z.object({ type: z.literal("heading"), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ type: z.literal("paragraph"), sentences: z.array(Sentence) }),
  z.object({
    type: z.literal("table"),
    id: z.string(),
    caption: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** Relative column widths. */
    widths: z.array(z.number()),
  }),
  ChartBlock,
]);
export type Block = z.infer<typeof Block>;

export const ReportModel = z.object({
  planCode: z.string(),
  kind: ReportKind,
  date: z.string(),
  lang: ReportLang,
  title: z.string(),
  /** The 文号 line under the title: the plan's document number and the evaluation date. */
  docNumberLine: z.string(),
  /** Who the report is from (the plan's issuer), printed at the end. */
  issuer: z.string().nullable(),
  blocks: z.array(Block),
});
export type ReportModel = z.infer<typeof ReportModel>;

/** Edited sentences sent back for export: sentence id → new text. */
export const SentenceEdits = z.record(z.string().max(200), z.string().max(2000));
export type SentenceEdits = z.infer<typeof SentenceEdits>;
