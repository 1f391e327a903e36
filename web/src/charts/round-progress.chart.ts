/**
 * ECharts option of a round's progress: one horizontal stacked bar per unit, its figures by state
 * (已通过, 待审核, 草稿, 已退回, 未填). Pure, so it is unit-tested; names are escaped in the tooltip.
 */
import type { EChartsOption } from "echarts";
import type { UnitProgress } from "../../../contract/reporting.ts";
import { escapeHtml } from "../format/escape-html.ts";

/** The states in stacking order, with their colours. */
export const PROGRESS_STATES = [
  { key: "approved", color: "#52c41a" },
  { key: "submitted", color: "#1677ff" },
  { key: "draft", color: "#faad14" },
  { key: "returned", color: "#ff4d4f" },
  { key: "missing", color: "#d9d9d9" },
] as const;

export type ProgressState = (typeof PROGRESS_STATES)[number]["key"];

/** Labels in the UI language: each state's name and how to name a unit. */
export interface ProgressChartLabels {
  states: Record<ProgressState, string>;
  unitName(unit: Pick<UnitProgress, "nameZh" | "nameEn">): string;
}

/** The stacked bar option; units top to bottom in the order given. */
export function buildRoundProgressOption(units: readonly UnitProgress[], labels: ProgressChartLabels): EChartsOption {
  const names = units.map((u) => labels.unitName(u));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 52, bottom: 8, containLabel: true },
    legend: { top: 0, itemWidth: 14, itemHeight: 10, data: PROGRESS_STATES.map((s) => labels.states[s.key]) },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const items = (Array.isArray(params) ? params : [params]) as { dataIndex: number; seriesName: string; value: number; marker: string }[];
        const unit = units[items[0]?.dataIndex ?? 0];
        const head = unit ? escapeHtml(labels.unitName(unit)) : "";
        return [head, ...items.map((i) => `${i.marker}${escapeHtml(i.seriesName)}：${i.value}`)].join("<br/>");
      },
    },
    xAxis: { type: "value", minInterval: 1 },
    // Long names (bodies, English) are cut short on the axis; the tooltip names the unit in full.
    yAxis: { type: "category", data: names, inverse: true, axisLabel: { width: 120, overflow: "truncate" } },
    series: PROGRESS_STATES.map((s) => ({
      name: labels.states[s.key],
      type: "bar" as const,
      stack: "figures",
      itemStyle: { color: s.color },
      barMaxWidth: 22,
      data: units.map((u) => u[s.key]),
    })),
  };
}
