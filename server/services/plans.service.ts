/**
 * Use cases of plans: list them with a summary of their targets' status, show one, and compute each
 * target's progress from the latest approved values (the maths lives in core/monitoring).
 */
import type { Db } from "../db/connect.ts";
import type { PlanDetail, PlanSummary, TargetProgress, TargetStatus } from "../../contract/plans.ts";
import { computeProgress } from "../../core/monitoring/index.ts";
import { notFound } from "../errors/app-error.ts";
import { thresholdsFromEnv } from "../config.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as values from "../repositories/values.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
import { presentPlan, presentTargetProgress } from "../presenters/plans.presenter.ts";
import type { PlanRow, TargetRow } from "../db/schema.ts";

const STATUSES: TargetStatus[] = ["achieved", "on_track", "at_risk", "off_track", "no_data"];

/**
 * Who is looking: the public sees active (published) plans and approved, published figures only;
 * signed-in people see every plan and every approved figure.
 */
export type Audience = "public" | "internal";

export async function requirePlan(db: Db, code: string, audience: Audience = "internal"): Promise<PlanRow> {
  const plan = await plans.findPlan(db, code);
  // A plan the public may not see answers as if it did not exist.
  if (!plan || (audience === "public" && plan.status !== "active")) throw notFound("code", `规划“${code}”不存在`, `plan "${code}" does not exist`);
  return plan;
}

/** Progress of every target of a plan, in the plan's order. */
export async function getPlanProgress(db: Db, code: string, asOfYear?: number, audience: Audience = "internal"): Promise<TargetProgress[]> {
  const plan = await requirePlan(db, code, audience);
  return (await progressOfPlans(db, [plan.code], asOfYear, audience)).get(plan.code) ?? [];
}

/**
 * Progress of every target of the given plans, by plan code. Whatever the number of plans, four reads:
 * their targets, the indicators, the approved yearly series of the targets' indicator–place pairs
 * (nothing else of data_values) and the names of the targets' source documents.
 */
async function progressOfPlans(db: Db, planCodes: readonly string[], asOfYear: number | undefined, audience: Audience): Promise<Map<string, TargetProgress[]>> {
  const targets = await plans.findTargetsOfPlans(db, planCodes);
  const [indicators, series, documents] = await Promise.all([
    catalogue.findIndicators(db),
    values.findYearSeries(db, targets.map((t) => ({ indicatorCode: t.indicator_code, placeCode: t.place_code })), audience === "public"),
    plans.findDocumentNames(db, targets.flatMap((t) => (t.source_document_id === null ? [] : [t.source_document_id]))),
  ]);
  const indicatorByCode = new Map(indicators.map((row) => [row.code, presentIndicator(row)]));
  const fileById = new Map(documents.map((d) => [d.id, d.file_name]));
  const seriesByPair = new Map<string, { year: number; value: number }[]>();
  // Rows come by pair and year, so each series is already in year order.
  for (const v of series) {
    const key = pairKey(v.indicator_code, v.place_code);
    const list = seriesByPair.get(key) ?? [];
    if (list.length === 0) seriesByPair.set(key, list);
    list.push({ year: v.year, value: v.value });
  }
  const thresholds = thresholdsFromEnv();
  const byPlan = new Map<string, TargetProgress[]>(planCodes.map((code) => [code, []]));
  for (const target of targets) {
    const indicator = indicatorByCode.get(target.indicator_code);
    if (!indicator) throw new Error(`target ${target.id} refers to a missing indicator`);
    const observations = (seriesByPair.get(pairKey(target.indicator_code, target.place_code)) ?? []).map((o) => ({ ...o }));
    const progress = computeProgress({ indicator, target: targetSpecOf(target), observations, asOfYear, thresholds });
    const file = target.source_document_id !== null ? fileById.get(target.source_document_id) ?? null : null;
    byPlan.get(target.plan_code)?.push(presentTargetProgress(target, indicator, observations, progress, file));
  }
  return byPlan;
}

const pairKey = (indicatorCode: string, placeCode: string) => `${indicatorCode}\u0000${placeCode}`;

/** A stored target as core/monitoring's target spec. */
export function targetSpecOf(target: TargetRow) {
  return {
    kind: target.kind as "level",
    comparator: target.comparator as ">=",
    value: target.value,
    valueMax: target.value_max ?? undefined,
    unit: target.unit ?? undefined,
    targetYear: target.target_year,
    baseline: target.baseline_value !== null && target.baseline_year !== null ? { value: target.baseline_value, year: target.baseline_year } : undefined,
    perYear: target.per_year,
    cumulative: target.cumulative,
    attribute: (target.attribute ?? undefined) as "expected" | undefined,
  };
}

/** Default and largest page of the plan list. */
export const PLAN_PAGE = { default: 100, max: 1000 };

/**
 * One page of the plan list in list order (period start, code) after `after`, each with its targets'
 * status counts; `next` is the key to continue from, null on the last page. Withdrawn plans leave the
 * list; the public sees reviewed (active) plans only.
 */
export async function listPlans(
  db: Db,
  audience: Audience = "internal",
  page: { limit?: number; after?: plans.PlanKey } = {},
): Promise<{ items: PlanSummary[]; next: plans.PlanKey | null }> {
  const limit = page.limit ?? PLAN_PAGE.default;
  const rows = await plans.findPlanPage(db, audience, limit + 1, page.after);
  const shown = rows.slice(0, limit);
  const progress = await progressOfPlans(db, shown.map((p) => p.code), undefined, audience);
  const items = shown.map((plan) => presentPlan(plan, countStatuses(progress.get(plan.code) ?? [])));
  const last = shown[shown.length - 1];
  return { items, next: rows.length > limit && last ? [last.period_start, last.code] : null };
}

/** Every plan of the list, page by page (for the CLI, which shows them all). */
export async function listAllPlans(db: Db, audience: Audience = "internal"): Promise<PlanSummary[]> {
  const all: PlanSummary[] = [];
  let after: plans.PlanKey | undefined;
  for (;;) {
    const page = await listPlans(db, audience, { limit: PLAN_PAGE.max, after });
    all.push(...page.items);
    if (!page.next) return all;
    after = page.next;
  }
}

export async function getPlan(db: Db, code: string, audience: Audience = "internal"): Promise<PlanDetail> {
  const plan = await requirePlan(db, code, audience);
  const progress = await progressOfPlans(db, [plan.code], undefined, audience);
  const summary = presentPlan(plan, countStatuses(progress.get(plan.code) ?? []));
  const document = plan.document_id !== null ? await plans.findDocumentHead(db, plan.document_id) : undefined;
  return { ...summary, sourceFile: document?.file_name ?? null, textLength: document?.text_length ?? 0 };
}

/** The plan's full source text as read, so that spans can be shown in context. */
export async function getPlanText(db: Db, code: string, audience: Audience = "internal"): Promise<{ file: string | null; text: string }> {
  const plan = await requirePlan(db, code, audience);
  const document = plan.document_id !== null ? await plans.findDocument(db, plan.document_id) : undefined;
  return { file: document?.file_name ?? null, text: document?.text ?? "" };
}

function countStatuses(progress: TargetProgress[]): Record<TargetStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const p of progress) counts[p.status] += 1;
  return counts;
}
