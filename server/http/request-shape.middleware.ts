/**
 * The shape every API request must have before any route reads it, so no route can forget it: a body
 * in a media type the API takes (JSON; multipart too on upload routes) or 415; JSON that parses or
 * 400; and, anywhere in the path, the query or a JSON body, no NUL byte (PostgreSQL cannot store one),
 * no string longer than any field may be, no nesting deeper than any request has — or 400 naming the
 * field. Each route's zod schema then checks the rest (validationHook in errors/http.ts).
 */
import type { Context, MiddlewareHandler } from "hono";
import { AppError, type FieldProblem } from "../errors/app-error.ts";
import { errorBody, nulByte, requestLanguage, unsupportedMediaType } from "../errors/http.ts";
import { isUploadPath } from "./body-limit.middleware.ts";

/** Longer than any text field of the contract; uploads sent as JSON carry their file in base64. */
export const MAX_STRING = 100_000;
const MAX_UPLOAD_STRING = 40_000_000;
/** Longer than any code, period or date the query or path carries. */
export const MAX_QUERY_STRING = 2_000;
/** Deeper than any request body of the contract (an index tree is flat: a list of nodes). */
export const MAX_DEPTH = 32;

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

const refuse = (c: Context, status: 400 | 415, error: AppError) => c.json(errorBody(error, requestLanguage(c)), status);
const malformed = (problem: FieldProblem) => new AppError("validation_failed", problem.messages, problem.field, [problem]);

function tooLong(field: string, max: number): FieldProblem {
  return { field, messages: { zh: `${field} 过长：最多 ${max} 个字符`, en: `${field} is too long: at most ${max} characters` } };
}

/** The first malformed thing in a parsed JSON body, found without recursion (depth is what is checked). */
export function jsonProblem(body: unknown, maxString = MAX_STRING): FieldProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const field = path || "body";
    if (typeof value === "string") {
      if (value.includes("\u0000")) return nulByte(field);
      if (value.length > maxString) return tooLong(field, maxString);
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_DEPTH) return { field, messages: { zh: `${field} 嵌套过深：最多 ${MAX_DEPTH} 层`, en: `${field} is nested too deeply: at most ${MAX_DEPTH} levels` } };
      if (Array.isArray(value)) {
        value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      } else {
        for (const [key, item] of Object.entries(value)) {
          const child = path ? `${path}.${key}` : key;
          if (key.includes("\u0000")) return nulByte(child);
          if (key.length > MAX_QUERY_STRING) return tooLong(`${child.slice(0, 40)}…`, MAX_QUERY_STRING);
          stack.push({ value: item, path: child, depth: depth + 1 });
        }
      }
    }
  }
  return null;
}

/** The first malformed part of the path or query string. */
function urlProblem(c: Context): FieldProblem | null {
  const url = new URL(c.req.url);
  if (/%00|\u0000/i.test(url.pathname)) return nulByte("path");
  for (const [key, value] of url.searchParams) {
    if (key.includes("\u0000") || value.includes("\u0000")) return nulByte(key.replace(/\u0000/g, "\\0"));
    if (value.length > MAX_QUERY_STRING) return tooLong(key, MAX_QUERY_STRING);
  }
  return null;
}

/** Whether the request carries a body at all (a length, or a chunked stream). */
function hasBody(c: Context): boolean {
  const length = c.req.header("content-length");
  if (length !== undefined) return Number(length) > 0;
  return c.req.header("transfer-encoding") !== undefined;
}

export function requestShape(): MiddlewareHandler {
  return async (c, next) => {
    const inUrl = urlProblem(c);
    if (inUrl) return refuse(c, 400, malformed(inUrl));
    if (!WRITES.has(c.req.method) || !hasBody(c)) return next();

    const upload = isUploadPath(c.req.path);
    const type = c.req.header("content-type");
    const mediaType = type?.split(";")[0]!.trim() ?? "";
    if (upload && /^multipart\/form-data$/i.test(mediaType)) return next();
    if (!JSON_TYPE.test(mediaType)) return refuse(c, 415, unsupportedMediaType(type, upload));

    // Read without catching: a body past its size limit surfaces as the limit's 413, not as bad JSON.
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(c, 400, new AppError("validation_failed", { zh: "请求体不是有效的 JSON", en: "the request body is not valid JSON" }, "body"));
    }
    const problem = jsonProblem(body, upload ? MAX_UPLOAD_STRING : MAX_STRING);
    if (problem) return refuse(c, 400, malformed(problem));
    // The routes' validators read the parsed body from here rather than parsing it again.
    c.req.bodyCache.json = Promise.resolve(body);
    return next();
  };
}
