/**
 * The safety net under every route's own check: a write to /api needs a signed-in person, and a read
 * needs one too unless the route is on the list of what the public may read (published plans, their
 * progress and text, the catalogue, approved published figures). A new route is internal until it is
 * added here on purpose.
 */
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors/app-error.ts";
import { errorBody, requestLanguage } from "../errors/http.ts";
import type { AppEnv } from "./app-env.ts";

const PUBLIC_READS: RegExp[] = [
  /^\/api\/health$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/session$/,
  /^\/api\/plans$/,
  /^\/api\/plans\/[^/]+$/,
  /^\/api\/plans\/[^/]+\/(progress|text|outline|report)$/,
  // The progress table as a file: the same figures as …/progress, to the same readers.
  /^\/api\/plans\/[^/]+\/progress\/export$/,
  /^\/api\/indicators(\/[^/]+)?$/,
  /^\/api\/places$/,
  /^\/api\/bodies$/,
  /^\/api\/values$/,
];

/** Whether the public may make this request (also asked of path templates, for the OpenAPI document). */
export function openToPublic(method: string, path: string): boolean {
  const read = method === "GET" || method === "HEAD";
  const signingIn = method === "POST" && path === "/api/session";
  // An evaluation report's export is a read whose body carries edited sentences; nothing is stored.
  const reportExport = method === "POST" && /^\/api\/plans\/[^/]+\/report\/[^/]+$/.test(path);
  return signingIn || reportExport || (read && PUBLIC_READS.some((p) => p.test(path)));
}

export function accessMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.req.path.startsWith("/api/") || c.get("actor")) return next();
    if (openToPublic(c.req.method, c.req.path)) return next();
    // Unknown routes still answer 404 for the public, so probing learns nothing new.
    const error = new AppError("unauthenticated", { zh: "请先登录", en: "sign in first" });
    return c.json(errorBody(error, requestLanguage(c)), 401);
  };
}
