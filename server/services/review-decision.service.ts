/**
 * One review decision on one statement — edit, accept (optionally with edits and a link), reject,
 * merge into a duplicate, link to an indicator, create an indicator from it — applied with its
 * effects on targets and data values and recorded with who took it, all in one transaction.
 */
import type { ReviewAction, ReviewActionResponse, StatementChanges } from "../../contract/review.ts";
import type { Db } from "../db/connect.ts";
import type { StatementRow, StatementsTable } from "../db/schema.ts";
import type { Updateable } from "kysely";
import { AppError, invalidField, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as review from "../repositories/review.repository.ts";
import { recordAudit } from "./audit.service.ts";
import { presentDecision, presentStatement } from "../presenters/review.presenter.ts";
import { applyAccepted, undoAccepted } from "./review-effects.service.ts";

function columnsOf(changes: StatementChanges | undefined): Updateable<StatementsTable> {
  if (!changes) return {};
  const c: Updateable<StatementsTable> = {};
  if (changes.value !== undefined) c.value = changes.value;
  if (changes.valueMax !== undefined) c.value_max = changes.valueMax;
  if (changes.unit !== undefined) c.unit = changes.unit.trim();
  if (changes.year !== undefined) c.year = changes.year;
  if (changes.comparator !== undefined) c.comparator = changes.comparator;
  if (changes.kind !== undefined) c.kind = changes.kind;
  return c;
}

function checkRange(row: StatementRow) {
  if (row.value_max !== null && row.value_max < row.value) throw invalidField("changes.valueMax", "区间上限不能小于下限", "the upper end of a range cannot be below its lower end");
}

async function requireIndicator(tx: Db, code: string, field: string) {
  if (!(await catalogue.findIndicator(tx, code))) throw new AppError("unknown_reference", { zh: `指标“${code}”不存在，请从指标目录中选择`, en: `indicator "${code}" does not exist; choose one from the catalogue` }, field);
}

async function requirePlace(tx: Db, code: string | undefined) {
  if (code !== undefined && !(await catalogue.findPlace(tx, code))) throw new AppError("unknown_reference", { zh: `地区“${code}”不存在`, en: `place "${code}" does not exist` }, "placeCode");
}

/** Updates a statement; an accepted one has its target or data value rebuilt from the new fields. */
async function update(tx: Db, row: StatementRow, changes: Updateable<StatementsTable>, reviewer: string): Promise<StatementRow> {
  let next = await review.updateStatement(tx, row.id, changes);
  checkRange(next);
  if (next.state === "accepted") {
    await undoAccepted(tx, row, reviewer);
    next = await review.updateStatement(tx, row.id, await applyAccepted(tx, next, reviewer));
  }
  return next;
}

async function withdraw(tx: Db, row: StatementRow, changes: Updateable<StatementsTable>, reviewer: string) {
  const effect = row.state === "accepted" ? await undoAccepted(tx, row, reviewer) : {};
  return review.updateStatement(tx, row.id, { ...changes, ...effect });
}

async function apply(tx: Db, row: StatementRow, action: ReviewAction, reviewer: string): Promise<StatementRow> {
  switch (action.action) {
    case "edit":
      return update(tx, row, columnsOf(action.changes), reviewer);
    case "link":
      await requireIndicator(tx, action.indicatorCode, "indicatorCode");
      await requirePlace(tx, action.placeCode);
      return update(tx, row, { indicator_code: action.indicatorCode, ...(action.placeCode ? { place_code: action.placeCode } : {}) }, reviewer);
    case "create_indicator": {
      const i = action.indicator;
      if (await catalogue.findIndicator(tx, i.code)) throw new AppError("conflict", { zh: `指标代码“${i.code}”已存在`, en: `indicator code "${i.code}" already exists` }, "indicator.code");
      await review.insertIndicator(tx, { code: i.code, name_zh: i.nameZh, name_en: i.nameEn, unit: i.unit, display_unit: null, display_scale: 1, decimals: 2, measure: i.measure, direction: "higher_is_better", periodicity: "year", aggregation: JSON.stringify({ method: i.measure === "count" || i.measure === "amount" ? "sum" : "none" }), definition: null });
      return update(tx, row, { indicator_code: i.code }, reviewer);
    }
    case "accept": {
      if (action.indicatorCode) await requireIndicator(tx, action.indicatorCode, "indicatorCode");
      await requirePlace(tx, action.placeCode);
      const links = { ...(action.indicatorCode ? { indicator_code: action.indicatorCode } : {}), ...(action.placeCode ? { place_code: action.placeCode } : {}) };
      const withdrawn = await withdraw(tx, row, { ...columnsOf(action.changes), ...links, state: "accepted", merged_into: null }, reviewer);
      checkRange(withdrawn);
      return review.updateStatement(tx, row.id, await applyAccepted(tx, withdrawn, reviewer));
    }
    case "reject":
      return withdraw(tx, row, { state: "rejected", merged_into: null }, reviewer);
    case "merge": {
      // Locked too: a concurrent rejection or merge of the statement kept cannot slip in between.
      const keep = await review.findStatement(tx, action.into, true);
      if (!keep || keep.plan_code !== row.plan_code || keep.id === row.id) throw invalidField("into", "请选择同一规划中的另一条语句作为保留项", "choose another statement of the same plan to keep");
      if (keep.state === "merged" || keep.state === "rejected") throw invalidField("into", "保留项不能是已合并或已驳回的语句", "the statement to keep cannot be merged or rejected");
      // Duplicates already merged into this one follow it to the statement kept.
      for (const d of await review.findMergedInto(tx, row.id)) await review.updateStatement(tx, d.id, { merged_into: keep.id });
      return withdraw(tx, row, { state: "merged", merged_into: keep.id }, reviewer);
    }
  }
}

/** Applies `action` to statement `id` by `reviewer`; returns the statement and the decision recorded. */
export async function decideStatement(db: Db, id: number, action: ReviewAction, reviewer: string): Promise<ReviewActionResponse> {
  return db.transaction().execute(async (tx) => {
    // Locked: a second decision on the statement waits and then sees the first one's effect to undo.
    const row = await review.findStatement(tx, id, true);
    if (!row) throw notFound("id", `语句 ${id} 不存在`, `statement ${id} does not exist`);
    const after = await apply(tx, row, action, reviewer);
    const { action: name, ...details } = action;
    const decision = await review.insertDecision(tx, {
      plan_code: row.plan_code,
      statement_id: id,
      action: name,
      before: JSON.stringify(presentStatement(row)),
      after: JSON.stringify({ ...presentStatement(after), request: details }),
      decided_by: reviewer,
    });
    // The same decision in the audit log, beside every other change; a target or value it made or removed shows in `after`.
    await recordAudit(tx, { name: reviewer, id: null }, { entity: "statement", entityId: id, action: name, before: presentStatement(row), after: { ...presentStatement(after), request: details } });
    return { statement: presentStatement(after), decision: presentDecision(decision) };
  });
}
