/**
 * The one error type the services raise. Each carries a code, the field it concerns and a message in
 * zh-CN and English; server/errors/http.ts maps it to an HTTP status, cli/ to an exit code.
 */
import type { LocalisedText } from "../../contract/errors.ts";

export type AppErrorCode =
  | "validation_failed"
  /** A request the server cannot read at all (a malformed cursor), before any rule applies. */
  | "malformed_request"
  | "not_found"
  | "unknown_reference"
  | "conflict"
  | "unauthenticated"
  | "forbidden"
  | "throttled"
  | "internal";

export interface FieldProblem {
  field: string | null;
  /** The problem's stable code, when it has one (change_needs_explanation). */
  code?: string;
  messages: LocalisedText;
  /** Where in an uploaded file, when the problem is in one. */
  sheet?: string;
  row?: number;
  column?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messages: LocalisedText,
    readonly field: string | null = null,
    readonly details: FieldProblem[] = [],
  ) {
    super(messages.en);
    this.name = "AppError";
  }
}

/** A problem with one input field. */
export function invalidField(field: string, zh: string, en: string): AppError {
  return new AppError("validation_failed", { zh, en }, field);
}

export function notFound(field: string | null, zh: string, en: string): AppError {
  return new AppError("not_found", { zh, en }, field);
}

/** HTTP status of each error code; 422 for inputs that parse but break a rule. */
export const HTTP_STATUS: Record<AppErrorCode, 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500> = {
  validation_failed: 422,
  malformed_request: 400,
  not_found: 404,
  unknown_reference: 422,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  throttled: 429,
  internal: 500,
};

/** CLI exit code of each error code. */
export const EXIT_CODE: Record<AppErrorCode, number> = {
  validation_failed: 2,
  malformed_request: 2,
  not_found: 3,
  unknown_reference: 2,
  conflict: 4,
  unauthenticated: 5,
  forbidden: 5,
  throttled: 6,
  internal: 1,
};

/** A change that collides with another: stale version, duplicate, wrong state. */
export function conflict(field: string | null, zh: string, en: string): AppError {
  return new AppError("conflict", { zh, en }, field);
}
