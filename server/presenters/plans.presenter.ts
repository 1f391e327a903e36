/** Plan and target rows with monitoring results → contract responses. */
import type { Indicator } from "../../core/indicators/indicator.ts";
import type { Progress } from "../../core/monitoring/index.ts";
import type { PlanSummary, TargetProgress, TargetStatus } from "../../contract/plans.ts";
import type { PlanRow, TargetRow } from "../db/schema.ts";

/** What a plan's document is (documents.kind, documents.year); a plan stored without a document is a plan of unknown year. */
export type DocumentKindRow = { kind: string; year: number | null };

export function presentPlan(plan: PlanRow, statusCounts: Record<TargetStatus, number>, document: DocumentKindRow | undefined): PlanSummary {
  return {
    code: plan.code,
    titleZh: plan.title_zh,
    titleEn: plan.title_en,
    docNumber: plan.doc_number,
    issuer: plan.issuer,
    issuedOn: plan.issued_on,
    publishedOn: plan.published_on,
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    level: plan.level,
    parentCode: plan.parent_code,
    placeCode: plan.place_code,
    status: plan.status as PlanSummary["status"],
    documentKind: (document?.kind ?? "plan") as PlanSummary["documentKind"],
    documentYear: document?.year ?? null,
    targetCount: Object.values(statusCounts).reduce((a, b) => a + b, 0),
    statusCounts,
  };
}

export function presentTargetProgress(
  target: TargetRow,
  indicator: Indicator,
  observations: { year: number; value: number }[],
  progress: Progress,
  sourceFile: string | null,
): TargetProgress {
  return {
    indicator: indicator.nameZh,
    unit: target.unit ?? indicator.unit,
    baseline: target.baseline_value !== null && target.baseline_year !== null ? { value: target.baseline_value, year: target.baseline_year } : null,
    target: {
      value: target.value,
      valueMax: target.value_max,
      year: target.target_year,
      comparator: target.comparator as TargetProgress["target"]["comparator"],
      kind: target.kind as TargetProgress["target"]["kind"],
    },
    latest: progress.latest,
    status: progress.status,
    requiredAnnualGrowth: progress.requiredAnnualGrowth,
    realisedAnnualGrowth: progress.realisedAnnualGrowth,
    projection: progress.projection,
    targetId: target.id,
    indicatorCode: indicator.code,
    indicatorEn: indicator.nameEn,
    placeCode: target.place_code,
    displayUnit: indicator.displayUnit ?? indicator.unit,
    displayScale: indicator.displayScale,
    decimals: indicator.decimals,
    attribute: (target.attribute as TargetProgress["attribute"]) ?? null,
    growthBasis: progress.growthBasis,
    completion: progress.completion,
    targetLevel: progress.targetLevel,
    observations,
    path: progress.path,
    reason: progress.reason,
    needsBaseline: progress.reason === "no_target_level",
    projectedCompletion: progress.projectedCompletion,
    realisedVsRequired: progress.realisedVsRequired,
    realisedRange: progress.realisedRange,
    projectionRange: progress.projectionRange,
    projectionFlags: progress.projectionFlags,
    source:
      target.source_quote !== null && target.source_start !== null && target.source_end !== null
        ? { file: sourceFile, start: target.source_start, end: target.source_end, quote: target.source_quote }
        : null,
  };
}
