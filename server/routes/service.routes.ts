/** HTTP routes about the service itself: whether it answers, and the OpenAPI document of the API. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { App } from "../http/app-env.ts";
import { openApiDocument } from "../openapi/document.ts";
import { json } from "./openapi-helpers.ts";

export function serviceRoutes(app: App) {
  app.openapi(
    createRoute({ method: "get", path: "/api/health", operationId: "getHealth", tags: ["service"], summary: "Whether the server answers", responses: { 200: json(z.object({ ok: z.boolean() }), "It does") } }),
    (c) => c.json({ ok: true }, 200),
  );
  // Built on first request, once every route is registered.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.openapi(
    createRoute({ method: "get", path: "/api/openapi.json", operationId: "getOpenApiDocument", tags: ["service"], summary: "This document (OpenAPI 3.1)", responses: { 200: json(z.record(z.string(), z.unknown()), "The OpenAPI document") } }),
    (c) => c.json((document ??= openApiDocument(app)) as unknown as Record<string, unknown>, 200),
  );
}
