/**
 * ECharts option of a place's enterprise counts over time against its plan targets: one line per
 * counted status (科技型企业, 高新技术企业) from the real registry, the same from a sample registry as a
 * dashed line named as sample data, and each target as a point at its year. Pure, so it is unit-tested.
 */
import type { EChartsOption } from "echarts";
import type { FunnelResponse } from "../../../contract/enterprises.ts";

/** Counted statuses and the indicators whose targets they meet. */
export const FUNNEL_LINES = [
  { kind: "tech-any", indicator: "tech-smes", color: "#1677ff" },
  { kind: "high-tech", indicator: "hitech-enterprises", color: "#722ed1" },
] as const;

export interface FunnelChartLabels {
  line(kind: (typeof FUNNEL_LINES)[number]["kind"]): string;
  /** Suffix of a sample series: （示例数据） / (sample data). */
  sample: string;
  target: string;
}

/** The line chart option. */
export function buildFunnelOption(f: Pick<FunnelResponse, "counts" | "targets">, labels: FunnelChartLabels): EChartsOption {
  const years = [...new Set([...f.counts.map((c) => c.year), ...f.targets.map((t) => t.targetYear)])].sort((a, b) => a - b);
  const series: NonNullable<EChartsOption["series"]> & unknown[] = [];
  for (const line of FUNNEL_LINES) {
    const at = (y: number, pick: "real" | "sample") => f.counts.find((c) => c.year === y && c.kind === line.kind)?.[pick] ?? null;
    if (f.counts.some((c) => c.kind === line.kind && c.real > 0)) {
      series.push({ type: "line", name: labels.line(line.kind), data: years.map((y) => at(y, "real")), color: line.color, connectNulls: true });
    }
    if (f.counts.some((c) => c.kind === line.kind && c.sample > 0)) {
      series.push({ type: "line", name: `${labels.line(line.kind)}${labels.sample}`, data: years.map((y) => at(y, "sample")), color: line.color, lineStyle: { type: "dashed" }, connectNulls: true });
    }
    const targets = f.targets.filter((t) => t.indicatorCode === line.indicator);
    if (targets.length) {
      series.push({ type: "scatter", name: `${labels.line(line.kind)}${labels.target}`, color: line.color, symbol: "diamond", symbolSize: 12, data: years.map((y) => targets.find((t) => t.targetYear === y)?.value ?? null) });
    }
  }
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: years.map(String) },
    yAxis: { type: "value", min: 0 },
    series,
  };
}
