/** Request and response shapes of data values (指标数据): one figure of an indicator for a place and period. */
import { z } from "zod";

export const DataValueSource = z.object({
  kind: z.enum(["document", "import", "person"]),
  /** Document file, import batch or person's name. */
  ref: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
});
export type DataValueSource = z.infer<typeof DataValueSource>;

export const DataValueStatus = z.enum(["submitted", "approved", "rejected"]);

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
});
export type DataValueResponse = z.infer<typeof DataValueResponse>;

/** Body of POST /api/values. The checks that need the catalogue (indicator exists, period fits, share ≤ 100) run in the service. */
export const CreateDataValueRequest = z.object({
  indicatorCode: z.string().min(1),
  placeCode: z.string().min(1).default("500000"),
  period: z.string().min(1),
  value: z.number().finite(),
  note: z.string().max(2000).optional(),
  reportedBy: z.string().max(200).optional(),
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
});
export type DataValueRevision = z.infer<typeof DataValueRevision>;
