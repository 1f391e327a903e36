/** Data value rows → contract responses. */
import type { Selectable } from "kysely";
import type { DataValueResponse, DataValueRevision } from "../../contract/values.ts";
import type { DataValueRevisionsTable, DataValueRow } from "../db/schema.ts";

type SourceColumns = Pick<DataValueRow, "source_kind" | "source_ref" | "source_start" | "source_end" | "source_quote">;

function presentSource(row: SourceColumns): DataValueResponse["source"] {
  return {
    kind: row.source_kind as DataValueResponse["source"]["kind"],
    ref: row.source_ref,
    start: row.source_start,
    end: row.source_end,
    quote: row.source_quote,
  };
}

export function presentValue(row: DataValueRow): DataValueResponse {
  return {
    id: row.id,
    indicatorCode: row.indicator_code,
    placeCode: row.place_code,
    period: row.period,
    value: row.value,
    status: row.status as DataValueResponse["status"],
    source: presentSource(row),
    note: row.note,
    updatedAt: new Date(row.updated_at).toISOString(),
    roundId: row.round_id,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at ? new Date(row.approved_at).toISOString() : null,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
  };
}

export function presentRevision(row: Selectable<DataValueRevisionsTable>): DataValueRevision {
  return {
    revision: row.revision,
    value: row.value,
    status: row.status as DataValueRevision["status"],
    source: presentSource(row),
    changedBy: row.changed_by,
    changedAt: new Date(row.changed_at).toISOString(),
    note: row.note,
    reason: row.reason,
  };
}
