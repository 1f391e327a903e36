/**
 * The one place the web app talks HTTP: JSON requests to the same-origin API with the UI language
 * in Accept-Language, responses parsed with the contract's zod schemas, failures as `ApiError`.
 */
import type { z } from "zod";
import { ErrorBody } from "../../../contract/errors.ts";
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

/** The session's CSRF token, echoed in X-CSRF-Token on every write; read from GET /api/session. */
let csrfToken: string | null = null;

/** Remembers the token a sign-in or session read returned (null after signing out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const response = await fetch("/api/session", { headers: { Accept: "application/json" } });
  const session = (await response.json().catch(() => null)) as { csrfToken?: string | null } | null;
  csrfToken = session?.csrfToken ?? null;
  return csrfToken;
}

/** Sends a request and parses the JSON response with `schema`; throws ApiError on a non-2xx status. */
export async function requestJson<S extends z.ZodType>(path: string, schema: S, options: RequestOptions): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": acceptLanguage(options.lang) };
  if (options.body !== undefined && !(options.body instanceof FormData)) headers["Content-Type"] = "application/json";
  const method = options.method ?? "GET";
  if (method !== "GET") {
    const token = await currentCsrfToken();
    if (token) headers["X-CSRF-Token"] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
    signal: options.signal,
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(payload);
    throw new ApiError(response.status, parsed.success ? parsed.data : null);
  }
  return schema.parse(payload);
}

/** A query string of the defined parameters, with its leading "?" (or "" when none). */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
