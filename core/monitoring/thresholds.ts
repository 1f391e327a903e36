/**
 * Status thresholds: the configurable cut-offs that turn a projection or a realised growth rate into
 * a status colour. Owns the schema and the documented defaults.
 */
import { z } from "zod";

export const StatusThresholds = z
  .object({
    /**
     * At risk (rather than off track) when projected completion — (projection − baseline) /
     * (target − baseline) — or, for growth targets, realised rate / required rate reaches this share.
     * 0.85 follows the common "within 15 % of the trajectory" reading of a yellow light.
     */
    atRisk: z.number().gt(0).max(1).default(0.85),
    /**
     * On track when the projection meets the target (1, the default and the strict reading) or, if set
     * below 1, when projected completion reaches this share: lets an office accept a small shortfall.
     */
    onTrack: z.number().gt(0).max(1).default(1),
  })
  .refine((t) => t.atRisk <= t.onTrack, { message: "atRisk must not exceed onTrack" });
export type StatusThresholds = z.infer<typeof StatusThresholds>;

/** The defaults: on track only when the projection meets the target; at risk from 85 % projected completion. */
export const DEFAULT_THRESHOLDS: StatusThresholds = Object.freeze({ atRisk: 0.85, onTrack: 1 });
