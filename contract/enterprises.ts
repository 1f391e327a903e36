/**
 * Request and response shapes of the enterprise registry (企业库): enterprises with their years and
 * statuses, rule-pack assessments (科技型中小企业评价, 高新技术企业 self-check), the funnel and the
 * cultivation pool (培育库) of a place, imports and registry snapshots. Never public.
 */
import { z } from "zod";
import { EnterpriseYear } from "../core/enterprises/model.ts";
import { STATUS_KINDS } from "../core/enterprises/registry.model.ts";
import { LocalisedText } from "./errors.ts";

/** One enterprise's figures for one year: the rule packs' own schema. */
export { EnterpriseYear } from "../core/enterprises/model.ts";

export const StatusKind = z.enum(STATUS_KINDS);
export const EnterpriseStatus = z.object({ kind: StatusKind, reference: z.string().nullable(), validFrom: z.string(), validTo: z.string().nullable() });

export const EnterpriseSummary = z.object({
  creditCode: z.string(),
  name: z.string(),
  placeCode: z.string(),
  zoneCode: z.string().nullable(),
  park: z.string().nullable(),
  industryCode: z.string().nullable(),
  /** Generated 示例数据, not a real enterprise. */
  sample: z.boolean(),
  /** Status kinds held today. */
  holds: z.array(StatusKind),
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

const Verdict = z.enum(["pass", "fail", "unknown"]);
const Figures = z.record(z.string(), z.union([z.number(), z.boolean(), z.null()]));
export const Assessment = z.object({
  pack: z.enum(["tech-sme", "high-tech"]),
  version: z.string(),
  documents: z.array(z.object({ number: z.string(), title: z.string() })),
  year: z.number().int(),
  verdict: Verdict,
  computedVerdict: Verdict,
  score: z.object({ min: z.number(), max: z.number() }).nullable(),
  scoreMax: z.number(),
  passMark: LocalisedText.nullable(),
  conditions: z.array(z.object({ id: z.string(), label: LocalisedText, verdict: Verdict, figures: Figures, explanation: LocalisedText, toChange: LocalisedText.optional(), judged: z.boolean(), clause: z.string() })),
  items: z.array(
    z.object({ id: z.string(), label: LocalisedText, max: z.number(), min: z.number(), points: z.object({ min: z.number(), max: z.number() }), band: z.string().optional(), figures: Figures, explanation: LocalisedText, toChange: LocalisedText.optional(), judged: z.boolean(), clause: z.string() }),
  ),
  judgedParts: z.array(z.string()),
  summary: LocalisedText,
  cautions: z.array(LocalisedText),
});
export type Assessment = z.infer<typeof Assessment>;

export const HistoryEntry = z.object({ at: z.string(), actor: z.string(), action: z.string(), reason: z.string().nullable() });

export const EnterpriseDetail = EnterpriseSummary.extend({
  registeredOn: z.string().nullable(),
  years: z.array(EnterpriseYear),
  statuses: z.array(EnterpriseStatus),
  assessments: z.object({ techSme: Assessment.nullable(), highTech: Assessment.nullable() }),
  history: z.array(HistoryEntry),
});
export type EnterpriseDetail = z.infer<typeof EnterpriseDetail>;

export const EnterpriseQuery = z.object({
  q: z.string().max(100).optional().describe("Part of the name or credit code"),
  place: z.string().max(64).optional().describe("A district's or zone's code; the city 500000 for all"),
  status: StatusKind.optional().describe("Only enterprises holding this status today"),
});

/** Body of POST /api/enterprises/assess: figures given, nothing stored. */
export const AssessRequest = z.object({
  pack: z.enum(["tech-sme", "high-tech"]),
  years: z.array(EnterpriseYear).min(1).max(3),
  registeredOn: z.string().max(10).optional(),
  assessedOn: z.string().max(10).optional(),
  declarations: z.object({ resident: z.boolean().nullable(), permittedIndustry: z.boolean().nullable(), noViolations: z.boolean().nullable() }).partial().optional(),
  direct: z.object({ highTechCertificate: z.boolean().nullable(), nationalAwardTop3: z.boolean().nullable(), provincialRdInstitution: z.boolean().nullable(), ledStandard: z.boolean().nullable() }).partial().optional(),
  judgements: z
    .object({ coreIp: z.boolean().nullable(), supportedField: z.boolean().nullable(), noIncidents: z.boolean().nullable(), points: z.record(z.string(), z.number().min(0).max(30)) })
    .partial()
    .optional(),
});
export type AssessRequest = z.infer<typeof AssessRequest>;

export const RegistryImportResponse = z.object({ batchId: z.number().int(), rows: z.number().int(), enterprises: z.number().int(), created: z.number().int(), updated: z.number().int() });

const FigureComparison = z.object({
  indicatorCode: z.string(),
  period: z.string(),
  /** The figure reported or imported for the place (not from the registry), if any. */
  reported: z.number().nullable(),
  /** The latest real registry snapshot's count. */
  registry: z.number().nullable(),
  /** registry − reported, when both exist. */
  difference: z.number().nullable(),
  /** The latest sample (示例数据) snapshot's count: shown for trying the product, never a figure. */
  sampleRegistry: z.number().nullable(),
});

const PoolEntry = z.object({ creditCode: z.string(), name: z.string(), sample: z.boolean(), gapNow: z.number(), summaryNow: LocalisedText, summaryNext: LocalisedText });

export const FunnelResponse = z.object({
  placeCode: z.string(),
  on: z.string(),
  /** Enterprises holding each status at each year's end; "tech-any" is 市科技型企业 or 国家科技型中小企业. */
  counts: z.array(z.object({ year: z.number().int(), kind: z.string(), real: z.number().int(), sample: z.number().int() })),
  targets: z.array(z.object({ planCode: z.string(), indicatorCode: z.string(), kind: z.string(), comparator: z.string(), value: z.number(), targetYear: z.number().int() })),
  figures: z.array(FigureComparison),
  snapshots: z.array(z.object({ id: z.number().int(), takenOn: z.string(), sample: z.boolean(), enterprises: z.number().int() })),
  lapsing: z.array(z.object({ creditCode: z.string(), name: z.string(), reference: z.string().nullable(), validTo: z.string(), sample: z.boolean() })),
  /** The 培育库 of a district or zone (empty for the whole city, where it would assess every enterprise). */
  pool: z.object({ techSme: z.array(PoolEntry), highTech: z.array(PoolEntry) }),
});
export type FunnelResponse = z.infer<typeof FunnelResponse>;

export const SnapshotRequest = z.object({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), sample: z.boolean().default(false) });
export const SnapshotResponse = z.object({ id: z.number().int(), takenOn: z.string(), sample: z.boolean(), enterprises: z.number().int(), counts: z.number().int(), figuresWritten: z.number().int() });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;
