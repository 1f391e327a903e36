/**
 * The one place errors become HTTP responses: AppError by its code, request-validation failures (zod)
 * as 422 with the offending field — 400 when the input is malformed rather than wrong (a NUL byte, a
 * string past its length, an integer past PostgreSQL's int4) —, a wrong content type as 415, a
 * unique-key collision between concurrent writers as 409, anything else as 500 without internals.
 * Messages follow the request's Accept-Language (zh-CN unless it asks for English).
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

/** PostgreSQL's int4: the range of every id and count column. */
export const INT4_MAX = 2_147_483_647;

const valueAt = (data: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((at, key) => (at !== null && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * The issue when it says the input is malformed rather than wrong — a NUL byte, a string or list past
 * its length, an integer outside int4 — in words naming the field; null for an ordinary rule.
 */
export function malformedIssue(issue: z.core.$ZodIssue, data: unknown): FieldProblem | null {
  const field = fieldOf(issue.path);
  const name = field ?? "请求体";
  const nameEn = field ?? "request body";
  const raw = valueAt(data, issue.path);
  if (typeof raw === "string" && raw.includes("\u0000")) return nulByte(field);
  if (issue.code === "too_big" && (issue.origin === "string" || issue.origin === "array")) {
    const unit = issue.origin === "string" ? { zh: "个字符", en: "characters" } : { zh: "项", en: "items" };
    return { field, messages: { zh: `${name} 过长：最多 ${String(issue.maximum)} ${unit.zh}`, en: `${nameEn} is too long: at most ${String(issue.maximum)} ${unit.en}` } };
  }
  const number = typeof raw === "string" && /^\s*[-+]?\d+(\.\d*)?(e[-+]?\d+)?\s*$/i.test(raw) ? Number(raw) : raw;
  if ((issue.code === "too_big" || issue.code === "too_small") && typeof number === "number" && Math.abs(number) > INT4_MAX) {
    return { field, messages: { zh: `${name} 超出范围：${String(raw)} 不是有效的编号或整数`, en: `${nameEn} is out of range: ${String(raw)} is not a valid id or integer` } };
  }
  return null;
}

export const nulByte = (field: string | null): FieldProblem => ({
  field,
  messages: { zh: `${field ?? "请求体"} 含有空字符（\\0），不能保存`, en: `${field ?? "request body"} contains a NUL character (\\0), which cannot be stored` },
});

/**
 * Every contract route's validation answer: 400 naming the field when the input is malformed, 422 when
 * it breaks a rule. Used as OpenAPIHono's defaultHook, so every route gets it.
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError; data?: unknown }, c: Context): Response | undefined {
  if (result.success) return undefined;
  const issues = result.error.issues;
  const malformed = issues.map((i) => malformedIssue(i, result.data)).filter((p): p is FieldProblem => p !== null);
  if (malformed.length > 0) {
    const [first] = malformed as [FieldProblem];
    return c.json(errorBody(new AppError("validation_failed", first.messages, first.field, malformed), requestLanguage(c)), 400);
  }
  return c.json(errorBody(validationError(issues), requestLanguage(c)), 422);
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

/** A PostgreSQL error (from pg or PGlite): its SQLSTATE and, for a key collision, the constraint. */
function databaseError(err: unknown): { code: string; constraint?: string } | null {
  const { code, constraint } = (err ?? {}) as { code?: unknown; constraint?: unknown };
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? { code, constraint: typeof constraint === "string" ? constraint : undefined } : null;
}

/** What two writers racing for one key collided on, by the unique index that stopped the second. */
const COLLISIONS: Record<string, FieldProblem> = {
  users_username: { field: "username", messages: { zh: "该账号名刚被另一请求创建", en: "this account name was just created by another request" } },
  index_definitions_pkey: { field: "code", messages: { zh: "该指数代码刚被另一请求使用", en: "this index code was just taken by another request" } },
  plans_pkey: { field: "code", messages: { zh: "该规划代码刚被另一请求使用", en: "this plan code was just taken by another request" } },
  indicators_pkey: { field: "indicator.code", messages: { zh: "该指标代码刚被另一请求创建", en: "this indicator code was just created by another request" } },
  value_submissions_open: { field: "entries", messages: { zh: "同一指标、地区和期间的填报刚被另一请求保存，请刷新后重试", en: "a figure for the same indicator, place and period was just saved by another request; reload and try again" } },
};

/**
 * Database errors a request can provoke: a unique key taken by a concurrent writer (409), a
 * serialisation failure or deadlock (409, retry), a value PostgreSQL refuses (400). Null for the rest.
 */
function fromDatabaseError(err: unknown): { status: 400 | 409; error: AppError } | null {
  const db = databaseError(err);
  if (!db) return null;
  if (db.code === "23505") {
    const known = db.constraint ? COLLISIONS[db.constraint] : undefined;
    const problem = known ?? { field: null, messages: { zh: "与同时进行的另一项修改冲突（记录已存在），请刷新后重试", en: "this collides with a change made at the same moment (the record already exists); reload and try again" } };
    return { status: 409, error: new AppError("conflict", problem.messages, problem.field) };
  }
  if (db.code === "40001" || db.code === "40P01") {
    return { status: 409, error: new AppError("conflict", { zh: "与同时进行的另一项修改冲突，请重试", en: "this collided with a change made at the same moment; try again" }) };
  }
  // Numeric value out of range, NUL or bad byte sequence, string too long for its column.
  if (["22003", "22021", "22P05", "22001", "54000"].includes(db.code)) {
    return { status: 400, error: new AppError("validation_failed", { zh: "请求中的值超出可保存的范围或含有无法保存的字符", en: "a value in the request is out of range or contains characters that cannot be stored" }) };
  }
  return null;
}

/** Hono onError handler. */
export function handleError(err: Error, c: Context): Response {
  const lang = requestLanguage(c);
  if (err instanceof AppError) return c.json(errorBody(err, lang), HTTP_STATUS[err.code]);
  if (err instanceof HTTPException && err.status === 415) return c.json(errorBody(unsupportedMediaType(c.req.header("content-type")), lang), 415);
  if (err instanceof SyntaxError || (err instanceof HTTPException && err.status === 400)) {
    const bad = new AppError("validation_failed", { zh: "请求体不是有效的 JSON", en: "the request body is not valid JSON" }, "body");
    return c.json(errorBody(bad, lang), 400);
  }
  const known = fromDatabaseError(err);
  if (known) return c.json(errorBody(known.error, lang), known.status);
  console.error(err);
  const internal = new AppError("internal", { zh: "服务器内部错误", en: "internal server error" });
  return c.json(errorBody(internal, lang), 500);
}

/** The refusal of a body in a media type the route does not take. */
export function unsupportedMediaType(contentType: string | undefined, upload = false): AppError {
  const sent = contentType ? contentType.split(";")[0]!.trim() : null;
  const zhSent = sent ? `不支持的内容类型 ${sent}` : "缺少 Content-Type";
  const enSent = sent ? `unsupported content type ${sent}` : "Content-Type is missing";
  return upload
    ? new AppError("validation_failed", { zh: `${zhSent}：请以 multipart/form-data（字段 file）上传文件`, en: `${enSent}: upload the file as multipart/form-data (field file)` }, "Content-Type")
    : new AppError("validation_failed", { zh: `${zhSent}：请求体须为 application/json`, en: `${enSent}: the request body must be application/json` }, "Content-Type");
}
