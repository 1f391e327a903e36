/**
 * Request bodies are bounded before they are read: file uploads (documents, spreadsheets) up to
 * KECHUANG_MAX_UPLOAD_MB (default 25 MB), every other body up to 2 MB; beyond that, 413 with a message.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../errors/app-error.ts";
import { errorBody, requestLanguage } from "../errors/http.ts";

const UPLOAD_PATHS = [/^\/api\/documents$/, /^\/api\/values\/import$/, /^\/api\/rounds\/\d+\/upload$/, /^\/api\/indices\/import$/, /^\/api\/plans\/[^/]+\/tasks\/import$/, /^\/api\/enterprises\/import$/];

/** Routes that take a file (multipart, or JSON carrying it in base64) rather than a small JSON body. */
export const isUploadPath = (path: string): boolean => UPLOAD_PATHS.some((p) => p.test(path));
const MB = 1024 * 1024;

export function requestSizeLimit(env: NodeJS.ProcessEnv = process.env): MiddlewareHandler {
  const uploadMb = Number(env.KECHUANG_MAX_UPLOAD_MB ?? 25);
  const limit = (maxSize: number): MiddlewareHandler =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        const mb = Math.round(maxSize / MB);
        const error = new AppError("validation_failed", { zh: `请求体超过 ${mb} MB 的上限`, en: `the request body exceeds the ${mb} MB limit` }, "body");
        // The rest of the body is never read: the client must not reuse this connection for its next request.
        c.header("Connection", "close");
        return c.json(errorBody(error, requestLanguage(c)), 413);
      },
    });
  const upload = limit((Number.isFinite(uploadMb) && uploadMb > 0 ? uploadMb : 25) * MB);
  const other = limit(2 * MB);
  return (c, next) => (isUploadPath(c.req.path) ? upload(c, next) : other(c, next));
}
