import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import fs from "node:fs";
const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 640, height: 300 });
chart.setOption({ xAxis: { type: "category", data: ["2020","2021"] }, yAxis: {}, series: [{ type: "line", data: [1, 2] }], animation: false });
const svg = chart.renderToSVGString();
const buf = fs.readFileSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
for (const opts of [{ fontFiles: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"] }, { fontBuffers: [buf] }]) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const png = new Resvg(svg, { font: { ...opts, loadSystemFonts: false, defaultFontFamily: "Noto Sans CJK SC" }, fitTo: { mode: "zoom", value: 2 } }).render().asPng();
    console.log(Object.keys(opts)[0], i, (performance.now() - t).toFixed(0), png.length);
  }
}
