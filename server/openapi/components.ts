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

let registered = false;

/** Gives every exported contract shape its export's name, once per process. */
export function nameContractSchemas(): void {
  if (registered) return;
  registered = true;
  for (const module of MODULES) {
    for (const [name, value] of Object.entries(module)) {
      if (!(value instanceof z.ZodType) || name.endsWith("Query") || !NAMED_KINDS.has(value.def.type)) continue;
      // The generator's own registry, not zod's: naming there cannot clash with anything else using zod.
      const meta = zodToOpenAPIRegistry.get(value);
      if (meta?._internal?.refId) continue; // exported under two names: the first one stays
      zodToOpenAPIRegistry.add(value, { ...meta, _internal: { ...meta?._internal, refId: name } });
    }
  }
}
