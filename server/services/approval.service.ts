/**
 * Review of submitted figures (审核): approve — the figure becomes the approved value of its key,
 * the one monitoring, rankings and (once published) the public see — or return it to its reporter as
 * a draft with a comment. Both name the version the reviewer saw: a stale one gets 409, so two
 * reviewers never silently overwrite each other. Withdrawal of an approved figure takes the same path.
 */
import { decide, type Actor, type PlaceTree } from "../../core/access/index.ts";
import type { SubmissionResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import type { SubmissionRow } from "../db/schema.ts";
import { conflict, notFound } from "../errors/app-error.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import * as submissions from "../repositories/submissions.repository.ts";
import * as rounds from "../repositories/rounds.repository.ts";
import * as values from "../repositories/values.repository.ts";
import { presentSubmission } from "../presenters/submissions.presenter.ts";
import { recordAudit } from "./audit.service.ts";
import { loadCatalogue } from "./report-context.service.ts";
import { withdrawValue, writeApprovedValue } from "./value-writes.service.ts";

async function requireSubmission(db: Db, id: number): Promise<SubmissionRow> {
  const row = await submissions.findSubmission(db, id);
  if (!row) throw notFound("id", `填报数据 ${id} 不存在`, `submission ${id} does not exist`);
  return row;
}

const stale = () => conflict("version", "该数据已被他人处理或修改，请刷新后再审核", "someone else has acted on or changed this figure; reload before reviewing");

/** Moves a submitted figure to `state` if it is still at `version`; 409 otherwise. */
async function decideAt(tx: Db, row: SubmissionRow, version: number, changes: Parameters<typeof submissions.updateSubmissionAt>[3]): Promise<SubmissionRow> {
  if (row.state !== "submitted" || row.version !== version) throw stale();
  const updated = await submissions.updateSubmissionAt(tx, row.id, version, changes);
  if (!updated) throw stale();
  return updated;
}

export async function approveSubmission(db: Db, actor: Actor, tree: PlaceTree, id: number, version: number, comment?: string): Promise<SubmissionResponse> {
  return db.transaction().execute(async (tx) => {
    const row = await requireSubmission(tx, id);
    assertMay(actor, "value_review", { placeCode: row.place_code, bodyCode: row.body_code }, tree);
    const now = new Date();
    const decided = await decideAt(tx, row, version, { state: "approved", decided_by: actor.username, decided_at: now, review_comment: comment ?? null, updated_by: actor.username });
    const who = whoOf(actor);
    const round = row.round_id !== null ? await rounds.lockRound(tx, row.round_id) : undefined;
    let dataValueId: number;
    if (row.action === "withdraw") {
      dataValueId = (await withdrawValue(tx, row.data_value_id!, row.explanation ?? row.note ?? "", who, row.id)).id;
    } else {
      const { row: stored } = await writeApprovedValue(
        tx,
        {
          indicatorCode: row.indicator_code,
          placeCode: row.place_code,
          period: row.period,
          granularity: row.granularity,
          year: row.year,
          value: row.value!,
          note: row.note,
          reason: row.explanation,
          source: { kind: "person", ref: row.submitted_by ?? row.created_by },
          roundId: row.round_id,
          bodyCode: row.body_code,
          // Outside a round a figure is public on approval; inside one, once the round is published.
          publish: !round || round.published_at !== null,
          submissionId: row.id,
        },
        who,
      );
      dataValueId = stored.id;
    }
    const linked = (await submissions.updateSubmissionAt(tx, row.id, decided.version, { data_value_id: dataValueId }))!;
    await recordAudit(tx, who, { entity: "submission", entityId: row.id, action: "approve", before: { state: "submitted", version }, after: { state: "approved", value: row.value, dataValueId }, reason: comment ?? null });
    const { indicators } = await loadCatalogue(tx);
    return presentSubmission(linked, indicators.get(row.indicator_code));
  });
}

/** Sends a submitted figure back to its reporter as a draft, with the reviewer's comment. */
export async function returnSubmission(db: Db, actor: Actor, tree: PlaceTree, id: number, version: number, comment: string): Promise<SubmissionResponse> {
  return db.transaction().execute(async (tx) => {
    const row = await requireSubmission(tx, id);
    assertMay(actor, "value_review", { placeCode: row.place_code, bodyCode: row.body_code }, tree);
    const now = new Date();
    // A returned withdrawal has nothing to edit: it is closed, and the approved figure stays.
    const state = row.action === "withdraw" ? "cancelled" : "draft";
    const updated = await decideAt(tx, row, version, { state, returned_by: actor.username, returned_at: now, review_comment: comment, updated_by: actor.username });
    await recordAudit(tx, whoOf(actor), { entity: "submission", entityId: id, action: "return", before: { state: "submitted", version }, after: { state }, reason: comment });
    const { indicators } = await loadCatalogue(tx);
    return presentSubmission(updated, indicators.get(row.indicator_code));
  });
}

/**
 * Withdraws an approved figure (a value typed for 2099 by mistake): the plan office does it at once;
 * a reporter in scope asks for it, and a reviewer approves the request. Never deleted: the figure stays
 * in its history, marked withdrawn.
 */
export async function withdrawApprovedValue(db: Db, actor: Actor, tree: PlaceTree, dataValueId: number, reason: string): Promise<{ submission: SubmissionResponse | null; withdrawn: boolean }> {
  return db.transaction().execute(async (tx) => {
    const value = await values.findValue(tx, dataValueId, true);
    if (!value) throw notFound("id", `数据 ${dataValueId} 不存在`, `data value ${dataValueId} does not exist`);
    if (value.status === "withdrawn") throw conflict("id", "该数据已撤回", "this figure has already been withdrawn");
    const who = whoOf(actor);
    if (decide(actor, "value_enter").allowed) {
      await withdrawValue(tx, dataValueId, reason, who);
      return { submission: null, withdrawn: true };
    }
    assertMay(actor, "value_report", { placeCode: value.place_code, bodyCode: value.body_code }, tree);
    const open = await submissions.findOpenSubmissions(tx, [{ indicatorCode: value.indicator_code, placeCode: value.place_code, period: value.period }]);
    if (open.length > 0) throw conflict("id", "该数据已有待处理的填报，请先处理", "this figure already has an open submission; deal with it first");
    const now = new Date();
    const row = await submissions.insertSubmission(tx, {
      round_id: value.round_id,
      indicator_code: value.indicator_code,
      place_code: value.place_code,
      body_code: value.body_code,
      period: value.period,
      granularity: value.granularity,
      year: value.year,
      action: "withdraw",
      value: null,
      explanation: reason,
      state: "submitted",
      data_value_id: dataValueId,
      submitted_by: actor.username,
      submitted_at: now,
      created_by: actor.username,
      updated_by: actor.username,
    });
    await recordAudit(tx, who, { entity: "submission", entityId: row.id, action: "request_withdrawal", after: { dataValueId, value: value.value }, reason });
    const { indicators } = await loadCatalogue(tx);
    return { submission: presentSubmission(row, indicators.get(row.indicator_code)), withdrawn: false };
  });
}
