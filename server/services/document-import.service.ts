/**
 * Importing a plan document or a report: read it (core/documents), recognise its kind (规划 or 工作报告)
 * and year, draft the plan from its metadata, build its outline and extract every statement (a
 * report's figures without a year of their own take its dating: goals its year, results the year
 * before), then store the document (full text), the plan (pending
 * review), the statements (pending) and an "import" decision in one transaction. Any failure stores
 * nothing.
 */
import { createHash } from "node:crypto";
import type { ImportDocumentResponse } from "../../contract/documents.ts";
import { extractStatements } from "../../core/extraction/extract-statements.ts";
import { summariseOutline } from "../../core/outline/outline-summary.ts";
import { recogniseDocument } from "../../core/documents/document-kind.ts";
import { draftPlan, importedPlanCode } from "../../core/review/draft-plan.ts";
import { yearAtImport } from "../../core/review/report-years.ts";
import type { Db } from "../db/connect.ts";
import { AppError } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as review from "../repositories/review.repository.ts";
import { extractionOptions, outlineOf, readUpload } from "./read-upload.service.ts";

export type ImportInput = { fileName: string; bytes: Uint8Array; code?: string; parentCode?: string; reviewer: string };

export async function importDocument(db: Db, input: ImportInput): Promise<ImportDocumentResponse> {
  const doc = await readUpload(input.fileName, input.bytes);
  const { text } = doc;
  const outline = outlineOf(doc);
  const statements = extractStatements(text, extractionOptions(doc));
  const { kind, year } = recogniseDocument(text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const fileName = input.fileName.split(/[\\/]/).pop()!;

  return db.transaction().execute(async (tx) => {
    const places = (await catalogue.findPlaces(tx)).map((p) => ({ code: p.code, nameZh: p.name_zh, kind: p.kind }));
    // A statement about another place (its scope: 西部(重庆)科学城, 全市) is linked to that place when the catalogue has it.
    const placeOfScope = (scope: string | undefined) => (scope ? (places.find((p) => p.nameZh === scope) ?? places.find((p) => p.nameZh.startsWith(scope)))?.code ?? null : null);
    const draft = draftPlan(text, doc.metadata, places, fileName, undefined, { kind, year });
    const code = input.code ?? importedPlanCode(draft, sha256);
    const existing = await plans.findPlan(tx, code);
    if (existing) {
      throw new AppError("conflict", { zh: `规划代码“${code}”已存在（${existing.title_zh}），该文件可能已导入`, en: `plan code "${code}" already exists (${existing.title_zh}); the file may have been imported already` }, "code");
    }
    if (input.parentCode && !(await plans.findPlan(tx, input.parentCode))) {
      throw new AppError("unknown_reference", { zh: `上位规划“${input.parentCode}”不存在`, en: `parent plan "${input.parentCode}" does not exist` }, "parentCode");
    }
    const documentId = await plans.insertDocument(tx, { file_name: fileName, sha256, text, format: doc.format, outline: JSON.stringify(outline), metadata: JSON.stringify(doc.metadata), kind, year });
    await plans.insertPlan(tx, {
      code,
      title_zh: draft.titleZh,
      // The English title is written by a person during review; until then the Chinese one stands in.
      title_en: draft.titleZh,
      doc_number: draft.docNumber,
      issuer: draft.issuer,
      issued_on: draft.issuedOn,
      published_on: draft.publishedOn,
      period_start: draft.periodStart,
      period_end: draft.periodEnd,
      level: draft.level,
      parent_code: input.parentCode ?? null,
      place_code: draft.placeCode,
      document_id: documentId,
      provenance: JSON.stringify({ importedFrom: fileName, format: doc.format, encoding: doc.encoding ?? null, periodFromTitle: draft.periodFound }),
      status: "pending_review",
    });
    await review.insertStatements(
      tx,
      statements.map((s, position) => ({
        plan_code: code,
        document_id: documentId,
        position,
        type: s.type,
        span_start: s.start,
        span_end: s.end,
        quote: text.slice(s.start, s.end),
        value: s.value,
        value_max: s.value_max ?? null,
        unit: s.unit,
        comparator: s.comparator,
        kind: s.kind,
        year: yearAtImport(s.type, s.year, { kind, year }),
        per_year: s.per_year ?? false,
        cumulative: s.cumulative ?? false,
        baseline_value: s.baseline_value ?? null,
        baseline_year: s.baseline_year ?? null,
        scope: s.scope ?? null,
        attribute: s.attribute ?? null,
        indicator_text: s.indicator,
        place_code: placeOfScope(s.scope),
      })),
    );
    const counts = { targets: statements.filter((s) => s.type === "target").length, actuals: statements.filter((s) => s.type === "actual").length };
    await review.insertDecision(tx, { plan_code: code, statement_id: null, action: "import", before: null, after: JSON.stringify({ fileName, documentKind: kind, documentYear: year, statements: counts }), decided_by: input.reviewer });
    const similar = (await plans.findPlans(tx))
      .filter((p) => p.code !== code && p.status !== "withdrawn")
      .flatMap((p) => {
        const match = draft.docNumber && p.doc_number === draft.docNumber ? ("doc_number" as const) : p.title_zh === draft.titleZh ? ("title" as const) : null;
        return match ? [{ code: p.code, titleZh: p.title_zh, docNumber: p.doc_number, status: p.status, match }] : [];
      });
    return {
      similar,
      plan: { code, titleZh: draft.titleZh, status: "pending_review", docNumber: draft.docNumber, issuer: draft.issuer, issuedOn: draft.issuedOn, publishedOn: draft.publishedOn, periodStart: draft.periodStart, periodEnd: draft.periodEnd, placeCode: draft.placeCode, documentKind: kind, documentYear: year },
      document: { id: documentId, fileName, format: doc.format, encoding: doc.encoding ?? null, length: text.length },
      ...summariseOutline(outline),
      statements: counts,
    };
  });
}
