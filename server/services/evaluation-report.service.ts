/**
 * Use cases of evaluation reports (评估报告): gather what a plan's report quotes — its targets' progress
 * from the plan progress service as of the evaluation year, place names, figure sources, and for
 * signed-in readers the rankings the plan publishes — build the report model (core/evaluation-report),
 * apply edited sentences, and write it as .docx or PDF. Nothing is stored.
 */
import { buildReportModel, applySentenceEdits, type ReportLang, type ReportModel, type ReportRanking, type SentenceEdits, type FigureSource } from "../../core/evaluation-report/index.ts";
import { defaultUncertainInputs, rankingOf, uncertaintyOf } from "../../core/evaluation/analysis.ts";
import type { Db } from "../db/connect.ts";
import { invalidField } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as indices from "../repositories/indices.repository.ts";
import * as sources from "../repositories/report-sources.repository.ts";
import { guardEngine, loadEvaluationInput } from "./evaluation-input.service.ts";
import { getPlanProgress, requirePlan, type Audience } from "./plans.service.ts";

/** The indices a plan publishes: the 2021–2025 plan's chapter 15 asks for both evaluation templates. */
const PLAN_INDICES: Record<string, string[]> = { "cq-sti-2021-2025": ["cq-district-innovation", "cq-hitech-zone-ranking"] };
/** Monte Carlo runs behind a report's rank intervals (seeded, so a report is reproducible). */
export const REPORT_REPLICATIONS = 300;

export interface ReportOptions {
  /** Evaluation date YYYY-MM-DD; today (UTC) when absent. */
  date?: string;
  lang: ReportLang;
  audience: Audience;
}

export type ReportFormat = "docx" | "pdf";

const today = () => new Date().toISOString().slice(0, 10);

/** The report model of a plan as of a date. */
export async function buildPlanReport(db: Db, code: string, options: ReportOptions): Promise<ReportModel> {
  const date = options.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw invalidField("date", `评估日期“${date}”不是有效日期（YYYY-MM-DD）`, `evaluation date "${date}" is not a valid date (YYYY-MM-DD)`);
  const plan = await requirePlan(db, code, options.audience);
  const year = Number(date.slice(0, 4));
  const [targets, places, baselines] = await Promise.all([getPlanProgress(db, code, year, options.audience), catalogue.findPlaces(db), sources.findBaselineSpans(db, code)]);
  const figures = await sources.findFigureSources(db, targets.flatMap((t) => (t.latest ? [{ indicator: t.indicatorCode, place: t.placeCode, year: t.latest.year }] : [])));
  const latestSources: Record<string, FigureSource> = {};
  for (const t of targets) {
    const f = t.latest && figures.find((r) => r.indicator_code === t.indicatorCode && r.place_code === t.placeCode && r.year === t.latest!.year);
    if (f) latestSources[t.targetId] = { file: f.file_name ?? f.source_ref, start: f.source_start, end: f.source_end, quote: f.source_quote, reporter: f.reporter, approver: f.approved_by };
  }
  const baselineSources = Object.fromEntries(baselines.map((b) => [String(b.id), { file: b.file_name, start: b.baseline_start, end: b.baseline_end, quote: b.baseline_quote, reporter: null, approver: null }]));
  const rankings = options.audience === "internal" ? await planRankings(db, code) : [];
  return buildReportModel({
    plan: { code: plan.code, titleZh: plan.title_zh, titleEn: plan.title_en, docNumber: plan.doc_number, issuer: options.lang === "zh" ? plan.issuer : null, periodStart: plan.period_start, periodEnd: plan.period_end },
    date,
    lang: options.lang,
    targets,
    placeNames: Object.fromEntries(places.map((p) => [p.code, options.lang === "zh" ? p.name_zh : p.name_en])),
    latestSources,
    baselineSources,
    rankings,
  });
}

/** The rankings a plan publishes, each with seeded rank intervals; an index not stored (or not computable) is left out. */
async function planRankings(db: Db, code: string): Promise<ReportRanking[]> {
  const out: ReportRanking[] = [];
  for (const indexCode of PLAN_INDICES[code] ?? []) {
    const def = await indices.findDefinition(db, indexCode);
    if (!def) continue;
    const input = await loadEvaluationInput(db, indexCode, {}).catch(() => null);
    if (!input) continue;
    const ranking = guardEngine(() => rankingOf(input.prepared));
    const stats = guardEngine(() => uncertaintyOf(input.prepared, defaultUncertainInputs(input.prepared.spec), REPORT_REPLICATIONS, 1, ranking.time));
    const byUnit = new Map(stats.map((s) => [s.uCode, s]));
    out.push({
      nameZh: def.name_zh,
      nameEn: def.name_en,
      year: ranking.time,
      sample: input.sample,
      replications: REPORT_REPLICATIONS,
      rows: ranking.units.filter((u) => u.rank !== null).map((u) => ({ name: u.uName, rank: u.rank!, score: u.score, low: byUnit.get(u.uCode)?.q5 ?? null, high: byUnit.get(u.uCode)?.q95 ?? null })),
    });
  }
  return out;
}

export interface ReportFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  model: ReportModel;
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** The report as a file, with edited sentences (by id) in place of the generated ones; an unknown id is refused. */
export async function exportPlanReport(db: Db, code: string, format: ReportFormat, options: ReportOptions & { edits?: SentenceEdits }): Promise<ReportFile> {
  const built = await buildPlanReport(db, code, options);
  const { model, unknown } = applySentenceEdits(built, options.edits ?? {});
  if (unknown.length > 0) throw invalidField(`edits.${unknown[0]}`, `报告中没有编号为“${unknown[0]}”的句子`, `the report has no sentence "${unknown[0]}"`);
  return { bytes: await renderReport(model, format), fileName: `${model.title.replace(/[\\/:*?"<>|《》]/g, "")}.${format}`, contentType: CONTENT_TYPES[format], model };
}

/** Writes a report model as .docx or PDF, charts included. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  // The renderers pull in ECharts, pdfkit and docx (seconds of start-up): load them only when a report is written.
  const { renderCharts } = await import("../reports/report-charts.ts");
  const charts = renderCharts(model.blocks.flatMap((b) => (b.type === "chart" ? [b.target] : [])), model.lang);
  return format === "docx" ? (await import("../reports/report-docx.ts")).renderDocx(model, charts) : (await import("../reports/report-pdf.ts")).renderPdf(model, charts);
}
