/**
 * Status thresholds: the configurable cut-offs that turn a projection or a realised growth rate into
 * a status colour, one set per target attribute — 预期性 (expected) and 约束性 (binding) — with the
 * binding set never more lenient than the expected one. Owns the schemas and the documented defaults.
 */
import { z } from "zod";
import type { TargetAttribute } from "../targets/target.ts";

export const StatusThresholds = z
  .object({
    /**
     * At risk (rather than off track) when projected completion — (projection − baseline) /
     * (target − baseline) — or, for growth targets, realised rate / required rate reaches this share.
     * 0.85 follows the common "within 15 % of the trajectory" reading of a yellow light. At 1 there is
     * no at-risk band: a target projected to miss is off track.
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

/**
 * Binding targets (约束性) must be met, as the plans intend: by default no at-risk band, so a binding
 * target projected to miss is off track, and on track only when the projection meets the target.
 */
export const DEFAULT_BINDING_THRESHOLDS: StatusThresholds = Object.freeze({ atRisk: 1, onTrack: 1 });

/** Thresholds per attribute; targets without an attribute are held to the expected ones. */
export const AttributeThresholds = z
  .object({ expected: StatusThresholds.default(DEFAULT_THRESHOLDS), binding: StatusThresholds.default(DEFAULT_BINDING_THRESHOLDS) })
  .refine((t) => t.binding.atRisk >= t.expected.atRisk && t.binding.onTrack >= t.expected.onTrack, {
    message: "binding thresholds must not be below the expected ones",
  });
export type AttributeThresholds = z.infer<typeof AttributeThresholds>;

/**
 * The thresholds a target is judged by: the expected ones, or for a binding target the stricter of
 * each cut-off (so a binding target is never judged more leniently, however the two are configured).
 */
export function thresholdsFor(attribute: TargetAttribute | undefined, expected: StatusThresholds, binding: StatusThresholds = DEFAULT_BINDING_THRESHOLDS): StatusThresholds {
  if (attribute !== "binding") return expected;
  return { atRisk: Math.max(expected.atRisk, binding.atRisk), onTrack: Math.max(expected.onTrack, binding.onTrack) };
}
