/**
 * Who is asking, and whether a write may go ahead. Every request: the session cookie resolves to the
 * signed-in person (or the public). Every write to /api: refused when it comes from another origin;
 * with a session it must echo the session's CSRF token in X-CSRF-Token; a person still holding a
 * one-time password may only change it or sign out.
 */
import type { MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import type { Db } from "../db/connect.ts";
import { AppError } from "../errors/app-error.ts";
import { errorBody, requestLanguage } from "../errors/http.ts";
import { resolveSession, sameToken, SESSION_IDLE_MS } from "../services/sessions.service.ts";
import type { AppEnv } from "./app-env.ts";

export const SESSION_COOKIE = "kc_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Writes a person with a one-time password may still make. */
const ALLOWED_BEFORE_CHANGE = [/^\/api\/session\/password$/, /^\/api\/session$/];

const refuse = (c: Context, error: AppError) => c.json(errorBody(error, requestLanguage(c)), error.code === "unauthenticated" ? 401 : 403);

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
export function setSessionCookie(c: Context, token: string): void {
  const secure = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: SESSION_IDLE_MS / 1000 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** The request comes from a page of another site (Origin differs from Host, or the browser says cross-site). */
function crossOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).host !== (c.req.header("host") ?? new URL(c.req.url).host);
    } catch {
      return true;
    }
  }
  if (origin === "null") return true;
  return c.req.header("sec-fetch-site") === "cross-site";
}

export function sessionMiddleware(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("db", db);
    c.set("actor", null);
    c.set("sessionToken", null);
    c.set("csrfToken", null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 200) {
      const session = await resolveSession(db, token);
      if (session) {
        c.set("actor", session.actor);
        c.set("sessionToken", token);
        c.set("csrfToken", session.csrfToken);
      }
    }
    if (!c.req.path.startsWith("/api/") || SAFE_METHODS.has(c.req.method)) return next();

    if (crossOrigin(c)) return refuse(c, new AppError("forbidden", { zh: "拒绝来自其他网站的写请求", en: "writes from another site are refused" }));
    const actor = c.get("actor");
    const signingIn = c.req.method === "POST" && c.req.path === "/api/session";
    if (actor && !signingIn) {
      const sent = c.req.header("x-csrf-token") ?? "";
      if (!sameToken(sent, c.get("csrfToken") ?? "")) {
        return refuse(c, new AppError("forbidden", { zh: "缺少或错误的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试", en: "missing or wrong CSRF token (X-CSRF-Token); reload the page and try again" }, "X-CSRF-Token"));
      }
      if (actor.mustChangePassword && !ALLOWED_BEFORE_CHANGE.some((p) => p.test(c.req.path))) {
        return refuse(c, new AppError("forbidden", { zh: "请先修改初始密码", en: "change your one-time password first" }, "password"));
      }
    }
    return next();
  };
}
