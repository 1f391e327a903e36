/**
 * Use cases of data values: list, add (validated against the indicator; a second value for the same
 * indicator, place and period replaces the first and both stay in the history), and history.
 */
import type { Db } from "../db/connect.ts";
import type { CreateDataValueRequest } from "../../contract/values.ts";
import { validateReportedValue } from "../../core/reporting/index.ts";
import { buildReportContext } from "./report-context.service.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as values from "../repositories/values.repository.ts";
import { presentRevision, presentValue } from "../presenters/values.presenter.ts";
import type { Who } from "./audit.service.ts";
import { writeApprovedValue } from "./value-writes.service.ts";

export async function listValues(db: Db, filter: values.ValueFilter) {
  return (await values.findValues(db, filter)).map(presentValue);
}

/**
 * The plan office enters a figure directly: stored approved in its name, and public at once (figures
 * outside a reporting round are published on approval; a round's figures when the round is published).
 */
export async function createDataValue(db: Db, request: CreateDataValueRequest, who: Who) {
  return db.transaction().execute(async (tx) => {
    const indicator = (await catalogue.findIndicator(tx, request.indicatorCode)) ?? null;
    const context = await buildReportContext(tx, [request]);
    // The API takes base units (元, 家, %); the rules read a value without a unit in the display unit.
    const checked = validateReportedValue({ ...request, unit: indicator?.unit || undefined }, context);
    const first = checked.problems[0];
    if (first || !checked.period) {
      const details = checked.problems.map((p) => ({ field: p.field, messages: { zh: p.zh, en: p.en } }));
      const code = first?.code === "unknown_indicator" || first?.code === "unknown_place" ? "unknown_reference" : "validation_failed";
      throw new AppError(code, first ? { zh: first.zh, en: first.en } : { zh: "期间无效", en: "invalid period" }, first?.field ?? "period", details);
    }
    const period = checked.period;
    const { row, replaced } = await writeApprovedValue(
      tx,
      {
        indicatorCode: request.indicatorCode,
        placeCode: request.placeCode,
        period: request.period,
        granularity: period.granularity,
        year: period.year,
        value: request.value,
        note: request.note ?? null,
        reason: request.explanation ?? request.note ?? null,
        source: { kind: "person", ref: who.name },
        roundId: null,
        bodyCode: null,
        publish: true,
        submissionId: null,
      },
      who,
    );
    return { value: presentValue(row), replaced: replaced ? presentValue(replaced) : null };
  });
}

export async function getValueHistory(db: Db, id: number) {
  const row = await values.findValue(db, id);
  if (!row) throw notFound("id", `数据 ${id} 不存在`, `data value ${id} does not exist`);
  return (await values.findRevisions(db, id)).map(presentRevision);
}
