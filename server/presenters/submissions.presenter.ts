/** Submission rows → contract responses, with the figure also in the indicator's display unit. */
import type { Indicator } from "../../core/indicators/indicator.ts";
import { displayUnitOf, fromBaseValue } from "../../core/reporting/index.ts";
import type { SubmissionResponse } from "../../contract/reporting.ts";
import type { SubmissionRow } from "../db/schema.ts";

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentSubmission(row: SubmissionRow, indicator: Indicator | undefined): SubmissionResponse {
  return {
    id: row.id,
    roundId: row.round_id,
    indicatorCode: row.indicator_code,
    placeCode: row.place_code,
    bodyCode: row.body_code,
    period: row.period,
    action: row.action as SubmissionResponse["action"],
    value: row.value,
    displayValue: row.value === null || !indicator ? row.value : fromBaseValue(indicator, row.value),
    displayUnit: indicator ? displayUnitOf(indicator) : "",
    note: row.note,
    explanation: row.explanation,
    state: row.state as SubmissionResponse["state"],
    returned: row.returned_at && row.state === "draft" ? { by: row.returned_by ?? "", at: iso(row.returned_at)!, comment: row.review_comment ?? "" } : null,
    version: row.version,
    dataValueId: row.data_value_id,
    createdBy: row.created_by,
    createdAt: iso(row.created_at)!,
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at)!,
    submittedBy: row.submitted_by,
    submittedAt: iso(row.submitted_at),
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
  };
}
