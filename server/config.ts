/**
 * Settings read from the environment once, validated: status thresholds of the monitoring engine per
 * target attribute — expected (预期性: KECHUANG_STATUS_AT_RISK, KECHUANG_STATUS_ON_TRACK) and binding
 * (约束性: KECHUANG_STATUS_BINDING_AT_RISK, KECHUANG_STATUS_BINDING_ON_TRACK); see core/monitoring/README.md.
 */
import { AttributeThresholds, DEFAULT_BINDING_THRESHOLDS, DEFAULT_THRESHOLDS } from "../core/monitoring/thresholds.ts";

const numberOr = (value: string | undefined, fallback: number): number => (value ? Number(value) : fallback);

export function thresholdsFromEnv(env: NodeJS.ProcessEnv = process.env): AttributeThresholds {
  const parsed = AttributeThresholds.safeParse({
    expected: {
      atRisk: numberOr(env.KECHUANG_STATUS_AT_RISK, DEFAULT_THRESHOLDS.atRisk),
      onTrack: numberOr(env.KECHUANG_STATUS_ON_TRACK, DEFAULT_THRESHOLDS.onTrack),
    },
    binding: {
      atRisk: numberOr(env.KECHUANG_STATUS_BINDING_AT_RISK, DEFAULT_BINDING_THRESHOLDS.atRisk),
      onTrack: numberOr(env.KECHUANG_STATUS_BINDING_ON_TRACK, DEFAULT_BINDING_THRESHOLDS.onTrack),
    },
  });
  if (!parsed.success) {
    throw new Error(
      `KECHUANG_STATUS_AT_RISK / _ON_TRACK / _BINDING_AT_RISK / _BINDING_ON_TRACK must be numbers in (0, 1] with at-risk ≤ on-track, and the binding ones not below the expected ones: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return parsed.data;
}
