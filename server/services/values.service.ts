/**
 * Use cases of data values: list, add (validated against the indicator; a second value for the same
 * indicator, place and period replaces the first and both stay in the history), and history.
 */
import type { Db } from "../db/connect.ts";
import type { CreateDataValueRequest } from "../../contract/values.ts";
import { validateValue } from "../../core/indicators/validate-value.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as values from "../repositories/values.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
import { presentRevision, presentValue } from "../presenters/values.presenter.ts";
import { recordAudit, type Who } from "./audit.service.ts";

export async function listValues(db: Db, filter: values.ValueFilter) {
  return (await values.findValues(db, filter)).map(presentValue);
}

/**
 * The plan office enters a figure directly: stored approved in its name, and public at once (figures
 * outside a reporting round are published on approval; a round's figures when the round is published).
 */
export async function createDataValue(db: Db, request: CreateDataValueRequest, who: Who) {
  return db.transaction().execute(async (tx) => {
    const indicatorRow = await catalogue.findIndicator(tx, request.indicatorCode);
    if (!indicatorRow) {
      throw new AppError(
        "unknown_reference",
        {
          zh: `指标“${request.indicatorCode}”不存在，请从指标目录中选择`,
          en: `indicator "${request.indicatorCode}" does not exist; choose one from the catalogue`,
        },
        "indicatorCode",
      );
    }
    if (!(await catalogue.findPlace(tx, request.placeCode))) {
      throw new AppError(
        "unknown_reference",
        { zh: `地区“${request.placeCode}”不存在`, en: `place "${request.placeCode}" does not exist` },
        "placeCode",
      );
    }
    const { period, problems } = validateValue(presentIndicator(indicatorRow), request.period, request.value);
    const first = problems[0];
    if (first || !period) {
      const details = problems.map((p) => ({ field: p.field, messages: { zh: p.zh, en: p.en } }));
      throw new AppError("validation_failed", first ? { zh: first.zh, en: first.en } : { zh: "期间无效", en: "invalid period" }, first?.field ?? "period", details);
    }
    const source = { source_kind: "person", source_ref: who.name, source_document_id: null, source_start: null, source_end: null, source_quote: null };
    const now = new Date();
    const approval = { approved_by: who.name, approved_at: now, published_at: now };
    const existing = await values.findValueByKey(tx, request.indicatorCode, request.placeCode, request.period);
    const row = existing
      ? await values.updateValue(tx, existing.id, { value: request.value, status: "approved", note: request.note ?? null, ...source, ...approval })
      : await values.insertValue(tx, {
          indicator_code: request.indicatorCode,
          place_code: request.placeCode,
          period: request.period,
          granularity: period.granularity,
          year: period.year,
          value: request.value,
          status: "approved",
          note: request.note ?? null,
          ...source,
          ...approval,
        });
    await values.insertRevision(tx, {
      data_value_id: row.id,
      revision: await values.nextRevision(tx, row.id),
      value: row.value,
      status: row.status,
      note: row.note,
      changed_by: who.name,
      reason: request.note ?? null,
      ...source,
    });
    await recordAudit(tx, who, { entity: "value", entityId: row.id, action: existing ? "replace" : "create", before: existing ? presentValue(existing) : null, after: presentValue(row), reason: request.note ?? null });
    return { value: presentValue(row), replaced: existing ? presentValue(existing) : null };
  });
}

export async function getValueHistory(db: Db, id: number) {
  const row = await values.findValue(db, id);
  if (!row) throw notFound("id", `数据 ${id} 不存在`, `data value ${id} does not exist`);
  return (await values.findRevisions(db, id)).map(presentRevision);
}
