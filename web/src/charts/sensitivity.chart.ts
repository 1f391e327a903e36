/**
 * The ECharts option of a sensitivity analysis: per uncertain input, a bar of its first-order index
 * (Si: its share of the rank variance alone) beside one of its total index (STi: with interactions).
 */
import type { EChartsOption } from "echarts";
import type { SensitivityResponse } from "../../../contract/indices.ts";
import { escapeHtml } from "../format/escape-html.ts";

type SensitivityIndex = SensitivityResponse["indices"][number];

export interface SensitivityLabels {
  firstOrder: string;
  total: string;
  /** Display name of an uncertain input (its API name: normalise, weights, …). */
  input(name: string): string;
}

/**
 * Bar heights: estimates below 0 are drawn at 0. Small samples give slightly negative first-order
 * estimates (sampling noise around a true value ≥ 0); `clamped` says when that happened so the page
 * can say so rather than show an impossible share.
 */
export function sensitivityBars(indices: readonly SensitivityIndex[]): { si: number[]; sti: number[]; clamped: string[] } {
  return {
    si: indices.map((x) => Math.max(0, x.si)),
    sti: indices.map((x) => Math.max(0, x.sti)),
    clamped: indices.filter((x) => x.si < 0 || x.sti < 0).map((x) => x.name),
  };
}

const fixed = (v: number): string => v.toFixed(3);

export function buildSensitivityOption(indices: readonly SensitivityIndex[], labels: SensitivityLabels): EChartsOption {
  const { si, sti } = sensitivityBars(indices);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.firstOrder, labels.total] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      // The tooltip gives the raw estimates and their intervals, negative ones included.
      formatter: (params: unknown) => {
        const x = indices[(params as { dataIndex: number }[])[0]?.dataIndex ?? 0]!;
        return `${escapeHtml(labels.input(x.name))}<br/>${escapeHtml(labels.firstOrder)}: ${fixed(x.si)} (${fixed(x.siQ5)}–${fixed(x.siQ95)})<br/>${escapeHtml(labels.total)}: ${fixed(x.sti)} (${fixed(x.stiQ5)}–${fixed(x.stiQ95)})`;
      },
    },
    xAxis: { type: "category", data: indices.map((x) => labels.input(x.name)), axisLabel: { interval: 0 } },
    yAxis: { type: "value", min: 0 },
    series: [
      { name: labels.firstOrder, type: "bar", data: si, itemStyle: { color: "#1677ff" } },
      { name: labels.total, type: "bar", data: sti, itemStyle: { color: "#fa8c16" } },
    ],
  };
}
