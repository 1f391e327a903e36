/**
 * The one way an approved figure enters data_values: a new row or a new revision of the current one
 * (never an update without history), with who approved it, the round it came from and, when it may
 * be public, when it was published. Withdrawal keeps the row and its history, marked withdrawn.
 */
import type { Db } from "../db/connect.ts";
import type { DataValueRow } from "../db/schema.ts";
import * as values from "../repositories/values.repository.ts";
import { presentValue } from "../presenters/values.presenter.ts";
import { recordAudit, type Who } from "./audit.service.ts";

export interface ApprovedFigure {
  indicatorCode: string;
  placeCode: string;
  period: string;
  granularity: string;
  year: number;
  value: number;
  note: string | null;
  /** Why it changed (a correction's explanation); kept with the revision. */
  reason: string | null;
  source: { kind: "person" | "import" | "document"; ref: string | null };
  roundId: number | null;
  bodyCode: string | null;
  /** Public at once (outside rounds, or in a published round). */
  publish: boolean;
  submissionId: number | null;
  importBatchId?: number | null;
}

/** Stores the figure as the current approved value of its key; returns the row and the one it replaced. */
export async function writeApprovedValue(tx: Db, figure: ApprovedFigure, who: Who): Promise<{ row: DataValueRow; replaced: DataValueRow | undefined }> {
  const now = new Date();
  const columns = {
    value: figure.value,
    status: "approved",
    note: figure.note,
    source_kind: figure.source.kind,
    source_ref: figure.source.ref,
    source_document_id: null,
    source_start: null,
    source_end: null,
    source_quote: null,
    round_id: figure.roundId,
    body_code: figure.bodyCode,
    approved_by: who.name,
    approved_at: now,
    published_at: figure.publish ? now : null,
    import_batch_id: figure.importBatchId ?? null,
  };
  let replaced = await values.findValueByKey(tx, figure.indicatorCode, figure.placeCode, figure.period, true);
  let row = replaced
    ? await values.updateValue(tx, replaced.id, columns)
    : await values.insertValueIfAbsent(tx, { indicator_code: figure.indicatorCode, place_code: figure.placeCode, period: figure.period, granularity: figure.granularity, year: figure.year, ...columns });
  if (!row) {
    // Another writer stored the first figure of this key a moment ago: ours becomes its next revision.
    replaced = (await values.findValueByKey(tx, figure.indicatorCode, figure.placeCode, figure.period, true))!;
    row = await values.updateValue(tx, replaced.id, columns);
  }
  await values.insertRevision(tx, {
    data_value_id: row.id,
    revision: await values.nextRevision(tx, row.id),
    value: row.value,
    status: row.status,
    note: row.note,
    source_kind: row.source_kind,
    source_ref: row.source_ref,
    source_document_id: null,
    source_start: null,
    source_end: null,
    source_quote: null,
    changed_by: who.name,
    reason: figure.reason,
    submission_id: figure.submissionId,
  });
  await recordAudit(tx, who, { entity: "value", entityId: row.id, action: replaced ? (replaced.status === "withdrawn" ? "restore" : "replace") : "create", before: replaced ? presentValue(replaced) : null, after: presentValue(row), reason: figure.reason });
  return { row, replaced };
}

/** Marks the approved figure withdrawn: it leaves monitoring and the public, and stays in the history. */
export async function withdrawValue(tx: Db, id: number, reason: string, who: Who, submissionId: number | null = null): Promise<DataValueRow> {
  const before = await values.findValue(tx, id, true);
  if (!before) throw new Error(`data value ${id} vanished`);
  const row = await values.updateValue(tx, id, { status: "withdrawn", published_at: null });
  await values.insertRevision(tx, {
    data_value_id: id,
    revision: await values.nextRevision(tx, id),
    value: row.value,
    status: "withdrawn",
    note: row.note,
    source_kind: row.source_kind,
    source_ref: row.source_ref,
    source_document_id: row.source_document_id,
    source_start: row.source_start,
    source_end: row.source_end,
    source_quote: row.source_quote,
    changed_by: who.name,
    reason,
    submission_id: submissionId,
  });
  await recordAudit(tx, who, { entity: "value", entityId: id, action: "withdraw", before: presentValue(before), after: presentValue(row), reason });
  return row;
}
