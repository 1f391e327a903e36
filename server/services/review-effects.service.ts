/**
 * What an accepted statement puts into the plan, and how it is taken out again: an accepted target
 * becomes a row of the plan's targets; an accepted actual becomes an approved data value whose source
 * is the statement's span (replacing an earlier value for the same indicator, place and year, kept in
 * the history). Rejecting, merging or re-editing an accepted statement removes what it created and
 * restores a value it replaced.
 */
import { CHONGQING_CODE } from "../../data/load-seed-data.ts";
import { validateValue } from "../../core/indicators/validate-value.ts";
import { checkStatementFit } from "../../core/review/statement-fit.ts";
import type { Db } from "../db/connect.ts";
import type { StatementRow } from "../db/schema.ts";
import { AppError, invalidField } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as review from "../repositories/review.repository.ts";
import * as values from "../repositories/values.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";

type Effect = { target_id: number | null; data_value_id: number | null };

function sourceOf(row: StatementRow, fileName: string) {
  return { source_kind: "document", source_ref: fileName, source_document_id: row.document_id, source_start: row.span_start, source_end: row.span_end, source_quote: row.quote };
}

/** Creates the target or data value of an accepted statement; throws AppError naming the missing field. */
export async function applyAccepted(tx: Db, row: StatementRow, reviewer: string): Promise<Effect> {
  if (!row.indicator_code) throw invalidField("indicatorCode", "接受前请先关联指标目录中的指标（或新建指标）", "link the statement to a catalogue indicator (or create one) before accepting it");
  if (row.year === null) throw invalidField("year", "接受前请填写年份", "give the year before accepting");
  const indicatorRow = await catalogue.findIndicator(tx, row.indicator_code);
  if (!indicatorRow) throw new AppError("unknown_reference", { zh: `指标“${row.indicator_code}”不存在`, en: `indicator "${row.indicator_code}" does not exist` }, "indicatorCode");
  const misfit = checkStatementFit({ type: row.type as "target", kind: row.kind as "level", unit: row.unit }, presentIndicator(indicatorRow));
  if (misfit) throw invalidField(misfit.field, misfit.zh, misfit.en);
  const plan = (await plans.findPlan(tx, row.plan_code))!;
  const placeCode = row.place_code ?? plan.place_code ?? CHONGQING_CODE;
  const document = (await plans.findDocument(tx, row.document_id))!;
  const source = sourceOf(row, document.file_name);

  if (row.type === "target") {
    const target = await review.insertTarget(tx, {
      plan_code: row.plan_code,
      indicator_code: row.indicator_code,
      place_code: placeCode,
      position: await review.nextTargetPosition(tx, row.plan_code),
      kind: row.kind,
      comparator: row.comparator,
      value: row.value,
      value_max: row.value_max,
      // Only a unit that differs from the indicator's is stored (个百分点 or % on a count's growth).
      unit: row.unit && row.unit !== indicatorRow.unit ? row.unit : null,
      target_year: row.year,
      baseline_value: row.baseline_year !== null ? row.baseline_value : null,
      baseline_year: row.baseline_value !== null ? row.baseline_year : null,
      per_year: row.per_year,
      cumulative: row.cumulative,
      attribute: row.attribute,
      source_document_id: source.source_document_id,
      source_start: source.source_start,
      source_end: source.source_end,
      source_quote: source.source_quote,
    });
    return { target_id: target.id, data_value_id: null };
  }

  const period = String(row.year);
  const { period: parsed, problems } = validateValue(presentIndicator(indicatorRow), period, row.value);
  const problem = problems[0];
  if (problem || !parsed) throw invalidField(problem?.field === "value" ? "value" : "year", problem?.zh ?? "年份无效", problem?.en ?? "invalid year");
  const existing = await values.findValueByKey(tx, row.indicator_code, placeCode, period);
  const stored = existing
    ? await values.updateValue(tx, existing.id, { value: row.value, status: "approved", note: null, ...source })
    : await values.insertValue(tx, { indicator_code: row.indicator_code, place_code: placeCode, period, granularity: parsed.granularity, year: parsed.year, value: row.value, status: "approved", note: null, ...source });
  await values.insertRevision(tx, { data_value_id: stored.id, revision: await values.nextRevision(tx, stored.id), value: row.value, status: "approved", note: null, changed_by: reviewer, ...source });
  return { target_id: null, data_value_id: stored.id };
}

/** Removes what an accepted statement created; a data value it replaced gets its earlier revision back. */
export async function undoAccepted(tx: Db, row: StatementRow, reviewer: string): Promise<Effect> {
  if (row.target_id !== null) await review.deleteTarget(tx, row.target_id);
  if (row.data_value_id !== null) {
    const revisions = await values.findRevisions(tx, row.data_value_id);
    const fromThis = (r: (typeof revisions)[number]) => r.source_document_id === row.document_id && r.source_start === row.span_start && r.source_end === row.span_end;
    const earlier = [...revisions].reverse().find((r) => !fromThis(r));
    if (!earlier) await review.deleteValue(tx, row.data_value_id);
    else {
      const restored = { value: earlier.value, status: earlier.status, note: earlier.note, source_kind: earlier.source_kind, source_ref: earlier.source_ref, source_document_id: earlier.source_document_id, source_start: earlier.source_start, source_end: earlier.source_end, source_quote: earlier.source_quote };
      await values.updateValue(tx, row.data_value_id, restored);
      await values.insertRevision(tx, { data_value_id: row.data_value_id, revision: await values.nextRevision(tx, row.data_value_id), changed_by: reviewer, ...restored });
    }
  }
  return { target_id: null, data_value_id: null };
}
