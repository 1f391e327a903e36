/**
 * Settings read from the environment once, validated: status thresholds of the monitoring engine
 * (KECHUANG_STATUS_AT_RISK, KECHUANG_STATUS_ON_TRACK; see core/monitoring/README.md).
 */
import { DEFAULT_THRESHOLDS, StatusThresholds } from "../core/monitoring/thresholds.ts";

export function thresholdsFromEnv(env: NodeJS.ProcessEnv = process.env): StatusThresholds {
  const parsed = StatusThresholds.safeParse({
    atRisk: env.KECHUANG_STATUS_AT_RISK ? Number(env.KECHUANG_STATUS_AT_RISK) : DEFAULT_THRESHOLDS.atRisk,
    onTrack: env.KECHUANG_STATUS_ON_TRACK ? Number(env.KECHUANG_STATUS_ON_TRACK) : DEFAULT_THRESHOLDS.onTrack,
  });
  if (!parsed.success) {
    throw new Error(`KECHUANG_STATUS_AT_RISK / KECHUANG_STATUS_ON_TRACK must be numbers in (0, 1] with at-risk ≤ on-track: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}
