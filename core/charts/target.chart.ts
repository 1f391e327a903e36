/**
 * The ECharts option of one target's chart: actual values by year, the baseline and target points,
 * and the path the target requires as a dashed line from baseline to target, in display units.
 * Shared by the web app's dashboard and the server's evaluation reports, so both look the same.
 */
import type { EChartsOption } from "echarts";
import type { Status } from "../monitoring/schema.ts";
import type { Comparator, TargetKind } from "../targets/target.ts";
import { statusColors } from "./status.colors.ts";

/** What a target chart draws: the fields of a target's progress it reads (values in base units). */
export interface TargetChartInput {
  baseline: Point | null;
  target: { value: number; valueMax: number | null; year: number; comparator: Comparator; kind: TargetKind };
  observations: Point[];
  path: Point[];
  targetLevel: number | null;
  status: Status;
  displayScale: number;
  decimals: number;
}

/** Base-unit value → display-unit value (value / displayScale), rid of binary-fraction noise. */
function toDisplayValue(base: number, scale: number): number {
  return Number((base / scale).toPrecision(15));
}

/** Series names, the unit as shown, and the locale for number labels. */
export interface TargetChartLabels {
  unit: string;
  actual: string;
  path: string;
  baseline: string;
  target: string;
  locale: string;
}

type Point = { year: number; value: number };

/** The years the chart spans: baseline (or first actual) through the target year and any later actual. */
export function chartYears(p: Pick<TargetChartInput, "baseline" | "target" | "observations" | "path">): number[] {
  const years = [p.target.year, ...p.observations.map((o) => o.year), ...p.path.map((o) => o.year)];
  if (p.baseline) years.push(p.baseline.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The required path; when the server gives none, the straight line from baseline to the target level. */
export function requiredPath(p: Pick<TargetChartInput, "baseline" | "target" | "path" | "targetLevel">): Point[] {
  if (p.path.length > 0) return p.path;
  const level = targetPoint(p);
  return p.baseline && level ? [p.baseline, level] : [];
}

/** The target as a point: its level in the target year (level targets fall back to their value). */
export function targetPoint(p: Pick<TargetChartInput, "target" | "targetLevel">): Point | null {
  const value = p.targetLevel ?? (p.target.kind === "level" ? p.target.value : null);
  return value === null ? null : { year: p.target.year, value };
}

/** The actual line: the baseline (itself an actual) then the observations, which win on the same year. */
export function actuals(p: Pick<TargetChartInput, "baseline" | "observations">): Point[] {
  const observed = new Set(p.observations.map((o) => o.year));
  const head = p.baseline && !observed.has(p.baseline.year) ? [p.baseline] : [];
  return [...head, ...p.observations].sort((a, b) => a.year - b.year);
}

/** Builds the chart option; `compact` drops legend and axis names for small multiples. */
export function buildTargetChartOption(p: TargetChartInput, labels: TargetChartLabels, compact = false): EChartsOption {
  const years = chartYears(p);
  const scale = (v: number) => toDisplayValue(v, p.displayScale);
  const byYear = (points: Point[]) => {
    const map = new Map(points.map((o) => [o.year, scale(o.value)]));
    return years.map((y) => map.get(y) ?? null);
  };
  const only = (point: Point | null) => byYear(point ? [point] : []);
  const format = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: p.decimals, useGrouping: false });
  const valueFormatter = (v: unknown) => (typeof v === "number" ? `${format.format(v)} ${labels.unit}` : "—");
  const color = statusColors[p.status].hex;
  return {
    animation: !compact,
    grid: compact ? { left: 8, right: 8, top: 12, bottom: 4, containLabel: true } : { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: compact ? undefined : { top: 0, data: [labels.actual, labels.path, labels.baseline, labels.target] },
    tooltip: { trigger: "axis", valueFormatter },
    xAxis: { type: "category", data: years.map(String), boundaryGap: false },
    yAxis: {
      type: "value",
      name: compact ? undefined : labels.unit,
      scale: true,
      axisLabel: { formatter: (v: number) => format.format(v) },
    },
    series: [
      { name: labels.path, type: "line", data: byYear(requiredPath(p)), connectNulls: true, symbol: "none", lineStyle: { type: "dashed", color: "#8c8c8c" }, itemStyle: { color: "#8c8c8c" } },
      { name: labels.actual, type: "line", data: byYear(actuals(p)), connectNulls: true, showSymbol: true, showAllSymbol: true, symbolSize: 7, lineStyle: { color, width: 2 }, itemStyle: { color } },
      { name: labels.baseline, type: "scatter", data: only(p.baseline), symbol: "diamond", symbolSize: 11, itemStyle: { color: "#595959" } },
      { name: labels.target, type: "scatter", data: only(targetPoint(p)), symbol: "pin", symbolSize: compact ? 18 : 26, itemStyle: { color: "#cf1322" } },
    ],
  };
}
