import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, requestAllPages, requestJson, setCsrfToken } from "./client.ts";

type Call = { url: string; method: string; token: string | undefined };

/** A fetch that answers from `reply` and records every request's method and X-CSRF-Token. */
function stubFetch(reply: (call: Call) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const call = { url, method: init.method ?? "GET", token: headers["X-CSRF-Token"] };
    calls.push(call);
    const { status, body } = reply(call);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return calls;
}

const stale = { error: { code: "forbidden", message: "CSRF", messages: { zh: "CSRF", en: "CSRF" }, field: "X-CSRF-Token" } };
const ok = z.object({ ok: z.boolean() });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("requestJson and the CSRF token", () => {
  it("sends the token a sign-in gave, without reading the session", async () => {
    setCsrfToken("from-sign-in");
    const calls = stubFetch(() => ({ status: 200, body: { ok: true } }));
    await requestJson("/api/values", ok, { lang: "zh", method: "POST", body: {} });
    expect(calls).toEqual([{ url: "/api/values", method: "POST", token: "from-sign-in" }]);
  });

  it("reads the token from the session once when it has none", async () => {
    const calls = stubFetch((c) => (c.url === "/api/session" ? { status: 200, body: { user: null, csrfToken: "read" } } : { status: 200, body: { ok: true } }));
    await Promise.all([requestJson("/api/a", ok, { lang: "zh", method: "POST", body: {} }), requestJson("/api/b", ok, { lang: "zh", method: "POST", body: {} })]);
    expect(calls.filter((c) => c.url === "/api/session")).toHaveLength(1);
    expect(calls.filter((c) => c.method === "POST").map((c) => c.token)).toEqual(["read", "read"]);
  });

  it("re-reads a stale token and sends the write once more", async () => {
    setCsrfToken("old");
    const calls = stubFetch((c) => {
      if (c.url === "/api/session") return { status: 200, body: { user: null, csrfToken: "new" } };
      return c.token === "new" ? { status: 200, body: { ok: true } } : { status: 403, body: stale };
    });
    await expect(requestJson("/api/values", ok, { lang: "zh", method: "POST", body: {} })).resolves.toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.token ?? ""}`)).toEqual(["POST /api/values old", "GET /api/session ", "POST /api/values new"]);
  });

  it("gives up after one retry, and does not retry other refusals", async () => {
    setCsrfToken("old");
    let calls = stubFetch((c) => (c.url === "/api/session" ? { status: 200, body: { user: null, csrfToken: "still-bad" } } : { status: 403, body: stale }));
    await expect(requestJson("/api/values", ok, { lang: "zh", method: "POST", body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(2);

    setCsrfToken("old");
    const forbidden = { error: { ...stale.error, field: null } };
    calls = stubFetch(() => ({ status: 403, body: forbidden }));
    const error = await requestJson("/api/values", ok, { lang: "zh", method: "POST", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect(calls).toHaveLength(1);
  });

  it("sends no token with reads", async () => {
    setCsrfToken("t");
    const calls = stubFetch(() => ({ status: 200, body: { ok: true } }));
    await requestJson("/api/plans", ok, { lang: "en" });
    expect(calls).toEqual([{ url: "/api/plans", method: "GET", token: undefined }]);
  });
});

describe("requestAllPages", () => {
  it("follows X-Next-Cursor until a page comes without it, and keeps the order", async () => {
    const urls: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      urls.push(url);
      const cursor = new URL(url, "http://x").searchParams.get("cursor");
      const page = cursor === null ? [1, 2] : cursor === "b" ? [3, 4] : [5];
      const next = cursor === null ? "b" : cursor === "b" ? "c" : null;
      return new Response(JSON.stringify(page), { status: 200, headers: { "content-type": "application/json", ...(next ? { "X-Next-Cursor": next } : {}) } });
    });
    await expect(requestAllPages("/api/plans?kind=x", z.number(), { lang: "zh" })).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(urls).toEqual(["/api/plans?kind=x&limit=1000", "/api/plans?kind=x&limit=1000&cursor=b", "/api/plans?kind=x&limit=1000&cursor=c"]);
  });
});
