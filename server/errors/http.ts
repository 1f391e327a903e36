/**
 * The one place errors become HTTP responses: AppError by its code, request-validation failures (zod)
 * as 422 with the offending field, anything else as 500 without internals. Messages follow the
 * request's Accept-Language (zh-CN unless it asks for English).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { ErrorBody } from "../../contract/errors.ts";
import { AppError, HTTP_STATUS, type FieldProblem } from "./app-error.ts";

export type Language = "zh" | "en";

/** zh unless the request's first language preference is English. */
export function requestLanguage(c: Context): Language {
  const header = c.req.header("accept-language") ?? "";
  return /^\s*en\b/i.test(header) ? "en" : "zh";
}

function fieldOf(path: PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

/** One zod issue in words a person filling the form understands. */
export function describeIssue(issue: z.core.$ZodIssue): FieldProblem {
  const field = fieldOf(issue.path);
  const name = field ?? "请求体";
  const nameEn = field ?? "request body";
  if (issue.code === "invalid_type") {
    const expected = String(issue.expected);
    const zhType: Record<string, string> = { number: "数字", string: "文本", object: "对象", array: "数组", boolean: "布尔值" };
    // zod 4 keeps the input out of issues; its message says "received undefined" for a missing key.
    const missing = /received undefined/.test(issue.message);
    return missing
      ? { field, messages: { zh: `缺少字段 ${name}`, en: `${nameEn} is required` } }
      : { field, messages: { zh: `${name} 必须是${zhType[expected] ?? expected}`, en: `${nameEn} must be a ${expected}` } };
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    return { field, messages: { zh: `${name} 超出允许范围：${issue.message}`, en: `${nameEn} is out of range: ${issue.message}` } };
  }
  return { field, messages: { zh: `${name} 无效：${issue.message}`, en: `${nameEn} is invalid: ${issue.message}` } };
}

export function validationError(issues: z.core.$ZodIssue[]): AppError {
  const details = issues.map(describeIssue);
  const first = details[0] ?? { field: null, messages: { zh: "请求无效", en: "invalid request" } };
  return new AppError("validation_failed", first.messages, first.field, details);
}

export function errorBody(error: AppError, lang: Language): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.messages[lang],
      messages: error.messages,
      field: error.field,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
}

/** Hono onError handler. */
export function handleError(err: Error, c: Context): Response {
  const lang = requestLanguage(c);
  if (err instanceof AppError) return c.json(errorBody(err, lang), HTTP_STATUS[err.code]);
  if (err instanceof SyntaxError || (err instanceof HTTPException && err.status === 400)) {
    const bad = new AppError("validation_failed", { zh: "请求体不是有效的 JSON", en: "the request body is not valid JSON" });
    return c.json(errorBody(bad, lang), 400);
  }
  console.error(err);
  const internal = new AppError("internal", { zh: "服务器内部错误", en: "internal server error" });
  return c.json(errorBody(internal, lang), 500);
}
