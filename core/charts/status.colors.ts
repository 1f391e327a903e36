/** The colour of each target status, shared by the web app's tags, stacked bar and charts and by the reports' charts. */
import type { Status as TargetStatus } from "../monitoring/schema.ts";

/** antd Tag preset colour and the matching hex for charts and bars. */
export const statusColors: Record<TargetStatus, { tag: string; hex: string }> = {
  achieved: { tag: "green", hex: "#52c41a" },
  on_track: { tag: "blue", hex: "#1677ff" },
  at_risk: { tag: "orange", hex: "#fa8c16" },
  off_track: { tag: "red", hex: "#f5222d" },
  no_data: { tag: "default", hex: "#bfbfbf" },
};

/** Statuses in reading order, best first. */
export const statusOrder = ["achieved", "on_track", "at_risk", "off_track", "no_data"] as const satisfies readonly TargetStatus[];
