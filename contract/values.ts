/** Request and response shapes of data values (指标数据): one figure of an indicator for a place and period. */
import { z } from "zod";

export const DataValueSource = z.object({
  kind: z.enum(["document", "import", "person", "registry"]),
  /** Document file, import batch or person's name. */
  ref: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
});
export type DataValueSource = z.infer<typeof DataValueSource>;

/** approved: counts in monitoring; withdrawn: taken back through the workflow, kept in the history. */
export const DataValueStatus = z.enum(["approved", "withdrawn"]);

export const DataValueResponse = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  placeCode: z.string(),
  period: z.string(),
  value: z.number(),
  status: DataValueStatus,
  source: DataValueSource,
  note: z.string().nullable(),
  updatedAt: z.string(),
  roundId: z.number().int().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** When the figure became public; null while it is internal. */
  publishedAt: z.string().nullable(),
});
export type DataValueResponse = z.infer<typeof DataValueResponse>;

/** Body of POST /api/values. The checks that need the catalogue (indicator exists, period fits, share ≤ 100) run in the service. */
export const CreateDataValueRequest = z.object({
  indicatorCode: z.string().min(1),
  placeCode: z.string().min(1).default("500000"),
  period: z.string().min(1),
  value: z.number().finite(),
  note: z.string().max(2000).optional(),
  /** Why the figure moved so much from last period; asked for beyond the change bound (±50 % by default). */
  explanation: z.string().max(2000).optional(),
});
export type CreateDataValueRequest = z.infer<typeof CreateDataValueRequest>;

export const DataValueRevision = z.object({
  revision: z.number().int(),
  value: z.number(),
  status: DataValueStatus,
  source: DataValueSource,
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  note: z.string().nullable(),
  /** Why it changed: a correction's explanation, a withdrawal's reason. */
  reason: z.string().nullable(),
});
export type DataValueRevision = z.infer<typeof DataValueRevision>;
