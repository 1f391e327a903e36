/** Colours of a statement's review state, shared by the text highlights and the list's tags. */
import type { StatementState } from "../../../../contract/review.ts";

export const STATE_COLORS: Record<StatementState, { tag: string; mark: string }> = {
  pending: { tag: "gold", mark: "#fff1b8" },
  accepted: { tag: "green", mark: "#d9f7be" },
  rejected: { tag: "default", mark: "#f0f0f0" },
  merged: { tag: "purple", mark: "#efdbff" },
};
