/**
 * Answers only requests addressed to a name the server is meant to have (KECHUANG_ALLOWED_HOSTS), so
 * a page on another site whose DNS name is rebound to this machine's address cannot read or write
 * through the visitor's browser: any other Host header gets 421 with a message saying what to set.
 */
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors/app-error.ts";
import { errorBody, requestLanguage } from "../errors/http.ts";

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** Host name and port of a Host header ("[::1]:5178" → ["[::1]", "5178"]). */
function split(host: string): [string, string | null] {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return match ? [match[1]!, match[2] ?? null] : [host.toLowerCase(), null];
}

/**
 * Whether the Host header names an allowed host. An entry without a port allows the name on any
 * port; `name:port` only that port; `*` allows every host (no protection against DNS rebinding).
 */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  if (allowed.includes("*")) return true;
  const [name, port] = split(host);
  return allowed.some((entry) => {
    const [allowedName, allowedPort] = split(entry);
    return allowedName === name && (allowedPort === null || allowedPort === port);
  });
}

/**
 * The allowed hosts: KECHUANG_ALLOWED_HOSTS (comma-separated) when set, else the loopback names and
 * the host the server binds to (unless it binds to every interface, which names no host).
 */
export function allowedHostsFromEnv(bindHost: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (env.KECHUANG_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  if (configured.length > 0) return configured;
  const bind = bindHost && !["0.0.0.0", "::", "[::]"].includes(bindHost) ? [bindHost.includes(":") && !bindHost.startsWith("[") ? `[${bindHost}]` : bindHost] : [];
  return [...LOOPBACK_HOSTS, ...bind];
}

export function hostAllowList(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header("host") ?? new URL(c.req.url).host).slice(0, 200);
    if (hostAllowed(host, allowed)) return next();
    const error = new AppError(
      "forbidden",
      { zh: `不接受发往主机名“${host}”的请求；如需以此名称访问，请将其加入 KECHUANG_ALLOWED_HOSTS`, en: `requests addressed to host "${host}" are not accepted; add it to KECHUANG_ALLOWED_HOSTS to serve that name` },
      "Host",
    );
    return c.json(errorBody(error, requestLanguage(c)), 421);
  };
}
