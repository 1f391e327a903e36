/**
 * Correcting what an imported document was recognised as — plan (规划) or report (工作报告) — and the
 * year it speaks for. The plan's period follows (a report covers the year it reviews and its own
 * year); pending statements whose year came from the old reading take the new one (core/review/
 * report-years); decided statements keep theirs. Recorded as a review decision and in the audit log,
 * in one transaction.
 */
import type { ClassifyDocumentRequest, ClassifyDocumentResponse } from "../../contract/review.ts";
import type { DocumentMetadata } from "../../core/documents/metadata.ts";
import { draftPlan } from "../../core/review/draft-plan.ts";
import { correctedYear } from "../../core/review/report-years.ts";
import type { Db } from "../db/connect.ts";
import { conflict, invalidField, notFound } from "../errors/app-error.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as review from "../repositories/review.repository.ts";
import { presentDecision } from "../presenters/review.presenter.ts";
import { recordAudit, type Who } from "./audit.service.ts";

/** Sets the kind and year of plan `code`'s document as `who` corrected them. */
export async function classifyDocument(db: Db, code: string, request: ClassifyDocumentRequest, who: Who): Promise<ClassifyDocumentResponse> {
  if (request.kind === "report" && request.year === null) throw invalidField("year", "工作报告须注明年份：其目标属于该年，实际值属于上一年", "a report needs its year: its targets are that year's, its actuals the year before's");
  return db.transaction().execute(async (tx) => {
    const plan = await plans.findPlan(tx, code);
    if (!plan) throw notFound("code", `规划“${code}”不存在`, `plan "${code}" does not exist`);
    if (plan.status === "withdrawn") throw conflict("code", `规划“${code}”已撤回`, `plan "${code}" has been withdrawn`);
    const document = plan.document_id !== null ? await plans.findDocument(tx, plan.document_id) : undefined;
    if (!document) throw notFound("code", `规划“${code}”没有导入的文件`, `plan "${code}" has no imported document`);
    const from = { kind: document.kind as ClassifyDocumentRequest["kind"], year: document.year };
    const to = { kind: request.kind, year: request.year };
    // The period as an import with this reading would have drafted it.
    const draft = draftPlan(document.text, (document.metadata ?? {}) as DocumentMetadata, [], document.file_name, new Date(document.imported_at), to);
    await plans.updateDocumentKind(tx, document.id, to.kind, to.year);
    await plans.updatePlanPeriod(tx, code, draft.periodStart, draft.periodEnd);

    const moved: ClassifyDocumentResponse["movedStatements"] = [];
    for (const s of await review.findStatements(tx, code)) {
      if (s.state !== "pending") continue;
      const year = correctedYear(s.type as "target", s.year, from, to);
      if (year === s.year) continue;
      await review.updateStatement(tx, s.id, { year, updated_at: new Date() });
      moved.push({ id: s.id, from: s.year, to: year });
    }
    const before = { documentKind: from.kind, documentYear: from.year, periodStart: plan.period_start, periodEnd: plan.period_end };
    const after = { documentKind: to.kind, documentYear: to.year, periodStart: draft.periodStart, periodEnd: draft.periodEnd, movedStatements: moved.length };
    const decision = await review.insertDecision(tx, { plan_code: code, statement_id: null, action: "classify", before: JSON.stringify(before), after: JSON.stringify(after), decided_by: who.name });
    await recordAudit(tx, who, { entity: "plan", entityId: code, action: "classify", before, after });
    return { documentKind: to.kind, documentYear: to.year, periodStart: draft.periodStart, periodEnd: draft.periodEnd, movedStatements: moved, decision: presentDecision(decision) };
  });
}
