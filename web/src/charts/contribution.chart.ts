/**
 * The ECharts option of one place's explanation: a bar per indicator with its contribution to the
 * score (effective weight × normalised value), coloured by dimension and grouped under it.
 */
import type { EChartsOption } from "echarts";
import type { ExplainResponse } from "../../../contract/indices.ts";
import { escapeHtml } from "../format/escape-html.ts";

type Contribution = ExplainResponse["contributions"][number];

const PALETTE = ["#1677ff", "#52c41a", "#fa8c16", "#722ed1", "#13c2c2", "#eb2f96", "#faad14", "#2f54eb"];

/** Indicators (level 1) under their dimension, dimensions in tree order; each with its dimension's colour. */
export function contributionRows(contributions: readonly Contribution[], name: (c: Contribution) => string) {
  const rows: { label: string; value: number; color: string; dimension: string }[] = [];
  let dim = -1;
  let dimName = "";
  for (const c of contributions) {
    if (c.level === 2) {
      dim += 1;
      dimName = name(c);
    } else if (c.level === 1) {
      rows.push({ label: name(c), value: c.contribution ?? 0, color: PALETTE[Math.max(dim, 0) % PALETTE.length]!, dimension: dimName });
    }
  }
  return rows;
}

export function buildContributionOption(contributions: readonly Contribution[], name: (c: Contribution) => string, axisName: string): EChartsOption {
  const rows = contributionRows(contributions, name);
  return {
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const r = rows[(params as { dataIndex: number }[])[0]?.dataIndex ?? 0]!;
        return `${escapeHtml(r.dimension)} · ${escapeHtml(r.label)}<br/>${escapeHtml(axisName)}: ${r.value.toFixed(2)}`;
      },
    },
    xAxis: { type: "value", name: axisName },
    yAxis: { type: "category", data: rows.map((r) => r.label), inverse: true, axisLabel: { interval: 0, fontSize: 11 } },
    series: [
      {
        type: "bar",
        data: rows.map((r) => ({ value: Number(r.value.toFixed(4)), itemStyle: { color: r.color } })),
        label: { show: true, position: "right", formatter: (p: { value?: unknown }) => Number(p.value).toFixed(1) },
      },
    ],
  };
}
