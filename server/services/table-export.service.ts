/**
 * Exports of the tables people see — a plan's progress (dashboard), an index's ranking, a plan's
 * review list and a round's overview (填报进度) — as .xlsx or CSV: each loads what its screen loads,
 * builds the sheet in the asked language (server/sheets) and renders the file. Nothing is stored.
 */
import type { AnalysisBase, DataSource } from "../../contract/indices.ts";
import type { StatementState } from "../../contract/review.ts";
import type { AnalysisRunner } from "../analysis/analysis-runner.ts";
import type { Db } from "../db/connect.ts";
import { progressSheet } from "../sheets/progress.sheet.ts";
import { rankingSheet } from "../sheets/ranking.sheet.ts";
import { reviewSheet } from "../sheets/review.sheet.ts";
import { roundOverviewSheets } from "../sheets/round-overview.sheet.ts";
import { renderTable, today, type SheetLanguage, type TableFile, type TableFormat } from "../sheets/sheet-file.ts";
import { listIndicators } from "./catalogue.service.ts";
import { computeRanking, computeUncertainty } from "./evaluation.service.ts";
import { getDefinition } from "./indices.service.ts";
import { getPlanProgress, requirePlan, type Audience } from "./plans.service.ts";
import { getReview } from "./review.service.ts";
import { roundOverview } from "./round-overview.service.ts";

/** What every export is asked for: the file format and the language of its headers and words. */
export interface TableRequest {
  format: TableFormat;
  lang: SheetLanguage;
}

const stem = (lang: SheetLanguage, zh: string, en: string) => (lang === "zh" ? zh : en);

/** A plan's progress table as the dashboard shows it (as of `asOf`'s year when given), to whoever may read the plan. */
export async function exportPlanProgress(db: Db, code: string, request: TableRequest & { asOf?: number; audience: Audience }): Promise<TableFile> {
  const plan = await requirePlan(db, code, request.audience);
  const rows = await getPlanProgress(db, code, request.asOf, request.audience);
  const date = today();
  const sheet = progressSheet(rows, { titleZh: plan.title_zh, titleEn: plan.title_en, asOf: request.asOf ? { year: request.asOf } : { date } }, request.lang);
  return renderTable([sheet], request.format, `${code}_${stem(request.lang, "目标进展", "progress")}_${request.asOf ?? date}`);
}

/** Rank intervals to include: the settings of the screen's Monte Carlo, run on the server's workers. */
export interface IntervalRequest {
  runner: AnalysisRunner;
  replications: number;
  seed: number;
  signal?: AbortSignal;
}

/**
 * An index's ranking for a year and data source, with rank intervals when `intervals` is given; with
 * `draft` (a tree and pipeline being edited, as the ranking request takes them) the draft's ranking, said so in the title.
 */
export async function exportRanking(db: Db, code: string, request: TableRequest & { year?: number; source?: DataSource; draft?: Pick<AnalysisBase, "nodes" | "pipeline">; intervals?: IntervalRequest }): Promise<TableFile> {
  const definition = await getDefinition(db, code);
  const base: AnalysisBase = { year: request.year, source: request.source, ...request.draft };
  const ranking = await computeRanking(db, code, base);
  const i = request.intervals;
  const uncertainty = i ? await computeUncertainty(db, code, { ...base, year: ranking.time ?? undefined, replications: i.replications, seed: i.seed }, i.runner, i.signal) : null;
  const intervals = uncertainty ? { units: uncertainty.units, replications: uncertainty.replications, seed: uncertainty.seed } : null;
  const draft = request.draft?.nodes !== undefined || request.draft?.pipeline !== undefined;
  const sheet = rankingSheet(ranking, { nameZh: definition.nameZh, nameEn: definition.nameEn, intervals, draft }, request.lang);
  return renderTable([sheet], request.format, `${code}_${stem(request.lang, "排名", "ranking")}_${ranking.time ?? ""}`);
}

/** A plan's extracted statements (all, or those in one state), as the review screen lists them. */
export async function exportReview(db: Db, code: string, request: TableRequest & { state?: StatementState }): Promise<TableFile> {
  const review = await getReview(db, code);
  const indicators = await listIndicators(db);
  const statements = review.statements.filter((s) => !request.state || s.state === request.state);
  const date = today();
  const sheet = reviewSheet(statements, { titleZh: review.plan.titleZh, titleEn: review.plan.titleEn, date, indicatorNames: new Map(indicators.map((x) => [x.code, x])) }, request.lang);
  return renderTable([sheet], request.format, `${code}_${stem(request.lang, "审核清单", "review")}_${date}`);
}

/** A round's overview as of a moment (default now): progress per place or body, and whom to remind. */
export async function exportRoundOverview(db: Db, id: number, request: TableRequest & { asOf?: Date }): Promise<TableFile> {
  const overview = await roundOverview(db, id, request.asOf);
  return renderTable(roundOverviewSheets(overview, request.lang), request.format, `${stem(request.lang, "填报进度", "round")}_${id}_${overview.asOf.slice(0, 10)}`);
}
