/**
 * Small builders for OpenAPI route declarations, so each route file stays a list of routes. A route
 * declares the errors its own code can give (404, 409, a role's 403, 429); the ones the middleware
 * gives every route of a kind (401, a write's 403, 400/413/415 for bodies, 422 for inputs) are added
 * to the document by server/openapi/document.ts.
 */
import type { z } from "zod";
import { ErrorBody } from "../../contract/errors.ts";

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** What each error status means in this API; bodies follow contract/errors.ts. */
export const ERROR_DESCRIPTIONS = {
  400: "Malformed request: the body is not valid JSON",
  401: "Not signed in",
  403: "Signed in, but the role or scope does not allow it",
  404: "Not found",
  409: "Conflicts with the stored state (taken code, stale version, closed or finished thing)",
  413: "The request body exceeds its size limit",
  415: "The body's content type is not one the operation accepts",
  422: "Invalid input; `error.field` names the field",
  429: "Too many attempts; try again later",
} as const;
export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** An error response with its own description. */
export const error = (description: string) => json(ErrorBody, description);

/** The standard error responses of these statuses. */
export function errors<S extends ErrorStatus>(...statuses: S[]): Record<S, ReturnType<typeof error>> {
  return Object.fromEntries(statuses.map((s) => [s, error(ERROR_DESCRIPTIONS[s])])) as Record<S, ReturnType<typeof error>>;
}

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
