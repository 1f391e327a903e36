/**
 * The OpenAPI document served at /api/openapi.json: each route's own declaration (operationId,
 * bodies, the errors its code gives), completed with what the middleware does to every route of a
 * kind, so the two cannot drift apart — the session cookie and the CSRF token as security schemes
 * (required where the access net asks for sign-in, optional on public reads), 401 where the public
 * is refused, 403 on writes (another origin, a missing CSRF token, a role), 400/413/415 where a body
 * is read and 422 where any input is validated.
 */
import { OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { openToPublic } from "../http/access.middleware.ts";
import type { App } from "../http/app-env.ts";
import { SESSION_COOKIE } from "../http/session.middleware.ts";
import { ERROR_DESCRIPTIONS, type ErrorStatus } from "../routes/openapi-helpers.ts";
import { namedContractSchemas } from "./components.ts";

type Document = ReturnType<App["getOpenAPI31Document"]>;
type Operation = { operationId?: string; security?: Record<string, string[]>[]; parameters?: unknown[]; requestBody?: { content?: Record<string, unknown> }; responses: Record<string, unknown> };

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

const WRITE_REFUSED =
  "Refused: a write from another site, without the session's CSRF token (X-CSRF-Token), before a one-time password is changed, or one the role or scope does not allow";

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } });

/** The responses the middleware gives this operation, whatever its handler does. */
function middlewareErrors(method: string, path: string, op: Operation): Partial<Record<ErrorStatus, string>> {
  const found: Partial<Record<ErrorStatus, string>> = {};
  const body = op.requestBody?.content ?? {};
  if (Object.keys(body).length > 0) {
    if ("application/json" in body) found[400] = ERROR_DESCRIPTIONS[400];
    found[413] = ERROR_DESCRIPTIONS[413];
    found[415] = ERROR_DESCRIPTIONS[415];
  }
  if (!openToPublic(method.toUpperCase(), path)) found[401] = ERROR_DESCRIPTIONS[401];
  if (method !== "get") found[403] = WRITE_REFUSED;
  if ((op.parameters?.length ?? 0) > 0 || Object.keys(body).length > 0) found[422] = ERROR_DESCRIPTIONS[422];
  return found;
}

/** Who may call it: the session cookie where sign-in is needed, with the CSRF token on writes; either way for public reads. */
function securityOf(method: string, path: string): Record<string, string[]>[] {
  const write = method !== "get";
  if (openToPublic(method.toUpperCase(), path)) return write ? [{}] : [{}, { session: [] }];
  return write ? [{ session: [], csrfToken: [] }] : [{ session: [] }];
}

/** The whole document of `app`'s routes. */
export function openApiDocument(app: App): Document {
  const definitions = [...namedContractSchemas().map((schema) => ({ type: "schema" as const, schema })), ...app.openAPIRegistry.definitions];
  const doc = new OpenApiGeneratorV31(definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Kechuang 科创 API",
      version: "0.1.0",
      description:
        "Plans, targets and their progress, indicators, places and data values, reporting rounds, plan documents and their review, composite indices. Errors carry zh-CN and English messages (send `Accept-Language: en` for English) and name the offending field. Sign in with `POST /api/session`: it sets the session cookie and returns the CSRF token every write echoes in `X-CSRF-Token`.",
    },
    servers: [{ url: "/", description: "The server that serves this document" }],
    tags: [
      { name: "service", description: "Health and this document" },
      { name: "accounts", description: "Sign-in, accounts and the audit log" },
      { name: "plans", description: "Plans and their targets' progress" },
      { name: "catalogue", description: "Indicators, places and responsible bodies" },
      { name: "values", description: "Data values and their history" },
      { name: "reporting", description: "Reporting rounds, submissions, review and the roll-up" },
      { name: "documents", description: "Importing plan documents" },
      { name: "review", description: "Reviewing imported plans and 规划衔接" },
      { name: "indices", description: "Composite index definitions" },
      { name: "evaluation", description: "Rankings and analyses of an index" },
      { name: "tasks", description: "工作体系: a plan's tasks, division tables, milestones, progress reports and 督办" },
    ],
  });
  doc.components = {
    ...doc.components,
    securitySchemes: {
      session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "The HttpOnly session cookie `POST /api/session` sets." },
      csrfToken: { type: "apiKey", in: "header", name: "X-CSRF-Token", description: "The session's CSRF token (from `POST /api/session` or `GET /api/session`), required with the cookie on every write." },
    },
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op.security = securityOf(method, path);
      for (const [status, description] of Object.entries(middlewareErrors(method, path, op))) op.responses[status] ??= errorResponse(description);
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  nullableRefsAsAnyOf(doc);
  dropUnusedSchemas(doc);
  return doc;
}

/**
 * The generator writes a nullable named shape as `allOf: [$ref, { type: [object, null] }]`, which
 * JSON Schema reads as never null (both must hold) and a client generator types as an intersection;
 * `anyOf: [$ref, { type: null }]` says what is meant.
 */
function nullableRefsAsAnyOf(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  const schema = node as { allOf?: { $ref?: string; type?: unknown }[]; anyOf?: unknown[] };
  const [ref, nullable, ...rest] = schema.allOf ?? [];
  if (ref?.$ref && Array.isArray(nullable?.type) && nullable.type.includes("null") && !nullable.$ref && Object.keys(nullable).length === 1 && rest.length === 0) {
    delete schema.allOf;
    schema.anyOf = [{ $ref: ref.$ref }, { type: "null" }];
  }
  for (const child of Object.values(node)) nullableRefsAsAnyOf(child);
}

/** Named shapes no operation uses, directly or through another shape, are left out. */
function dropUnusedSchemas(doc: Document): void {
  const schemas = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown) => {
    for (const [, name] of JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (used.has(name!)) continue;
      used.add(name!);
      visit(schemas[name!]);
    }
  };
  visit(doc.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
