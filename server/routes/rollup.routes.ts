/** HTTP route of the roll-up (汇总): district figures summed to the city beside its own figure. */
import { createRoute } from "@hono/zod-openapi";
import { RollupQuery, RollupResponse } from "../../contract/reporting.ts";
import type { App } from "../http/app-env.ts";
import { assertMay } from "../policies/authorize.ts";
import { rollupIndicator } from "../services/rollup.service.ts";
import { errors, json } from "./openapi-helpers.ts";

export function rollupRoutes(app: App) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/rollup",
      operationId: "getRollup",
      tags: ["reporting"],
      summary: "Roll-up 汇总: children's approved figures to each parent place",
      description: "Additive indicators are summed; ratios recomputed from the sums of their parts (never averaged). The parent's own figure and the difference are shown, with the children that have not reported. Along the administrative tree only.",
      request: { query: RollupQuery },
      responses: { 200: json(RollupResponse, "One row per parent place"), ...errors(404) },
    }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const { indicator, period } = c.req.valid("query");
      return c.json(await rollupIndicator(c.get("db"), indicator, period), 200);
    },
  );
}
