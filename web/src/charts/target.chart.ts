/** The target chart's option builder lives in core/charts, shared with the server's evaluation reports. */
export { actuals, buildTargetChartOption, chartYears, requiredPath, targetPoint } from "../../../core/charts/target.chart.ts";
export type { TargetChartInput, TargetChartLabels } from "../../../core/charts/target.chart.ts";
