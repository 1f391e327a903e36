/**
 * The report's charts, one per target: the dashboard's ECharts option (core/charts) rendered on the
 * server (SVG by ECharts' server-side renderer), then to PNG by resvg. Text is drawn as glyph outlines
 * (svg-text-paths.ts), so resvg needs no font; all charts of a report are drawn in one resvg pass
 * and cut into one PNG each.
 */
import { crc32, deflateSync } from "node:zlib";
import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import { buildTargetChartOption, type TargetChartInput } from "../../core/charts/target.chart.ts";
import type { ReportLang } from "../../core/evaluation-report/index.ts";
import { svgTextToPaths } from "./svg-text-paths.ts";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
/** Pixels per SVG unit of the PNG: sharp when printed at the page's width. */
const ZOOM = 1.5;

const LABELS: Record<ReportLang, { actual: string; path: string; baseline: string; target: string; locale: string }> = {
  zh: { actual: "实际值", path: "目标路径", baseline: "基期值", target: "目标值", locale: "zh-CN" },
  en: { actual: "Actual", path: "Required path", baseline: "Baseline", target: "Target", locale: "en-US" },
};

/** One target's chart as an SVG string, as the dashboard draws it (without animation). */
export function targetChartSvg(target: TargetChartInput & { displayUnit: string }, lang: ReportLang): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption({ ...buildTargetChartOption(target, { ...LABELS[lang], unit: target.displayUnit }), animation: false, backgroundColor: "#ffffff" });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface RenderedChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

/** Every chart as SVG and PNG, in order; one resvg render of all of them stacked, cut into one PNG each. */
export function renderCharts(targets: (TargetChartInput & { displayUnit: string })[], lang: ReportLang): RenderedChart[] {
  if (targets.length === 0) return [];
  const svgs = targets.map((t) => targetChartSvg(t, lang));
  const stacked =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT * svgs.length}">` +
    svgs.map((s, i) => svgTextToPaths(s).replace(/^<svg /, `<svg x="0" y="${i * CHART_HEIGHT}" `)).join("") +
    `</svg>`;
  const image = new Resvg(stacked, { font: { loadSystemFonts: false }, fitTo: { mode: "zoom", value: ZOOM } }).render();
  const width = image.width;
  const height = CHART_HEIGHT * ZOOM;
  const rgba = image.pixels;
  return svgs.map((svg, i) => ({ svg, png: encodePng(rgba.subarray(i * height * width * 4, (i + 1) * height * width * 4), width, height), width, height }));
}

/** A minimal PNG encoder: 8-bit RGBA, no filtering, one IDAT chunk. */
function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
