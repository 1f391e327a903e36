/**
 * Reporting inside a round (创新报表): what a round asks of a person, saving their figures as drafts
 * (every entry validated, all or nothing), submitting them for review, and listing submissions.
 * A draft returned by a reviewer carries the comment until it is saved again.
 */
import { decide, type Actor, type PlaceTree } from "../../core/access/index.ts";
import { fromBaseValue, displayUnitOf, validateBatch, type LocatedProblem, type LocatedValue } from "../../core/reporting/index.ts";
import { formatPeriod, parsePeriod, previousPeriod } from "../../core/periods/period.ts";
import type { Assignment, BatchResponse, DraftEntry, SubmissionResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import type { RoundRow, SubmissionRow } from "../db/schema.ts";
import { AppError, conflict } from "../errors/app-error.ts";
import { batchError, placeOf } from "../errors/batch-error.ts";
import { assertMay } from "../policies/authorize.ts";
import * as submissions from "../repositories/submissions.repository.ts";
import { presentSubmission } from "../presenters/submissions.presenter.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { buildReportContext, loadCatalogue } from "./report-context.service.ts";
import { getRound, requireRound, roundUnits } from "./rounds.service.ts";

/** The round's asked figures as (indicator, place, body) cells; scoped people get only those in scope. */
async function cellsFor(db: Db, actor: Actor, tree: PlaceTree, round: RoundRow, action: "value_report" | "value_review" | "read_internal") {
  const detail = await getRound(db, round.id);
  const units = (await roundUnits(db, round.id)).filter((u) => decide(actor, action, { placeCode: u.placeCode, bodyCode: u.kind === "body" ? u.code : null }, tree).allowed);
  return { detail, cells: units.flatMap((u) => detail.indicators.map((i) => ({ indicator: i, unit: u, bodyCode: u.kind === "body" ? u.code : null }))) };
}

/**
 * The submission that stands for each key (indicator|place|period): an open one (draft, submitted)
 * wins over a decided one; among equals the newest. Cancelled ones never stand.
 */
export function currentSubmissions(rows: readonly SubmissionRow[]): Map<string, SubmissionRow> {
  const by = new Map<string, SubmissionRow>();
  const rank = (x: SubmissionRow) => (x.state === "draft" || x.state === "submitted" ? 2 : 1);
  for (const s of rows) {
    if (s.state === "cancelled") continue;
    const k = `${s.indicator_code}|${s.place_code}|${s.period}`;
    const held = by.get(k);
    if (!held || rank(s) > rank(held) || (rank(s) === rank(held) && s.id > held.id)) by.set(k, s);
  }
  return by;
}

/** What the round asks of this person, with last period's figure, this period's approved figure and the open submission. */
export async function listAssignments(db: Db, actor: Actor, tree: PlaceTree, roundId: number): Promise<Assignment[]> {
  const round = await requireRound(db, roundId);
  const reads = actor.role === "reporter" ? "value_report" : actor.role === "reviewer" ? "value_review" : "read_internal";
  const { cells } = await cellsFor(db, actor, tree, round, reads);
  const { indicators } = await loadCatalogue(db);
  const before = formatPeriod(previousPeriod(parsePeriod(round.period)!));
  const codes = [...new Set(cells.map((c) => c.indicator.code))];
  const places = [...new Set(cells.map((c) => c.unit.placeCode))];
  const stored = codes.length && places.length
    ? await db.selectFrom("data_values").selectAll().where("status", "=", "approved").where("indicator_code", "in", codes).where("place_code", "in", places).where("period", "in", [round.period, before]).execute()
    : [];
  const open = await submissions.findSubmissions(db, { roundId });
  const key = (i: string, p: string, t: string) => `${i}|${p}|${t}`;
  const storedBy = new Map(stored.map((v) => [key(v.indicator_code, v.place_code, v.period), v]));
  const submissionBy = currentSubmissions(open);
  return cells.map(({ indicator, unit, bodyCode }) => {
    const catalogued = indicators.get(indicator.code)!;
    const prev = storedBy.get(key(indicator.code, unit.placeCode, before));
    const now = storedBy.get(key(indicator.code, unit.placeCode, round.period));
    const submission = submissionBy.get(key(indicator.code, unit.placeCode, round.period));
    return {
      indicatorCode: indicator.code,
      indicatorNameZh: indicator.nameZh,
      indicatorNameEn: indicator.nameEn,
      placeCode: unit.placeCode,
      placeNameZh: unit.kind === "place" ? unit.nameZh : `${unit.nameZh}`,
      placeNameEn: unit.nameEn,
      bodyCode,
      period: round.period,
      displayUnit: displayUnitOf(catalogued),
      decimals: catalogued.decimals,
      previous: prev ? { period: before, value: fromBaseValue(catalogued, prev.value) } : null,
      approved: now ? { id: now.id, value: fromBaseValue(catalogued, now.value) } : null,
      submission: submission ? presentSubmission(submission, catalogued) : null,
    };
  });
}

/**
 * Saves figures of a round as drafts in the person's name: every entry checked (scope, round, unit,
 * rules, change explanation) and nothing saved when any fails. A submitted figure waits for review and
 * cannot be edited; an approved one is corrected through a new draft.
 */
export async function saveDrafts(
  db: Db,
  actor: Actor,
  tree: PlaceTree,
  roundId: number,
  entries: (DraftEntry & { location?: LocatedValue["location"] })[],
  file?: { name: string; sha256: string; readProblems: LocatedProblem[] },
): Promise<BatchResponse> {
  return db.transaction().execute(async (tx) => {
    const round = await requireRound(tx, roundId);
    if (round.status !== "open") throw conflict("roundId", `填报轮次“${round.title}”已关闭，不能再填报`, `round "${round.title}" is closed for reporting`);
    const units = await roundUnits(tx, roundId);
    // Out of scope is refused before anything else: 403, naming the first such entry.
    for (const [i, entry] of entries.entries()) {
      const unit = units.find((u) => u.placeCode === entry.placeCode && (entry.bodyCode ? u.kind === "body" && u.code === entry.bodyCode : true));
      const where = entry.location ? placeOf(entry.location) : { zh: `第 ${i + 1} 项`, en: `entry ${i + 1}` };
      const decision = decide(actor, "value_report", { placeCode: entry.placeCode, bodyCode: entry.bodyCode ?? (unit?.kind === "body" ? unit.code : null) }, tree);
      if (!decision.allowed) {
        throw new AppError("forbidden", { zh: `${where.zh}：“${entry.placeCode}”不在您的填报范围内，未保存任何数据`, en: `${where.en}: "${entry.placeCode}" is outside your scope; nothing was stored` }, `entries[${i}].placeCode`);
      }
    }
    const detail = await getRound(tx, roundId);
    const rows: LocatedValue[] = entries.map((e, i) => ({ ...e, period: round.period, location: e.location ?? { row: i + 1 } }));
    const context = await buildReportContext(tx, rows, { period: round.period, indicatorCodes: new Set(detail.indicators.map((i) => i.code)), placeCodes: new Set(units.map((u) => u.placeCode)) });
    const { accepted, problems } = validateBatch(rows, context);
    problems.push(...(file?.readProblems ?? []));
    if (problems.length > 0) {
      problems.sort((a, b) => a.row - b.row);
      throw batchError(problems, file?.name);
    }
    const open = await submissions.findOpenSubmissions(tx, rows.map((r) => ({ indicatorCode: r.indicatorCode, placeCode: r.placeCode, period: round.period })));
    const openBy = new Map(open.map((s) => [`${s.indicator_code}|${s.place_code}`, s]));
    const importBatchId = file
      ? (await tx.insertInto("import_batches").values({ kind: "template_upload", file_name: file.name, sha256: file.sha256, row_count: accepted.length, round_id: roundId, created_by: actor.username }).returning("id").executeTakeFirstOrThrow()).id
      : null;
    const result: BatchResponse = { batchId: importBatchId, rows: accepted.length, created: 0, replaced: 0, unchanged: 0 };
    for (const { row, value } of accepted) {
      const held = openBy.get(`${row.indicatorCode}|${row.placeCode}`);
      const fields = { value, note: row.note ?? null, explanation: row.explanation ?? null, updated_by: actor.username, import_batch_id: importBatchId };
      if (held?.state === "submitted") {
        throw conflict("entries", `“${row.indicatorCode} ${row.placeCode}”已提交，等待审核；如需修改请联系审核员退回`, `"${row.indicatorCode} ${row.placeCode}" is submitted and awaiting review; ask a reviewer to return it to change it`);
      }
      if (held) {
        if (held.value === value && held.note === fields.note && held.explanation === fields.explanation) {
          result.unchanged++;
          continue;
        }
        const updated = await submissions.updateSubmissionAt(tx, held.id, held.version, fields);
        if (!updated) throw conflict("entries", "数据刚被他人修改，请刷新后重试", "the figure was just changed by someone else; reload and try again");
        await recordAudit(tx, whoOf(actor), { entity: "submission", entityId: held.id, action: "edit", before: { value: held.value, note: held.note }, after: { value, note: fields.note }, reason: fields.explanation });
        result.replaced++;
      } else {
        const unit = units.find((u) => u.placeCode === row.placeCode);
        const inserted = await submissions.insertSubmission(tx, {
          round_id: roundId,
          indicator_code: row.indicatorCode,
          place_code: row.placeCode,
          body_code: (row as DraftEntry).bodyCode ?? (unit?.kind === "body" ? unit.code : null),
          period: round.period,
          granularity: round.granularity,
          year: round.year,
          action: "set",
          state: "draft",
          created_by: actor.username,
          ...fields,
        });
        await recordAudit(tx, whoOf(actor), { entity: "submission", entityId: inserted.id, action: "create", after: { indicatorCode: row.indicatorCode, placeCode: row.placeCode, period: round.period, value }, reason: fields.explanation });
        result.created++;
      }
    }
    return result;
  });
}

const whoOf = (actor: Actor): Who => ({ name: actor.username, id: actor.id > 0 ? actor.id : null });

/** Submits the person's drafts in the round (all of them, or the given ids) for review. */
export async function submitDrafts(db: Db, actor: Actor, tree: PlaceTree, roundId: number, ids?: number[]): Promise<SubmissionResponse[]> {
  return db.transaction().execute(async (tx) => {
    const round = await requireRound(tx, roundId);
    if (round.status !== "open") throw conflict("roundId", `填报轮次“${round.title}”已关闭`, `round "${round.title}" is closed`);
    const drafts = (await submissions.findSubmissions(tx, { roundId, state: "draft", ids })).filter((s) => decide(actor, "value_report", { placeCode: s.place_code, bodyCode: s.body_code }, tree).allowed);
    if (ids && drafts.length !== ids.length) throw new AppError("forbidden", { zh: "部分数据不是您范围内的草稿，未提交任何数据", en: "some of these are not drafts in your scope; nothing was submitted" }, "ids");
    const { indicators } = await loadCatalogue(tx);
    const now = new Date();
    const done: SubmissionResponse[] = [];
    for (const draft of drafts) {
      const row = await submissions.updateSubmissionAt(tx, draft.id, draft.version, { state: "submitted", submitted_by: actor.username, submitted_at: now, updated_by: actor.username });
      if (!row) throw conflict("ids", "数据刚被他人修改，请刷新后重试", "a figure was just changed by someone else; reload and try again");
      await recordAudit(tx, whoOf(actor), { entity: "submission", entityId: draft.id, action: "submit", before: { state: "draft" }, after: { state: "submitted", value: row.value } });
      done.push(presentSubmission(row, indicators.get(row.indicator_code)));
    }
    return done;
  });
}

/** Submissions the person may see: all for the office, leaders and administrators; in scope for reporters and reviewers. */
export async function listSubmissions(db: Db, actor: Actor, tree: PlaceTree, filter: { roundId?: number; state?: string; placeCode?: string; limit: number }): Promise<SubmissionResponse[]> {
  assertMay(actor, "read_internal");
  const rows = await submissions.findSubmissions(db, { roundId: filter.roundId, state: filter.state, placeCodes: filter.placeCode ? [filter.placeCode] : undefined });
  const scoped = actor.role === "reporter" ? "value_report" : actor.role === "reviewer" ? "value_review" : null;
  const visible = scoped ? rows.filter((s) => decide(actor, scoped, { placeCode: s.place_code, bodyCode: s.body_code }, tree).allowed) : rows;
  const { indicators } = await loadCatalogue(db);
  return visible.slice(0, filter.limit).map((s) => presentSubmission(s, indicators.get(s.indicator_code)));
}
