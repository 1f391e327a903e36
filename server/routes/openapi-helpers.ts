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

/** A 200 response of one page of a list: the items, and the next page's cursor in the headers. */
export function pagedJson<T extends z.ZodType>(schema: T, description: string) {
  return {
    ...json(schema, `${description}. One page: the next page's cursor is in X-Next-Cursor and Link rel="next", both absent on the last page.`),
    headers: {
      "X-Next-Cursor": { description: "Cursor of the next page (pass it as `cursor`); absent on the last page.", schema: { type: "string" as const } },
      Link: { description: 'The next page\'s URL, as `<…>; rel="next"`; absent on the last page.', schema: { type: "string" as const } },
    },
  };
}
