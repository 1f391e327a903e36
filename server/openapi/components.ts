/**
 * The contract's shapes as named schemas of the OpenAPI document (#/components/schemas/PlanSummary),
 * so the document states each once and a generated client gets a type per shape instead of the
 * same object spelled out in every operation. A schema is named after its export; query objects stay
 * inline, since they describe parameters, not a body.
 */
import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import * as accounts from "../../contract/accounts.ts";
import * as alignment from "../../contract/alignment.ts";
import * as catalogue from "../../contract/catalogue.ts";
import * as documents from "../../contract/documents.ts";
import * as errors from "../../contract/errors.ts";
import * as indices from "../../contract/indices.ts";
import * as plans from "../../contract/plans.ts";
import * as reporting from "../../contract/reporting.ts";
import * as review from "../../contract/review.ts";
import * as values from "../../contract/values.ts";

const MODULES = [accounts, alignment, catalogue, documents, errors, indices, plans, reporting, review, values];
/** Shapes worth a name: a bare string or number reads better inline. */
const NAMED_KINDS = new Set(["object", "enum", "union"]);

let named: z.ZodType[] | undefined;

/**
 * Every exported contract shape, named after its export (once per process), to be generated before
 * the routes: the generator writes a named schema when it first meets it, and met first through a
 * route's `.nullable()` it would make the shape itself nullable.
 */
export function namedContractSchemas(): z.ZodType[] {
  if (named) return named;
  named = [];
  for (const module of MODULES) {
    // Sorted: module loaders list a namespace's exports in different orders, and the document must not vary.
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b))) {
      if (!(value instanceof z.ZodType) || name.endsWith("Query") || !NAMED_KINDS.has(value.def.type)) continue;
      // The generator's own registry, not zod's: naming there cannot clash with anything else using zod.
      const meta = zodToOpenAPIRegistry.get(value);
      if (meta?._internal?.refId) continue; // exported under two names: the first one stays
      zodToOpenAPIRegistry.add(value, { ...meta, _internal: { ...meta?._internal, refId: name } });
      named.push(value);
    }
  }
  named = innermostFirst(named);
  return named;
}

/** The schemas ordered so that each comes after every one of them it contains. */
function innermostFirst(schemas: z.ZodType[]): z.ZodType[] {
  const wanted = new Set<unknown>(schemas);
  const ordered: z.ZodType[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    // A schema's parts sit in its definition (shape, element, inner type, options …).
    const children = node instanceof z.ZodType ? Object.values(node.def) : Array.isArray(node) ? node : Object.values(node);
    for (const child of children) visit(child);
    if (wanted.has(node)) ordered.push(node as z.ZodType);
  };
  for (const schema of schemas) visit(schema);
  return ordered;
}
