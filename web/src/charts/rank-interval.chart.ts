/**
 * The ECharts option of a ranking with its uncertainty: one row per place in nominal order, a bar
 * from the 5th to the 95th percentile rank, and dots at the nominal and median ranks (rank 1 left).
 */
import type { EChartsOption } from "echarts";
import type { RankInterval } from "../../../contract/indices.ts";
import { escapeHtml } from "../format/escape-html.ts";

export interface RankIntervalLabels {
  nominal: string;
  median: string;
  interval: string;
  rank: string;
}

/** Places ordered by nominal rank, then code, so the chart reads like the table. */
export function orderedIntervals(units: readonly RankInterval[]): RankInterval[] {
  return [...units].sort((a, b) => a.nominal - b.nominal || a.uCode.localeCompare(b.uCode));
}

/**
 * The interval as a stacked bar: an invisible base of length q5 − 0.5 and a visible bar of length
 * q95 − q5 + 1, so a place whose rank never moves still shows one rank's width around it.
 */
export function intervalBars(units: readonly RankInterval[]): { base: number[]; span: number[] } {
  return { base: units.map((u) => u.q5 - 0.5), span: units.map((u) => u.q95 - u.q5 + 1) };
}

export function buildRankIntervalOption(units: readonly RankInterval[], labels: RankIntervalLabels): EChartsOption {
  const rows = orderedIntervals(units);
  const { base, span } = intervalBars(rows);
  const names = rows.map((u) => u.uName);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    legend: { top: 0, data: [labels.interval, labels.nominal, labels.median] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const i = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const u = rows[i]!;
        return `${escapeHtml(u.uName)}<br/>${escapeHtml(labels.nominal)}: ${u.nominal}<br/>${escapeHtml(labels.median)}: ${u.median}<br/>${escapeHtml(labels.interval)}: ${u.q5}–${u.q95}`;
      },
    },
    xAxis: { type: "value", name: labels.rank, min: 0, max: Math.max(1, ...rows.map((u) => u.q95)) + 1, minInterval: 1 },
    yAxis: { type: "category", data: names, inverse: true, axisLabel: { interval: 0, fontSize: 11 } },
    series: [
      { name: "base", type: "bar", stack: "interval", data: base, itemStyle: { color: "transparent" }, silent: true, barWidth: "55%" },
      { name: labels.interval, type: "bar", stack: "interval", data: span, itemStyle: { color: "rgba(22,119,255,0.25)", borderColor: "#1677ff", borderWidth: 1 } },
      { name: labels.nominal, type: "scatter", data: rows.map((u) => u.nominal), symbolSize: 9, itemStyle: { color: "#1677ff" }, z: 3 },
      { name: labels.median, type: "scatter", data: rows.map((u) => u.median), symbol: "diamond", symbolSize: 8, itemStyle: { color: "#fa8c16" }, z: 3 },
    ],
  };
}
