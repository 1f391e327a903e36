/** Small builders for OpenAPI route declarations, so each route file stays a list of routes. */
import type { z } from "zod";
import { ErrorBody } from "../../contract/errors.ts";

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** The error responses any route may give; bodies follow contract/errors.ts. */
export const errorResponses = {
  400: json(ErrorBody, "Malformed request"),
  401: json(ErrorBody, "Not signed in"),
  403: json(ErrorBody, "Signed in, but the role or scope does not allow it (or the CSRF token is missing)"),
  404: json(ErrorBody, "Not found"),
  422: json(ErrorBody, "Invalid input; `error.field` names the field"),
};

/** Header every write must carry when signed in: the session's CSRF token (from GET /api/session). */
export const csrfHeader = { "X-CSRF-Token": { description: "the session's CSRF token from GET /api/session" } };
