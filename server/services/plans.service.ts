/**
 * Use cases of plans: list them with a summary of their targets' status, show one, and compute each
 * target's progress from the latest approved values (the maths lives in core/monitoring).
 */
import type { Db } from "../db/connect.ts";
import type { PlanDetail, PlanSummary, TargetProgress, TargetStatus } from "../../contract/plans.ts";
import { bindingFirst, computeProgress } from "../../core/monitoring/index.ts";
import { notFound } from "../errors/app-error.ts";
import { thresholdsFromEnv } from "../config.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
import { presentPlan, presentTargetProgress } from "../presenters/plans.presenter.ts";
import { cachedByStamp } from "./monitoring-cache.ts";
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

/** Progress of every target of a plan: binding (约束性) targets first, each group in the plan's order. */
export async function getPlanProgress(db: Db, code: string, asOfYear?: number, audience: Audience = "internal"): Promise<TargetProgress[]> {
  // Both reads at once; neither is left running when the plan turns out not to exist.
  const [plan, assessing] = await Promise.allSettled([requirePlan(db, code, audience), assessPlans(db, [code], asOfYear, audience)]);
  if (plan.status === "rejected") throw plan.reason;
  if (assessing.status === "rejected") throw assessing.reason;
  return bindingFirst(assessing.value.map((a) => presentTargetProgress(a.target, a.indicator, a.observations, a.progress, a.target.source_file)));
}

/**
 * Every target of the given plans assessed, by plan and in each plan's order. Kept between requests
 * while nothing monitoring reads has changed (see monitoring-cache.ts); what is not kept takes two
 * reads whatever the number of plans or of stored figures.
 */
async function assessPlans(db: Db, planCodes: readonly string[], asOfYear: number | undefined, audience: Audience) {
  const keyOf = (code: string) => `${audience}|${asOfYear ?? "latest"}|${code}`;
  const codeOf = new Map(planCodes.map((code) => [keyOf(code), code]));
  const assessed = await cachedByStamp(db, [...codeOf.keys()], async (missing) => {
    const byPlan = await assessPlansNow(db, missing.map((key) => codeOf.get(key)!), asOfYear, audience);
    return new Map(missing.map((key) => [key, byPlan.get(codeOf.get(key)!) ?? []]));
  });
  return planCodes.flatMap((code) => assessed.get(keyOf(code)) ?? []);
}

/** Every target of the given plans assessed from two reads: the indicators, and the targets with their source file names and the approved yearly series of their indicator–place pairs (nothing else of data_values). */
async function assessPlansNow(db: Db, planCodes: readonly string[], asOfYear: number | undefined, audience: Audience) {
  const [indicators, targets] = await Promise.all([catalogue.findIndicators(db), plans.findTargetsWithSeries(db, planCodes, audience === "public")]);
  const indicatorByCode = new Map(indicators.map((row) => [row.code, presentIndicator(row)]));
  const thresholds = thresholdsFromEnv();
  const byPlan = new Map<string, Assessed[]>();
  for (const target of targets) {
    const indicator = indicatorByCode.get(target.indicator_code);
    if (!indicator) throw new Error(`target ${target.id} refers to a missing indicator`);
    const observations = target.series.map(([year, value]) => ({ year, value }));
    const progress = computeProgress({ indicator, target: targetSpecOf(target), observations, asOfYear, thresholds: thresholds.expected, bindingThresholds: thresholds.binding });
    const list = byPlan.get(target.plan_code) ?? [];
    list.push({ target, indicator, observations, progress });
    byPlan.set(target.plan_code, list);
  }
  return byPlan;
}

interface Assessed {
  target: Awaited<ReturnType<typeof plans.findTargetsWithSeries>>[number];
  indicator: ReturnType<typeof presentIndicator>;
  observations: { year: number; value: number }[];
  progress: ReturnType<typeof computeProgress>;
}

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
    attribute: (target.attribute ?? undefined) as "expected" | "binding" | undefined,
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
  const assessed = await assessPlans(db, shown.map((p) => p.code), undefined, audience);
  const kinds = await plans.findDocumentKinds(db, shown.flatMap((p) => (p.document_id !== null ? [p.document_id] : [])));
  const kindOf = new Map(kinds.map((k) => [k.id, k]));
  const byPlan = new Map<string, { status: TargetStatus }[]>();
  for (const a of assessed) {
    const list = byPlan.get(a.target.plan_code) ?? [];
    list.push(a.progress);
    byPlan.set(a.target.plan_code, list);
  }
  const items = shown.map((plan) => presentPlan(plan, countStatuses(byPlan.get(plan.code) ?? []), plan.document_id !== null ? kindOf.get(plan.document_id) : undefined));
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
  const assessed = await assessPlans(db, [plan.code], undefined, audience);
  const document = plan.document_id !== null ? await plans.findDocumentHead(db, plan.document_id) : undefined;
  const summary = presentPlan(plan, countStatuses(assessed.map((a) => a.progress)), document);
  return { ...summary, sourceFile: document?.file_name ?? null, textLength: document?.text_length ?? 0 };
}

/** The plan's full source text as read, so that spans can be shown in context. */
export async function getPlanText(db: Db, code: string, audience: Audience = "internal"): Promise<{ file: string | null; text: string }> {
  const plan = await requirePlan(db, code, audience);
  const document = plan.document_id !== null ? await plans.findDocument(db, plan.document_id) : undefined;
  return { file: document?.file_name ?? null, text: document?.text ?? "" };
}

function countStatuses(progress: { status: TargetStatus }[]): Record<TargetStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const p of progress) counts[p.status] += 1;
  return counts;
}
