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
import type { PlanRow } from "../db/schema.ts";

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
  return progressOf(db, plan, asOfYear, audience);
}

async function progressOf(db: Db, plan: PlanRow, asOfYear: number | undefined, audience: Audience): Promise<TargetProgress[]> {
  const targets = await plans.findTargets(db, plan.code);
  const [indicators, approved, documents] = await Promise.all([
    catalogue.findIndicators(db),
    values.findYearValuesFor(db, targets.map((t) => ({ indicatorCode: t.indicator_code, placeCode: t.place_code })), audience === "public"),
    plans.findDocumentHeads(db),
  ]);
  const indicatorByCode = new Map(indicators.map((row) => [row.code, presentIndicator(row)]));
  const fileById = new Map(documents.map((d) => [d.id, d.file_name]));
  return targets.map((target) => {
    const indicator = indicatorByCode.get(target.indicator_code);
    if (!indicator) throw new Error(`target ${target.id} refers to a missing indicator`);
    const observations = approved
      .filter((v) => v.indicator_code === target.indicator_code && v.place_code === target.place_code && v.granularity === "year")
      .map((v) => ({ year: v.year, value: v.value }))
      .sort((a, b) => a.year - b.year);
    const spec = {
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
    const progress = computeProgress({ indicator, target: spec, observations, asOfYear, thresholds: thresholdsFromEnv() });
    const file = target.source_document_id !== null ? fileById.get(target.source_document_id) ?? null : null;
    return presentTargetProgress(target, indicator, observations, progress, file);
  });
}

export async function listPlans(db: Db, audience: Audience = "internal"): Promise<PlanSummary[]> {
  // Withdrawn plans leave the list; the public sees reviewed (active) plans only.
  const rows = (await plans.findPlans(db)).filter((p) => (audience === "internal" ? p.status !== "withdrawn" : p.status === "active"));
  return Promise.all(rows.map(async (plan) => presentPlan(plan, countStatuses(await progressOf(db, plan, undefined, audience)))));
}

export async function getPlan(db: Db, code: string, audience: Audience = "internal"): Promise<PlanDetail> {
  const plan = await requirePlan(db, code, audience);
  const summary = presentPlan(plan, countStatuses(await progressOf(db, plan, undefined, audience)));
  const document = plan.document_id !== null ? await plans.findDocument(db, plan.document_id) : undefined;
  return { ...summary, sourceFile: document?.file_name ?? null, textLength: document?.text.length ?? 0 };
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
