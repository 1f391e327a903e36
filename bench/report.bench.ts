/**
 * Evaluation report speed and size: for both seed plans on in-memory PGlite, the time to gather the
 * figures and build the report model, to draw the charts, and to write the .docx and the PDF, with
 * each file's size. The first round includes loading the CJK fonts; later rounds are warm.
 */
import { performance } from "node:perf_hooks";
import { buildPlanReport, renderReport } from "../server/services/evaluation-report.service.ts";
import { renderCharts } from "../server/reports/report-charts.ts";
import { prepareDatabase } from "../server/start.ts";
import { median, table } from "./support/measure.ts";

const db = await prepareDatabase({ kind: "pglite-memory" });
const ROUNDS = 3;
const rows: (string | number)[][] = [];
for (const [plan, date] of [["cq-sti-2021-2025", "2026-06-30"], ["cq-hitech-2023-2027", "2025-06-30"]] as const) {
  const times: Record<string, number[]> = { model: [], charts: [], docx: [], pdf: [], total: [] };
  let sizes = { docx: 0, pdf: 0 };
  let targets = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    const model = await buildPlanReport(db, plan, { date, lang: "zh", audience: "internal" });
    times.model!.push(performance.now() - t);
    targets = model.blocks.filter((b) => b.type === "chart").length;
    t = performance.now();
    renderCharts(model.blocks.flatMap((b) => (b.type === "chart" ? [b.target] : [])), "zh");
    times.charts!.push(performance.now() - t);
    t = performance.now();
    const docx = await renderReport(model, "docx");
    times.docx!.push(performance.now() - t);
    t = performance.now();
    const pdf = await renderReport(model, "pdf");
    times.pdf!.push(performance.now() - t);
    times.total!.push(times.model!.at(-1)! + times.docx!.at(-1)! + times.pdf!.at(-1)!);
    sizes = { docx: docx.length, pdf: pdf.length };
  }
  const ms = (xs: number[]) => `${xs[0]!.toFixed(0)} / ${median(xs.slice(1)).toFixed(0)}`;
  rows.push([plan, targets, ms(times.model!), ms(times.charts!), ms(times.docx!), ms(times.pdf!), ms(times.total!), `${(sizes.docx / 1024).toFixed(0)} KiB`, `${(sizes.pdf / 1024).toFixed(0)} KiB`]);
}
console.log("Evaluation report, ms first round / median of warm rounds (docx and pdf include their charts):");
console.log(table(["plan", "targets", "model", "charts", "docx", "pdf", "model+docx+pdf", ".docx", ".pdf"], rows));
await db.destroy();
