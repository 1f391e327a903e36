/** Statement and review-decision rows → contract responses. */
import type { DecisionResponse, StatementResponse } from "../../contract/review.ts";
import type { ReviewDecisionRow, StatementRow } from "../db/schema.ts";

export function presentStatement(row: StatementRow): StatementResponse {
  return {
    id: row.id,
    position: row.position,
    type: row.type as StatementResponse["type"],
    start: row.span_start,
    end: row.span_end,
    quote: row.quote,
    value: row.value,
    valueMax: row.value_max,
    unit: row.unit,
    comparator: row.comparator as StatementResponse["comparator"],
    kind: row.kind as StatementResponse["kind"],
    year: row.year,
    perYear: row.per_year,
    cumulative: row.cumulative,
    baselineValue: row.baseline_value,
    baselineYear: row.baseline_year,
    scope: row.scope,
    indicatorText: row.indicator_text,
    state: row.state as StatementResponse["state"],
    mergedInto: row.merged_into,
    indicatorCode: row.indicator_code,
    placeCode: row.place_code,
    targetId: row.target_id,
    dataValueId: row.data_value_id,
  };
}

export function presentDecision(row: ReviewDecisionRow): DecisionResponse {
  return {
    id: row.id,
    statementId: row.statement_id,
    action: row.action,
    before: row.before ?? null,
    after: row.after ?? null,
    decidedBy: row.decided_by,
    decidedAt: new Date(row.decided_at).toISOString(),
  };
}
