/**
 * The completion figure a person is shown for a target — on the dashboard's bar and in its exports —
 * so that it agrees with the status: for a growth-rate target (年均增长) the realised over the target
 * annual rate (增速达成), otherwise completion (latest − baseline) / (target − baseline).
 */

/** What a target's shown completion measures and its value (a fraction, not clipped; null when undefined). */
export function shownCompletion(p: { target: { kind: string }; completion: number | null; realisedVsRequired: number | null }): { measure: "rate" | "completion"; value: number | null } {
  return p.target.kind === "growth" ? { measure: "rate", value: p.realisedVsRequired } : { measure: "completion", value: p.completion };
}
