/**
 * Request and response shapes of plan documents: importing a file (multipart upload or JSON with the
 * bytes in base64) and what the import created — a plan pending review with its outline and statements.
 */
import { z } from "zod";
import { OutlineNodeFields, OutlineToc } from "../core/outline/outline.ts";
import { OutlineSummary } from "../core/outline/outline-summary.ts";
import { PlanSummary } from "./plans.ts";

/** Body of POST /api/documents as JSON. */
export const ImportDocumentJson = z.object({
  fileName: z.string().min(1).max(300),
  /** The file's bytes, base64-encoded. */
  contentBase64: z.string(),
  /** Plan code to give the imported plan; derived from its period and content when left out. */
  code: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/).max(80).optional(),
  /** Plan this one sits under (a zone's plan under the city's). */
  parentCode: z.string().max(80).optional(),
});
export type ImportDocumentJson = z.infer<typeof ImportDocumentJson>;

/** Body of POST /api/documents as multipart/form-data: the file under `file`. */
export const ImportDocumentForm = z.object({
  file: z.any().describe("the document: .txt (UTF-8 or GB18030), .docx or .html"),
  code: z.string().optional(),
  parentCode: z.string().max(80).optional(),
});

export const DocumentFormat = z.enum(["text", "html", "docx"]);

export const ImportDocumentResponse = z.object({
  plan: PlanSummary.pick({ code: true, titleZh: true, status: true, docNumber: true, issuer: true, issuedOn: true, publishedOn: true, periodStart: true, periodEnd: true, placeCode: true, documentKind: true, documentYear: true }),
  document: z.object({ id: z.number().int(), fileName: z.string(), format: DocumentFormat, encoding: z.string().nullable(), length: z.number().int() }),
  /** Chapters, top-level parts (一、二、… as a report is divided), boxes, and whether a closing address (各位代表！…) ends it. */
  ...OutlineSummary.shape,
  statements: z.object({ targets: z.number().int(), actuals: z.number().int() }),
  /** Plans already stored with the same 文号 or title: the import may repeat one of them. */
  similar: z.array(z.object({ code: z.string(), titleZh: z.string(), docNumber: z.string().nullable(), status: z.string(), match: z.enum(["doc_number", "title"]) })),
});
export type ImportDocumentResponse = z.infer<typeof ImportDocumentResponse>;

/**
 * One node of the outline tree (core/outline). OutlineNode itself is recursive (z.lazy), which the
 * OpenAPI generator cannot describe, so its fields are extended with loosely declared children.
 */
export const OutlineNodeResponse = OutlineNodeFields.extend({
  children: z.array(z.unknown()).describe("nodes of the same shape"),
});

export const OutlineResponse = z.object({
  toc: OutlineToc.nullable(),
  nodes: z.array(OutlineNodeResponse),
});
export type OutlineResponse = z.infer<typeof OutlineResponse>;

export const WithdrawPlanRequest = z.object({ reason: z.string().trim().min(1).max(500) });
