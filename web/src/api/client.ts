/**
 * The one place the web app talks HTTP: JSON requests to the same-origin API with the UI language
 * in Accept-Language, responses parsed with the contract's zod schemas, failures as `ApiError`.
 */
import type { z } from "zod";
import { ErrorBody } from "../../../contract/errors.ts";
import { NEXT_CURSOR_HEADER } from "../../../contract/pagination.ts";
import { acceptLanguage, type Language } from "../i18n/translate.ts";

/** A failed request: the HTTP status and, when the server sent one, its error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.error.message ?? `HTTP ${status}`);
    this.name = "ApiError";
  }
}

interface RequestOptions {
  lang: Language;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/** The session's CSRF token, echoed in X-CSRF-Token on every write; null when unknown or signed out. */
let csrfToken: string | null = null;
/** The GET /api/session in flight when the token is being read, so concurrent writes share it. */
let csrfRead: Promise<string | null> | null = null;

/** Remembers the token a sign-in or session read returned (null after signing out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCsrfToken(): Promise<string | null> {
  csrfRead ??= fetch("/api/session", { headers: { Accept: "application/json" } })
    .then((response) => response.json())
    .then((session: { csrfToken?: string | null } | null) => (csrfToken = session?.csrfToken ?? null))
    .catch(() => null)
    .finally(() => (csrfRead = null));
  return csrfRead;
}

/** A refusal because the CSRF token was missing or stale (another tab signed in again, the session was renewed). */
const staleCsrf = (status: number, body: ErrorBody | null) => status === 403 && body?.error.field === "X-CSRF-Token";

async function send(path: string, method: string, headers: Record<string, string>, options: RequestOptions, refreshToken: boolean) {
  if (method !== "GET") {
    const token = refreshToken || !csrfToken ? await readCsrfToken() : csrfToken;
    if (token) headers["X-CSRF-Token"] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
    signal: options.signal,
  });
  const payload: unknown = await response.json().catch(() => null);
  const parsed = response.ok ? null : ErrorBody.safeParse(payload);
  return { response, payload, error: parsed?.success ? parsed.data : null };
}

/**
 * Sends a request and parses the JSON response with `schema`; throws ApiError on a non-2xx status.
 * A write refused for a stale CSRF token is sent once more with a freshly read token.
 */
export async function requestJson<S extends z.ZodType>(path: string, schema: S, options: RequestOptions): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": acceptLanguage(options.lang) };
  if (options.body !== undefined && !(options.body instanceof FormData)) headers["Content-Type"] = "application/json";
  const method = options.method ?? "GET";
  let reply = await send(path, method, headers, options, false);
  if (method !== "GET" && staleCsrf(reply.response.status, reply.error)) reply = await send(path, method, headers, options, true);
  if (!reply.response.ok) throw new ApiError(reply.response.status, reply.error);
  return schema.parse(reply.payload);
}

/**
 * Every item of a paged list (contract/pagination.ts): the first page, then each next one its
 * X-Next-Cursor points at, a thousand items a request; for screens that show or choose from the whole list.
 */
export async function requestAllPages<S extends z.ZodType>(path: string, item: S, options: Omit<RequestOptions, "method" | "body">): Promise<z.infer<S>[]> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": acceptLanguage(options.lang) };
  const all: z.infer<S>[] = [];
  const first = `${path}${path.includes("?") ? "&" : "?"}limit=1000`;
  let cursor: string | null = null;
  do {
    const reply = await send(cursor === null ? first : `${first}&cursor=${encodeURIComponent(cursor)}`, "GET", headers, options, false);
    if (!reply.response.ok) throw new ApiError(reply.response.status, reply.error);
    all.push(...(reply.payload as unknown[]).map((entry) => item.parse(entry) as z.infer<S>));
    cursor = reply.response.headers.get(NEXT_CURSOR_HEADER);
  } while (cursor);
  return all;
}

/** A query string of the defined parameters, with its leading "?" (or "" when none). */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
