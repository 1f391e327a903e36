/** The colour of each target status (defined in core/charts, which the server's report charts share). */
export { statusColors, statusOrder } from "../../../core/charts/status.colors.ts";
