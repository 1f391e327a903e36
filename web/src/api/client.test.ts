import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { api, ApiError, inLanguage, request, requestAllPages, setCsrfToken, uploadForm } from "./client.ts";

type Call = { url: string; method: string; token: string | undefined };

/** A fetch that answers from `reply` and records every request's path, method and X-CSRF-Token. */
function stubFetch(reply: (call: Call) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (request: Request) => {
    const call = { url: new URL(request.url).pathname, method: request.method, token: request.headers.get("X-CSRF-Token") ?? undefined };
    calls.push(call);
    const { status, body } = reply(call);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return calls;
}

const stale = { error: { code: "forbidden", message: "CSRF", messages: { zh: "CSRF", en: "CSRF" }, field: "X-CSRF-Token" } };
const ok = z.object({ ok: z.boolean() });
/** Two writes and a read of the API, as the app makes them. */
const publish = () => request(() => api.POST("/api/rounds/{id}/publish", { params: { path: { id: 1 } } }), ok);
const withdraw = () => request(() => api.POST("/api/plans/{code}/withdraw", { params: { path: { code: "p" } }, body: { reason: "r" } }), ok);
const plans = () => request(() => api.GET("/api/plans"), ok);

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("request and the CSRF token", () => {
  it("sends the token a sign-in gave, without reading the session", async () => {
    setCsrfToken("from-sign-in");
    const calls = stubFetch(() => ({ status: 200, body: { ok: true } }));
    await publish();
    expect(calls).toEqual([{ url: "/api/rounds/1/publish", method: "POST", token: "from-sign-in" }]);
  });

  it("reads the token from the session once when it has none", async () => {
    const calls = stubFetch((c) => (c.url === "/api/session" ? { status: 200, body: { user: null, csrfToken: "read" } } : { status: 200, body: { ok: true } }));
    await Promise.all([publish(), withdraw()]);
    expect(calls.filter((c) => c.url === "/api/session")).toHaveLength(1);
    expect(calls.filter((c) => c.method === "POST").map((c) => c.token)).toEqual(["read", "read"]);
  });

  it("re-reads a stale token and sends the write once more", async () => {
    setCsrfToken("old");
    const calls = stubFetch((c) => {
      if (c.url === "/api/session") return { status: 200, body: { user: null, csrfToken: "new" } };
      return c.token === "new" ? { status: 200, body: { ok: true } } : { status: 403, body: stale };
    });
    await expect(publish()).resolves.toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.token ?? ""}`)).toEqual(["POST /api/rounds/1/publish old", "GET /api/session ", "POST /api/rounds/1/publish new"]);
  });

  it("gives up after one retry, and does not retry other refusals", async () => {
    setCsrfToken("old");
    let calls = stubFetch((c) => (c.url === "/api/session" ? { status: 200, body: { user: null, csrfToken: "still-bad" } } : { status: 403, body: stale }));
    await expect(publish()).rejects.toBeInstanceOf(ApiError);
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(2);

    setCsrfToken("old");
    const forbidden = { error: { ...stale.error, field: null } };
    calls = stubFetch(() => ({ status: 403, body: forbidden }));
    const error = await publish().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect(calls).toHaveLength(1);
  });

  it("sends no token with reads", async () => {
    setCsrfToken("t");
    const calls = stubFetch(() => ({ status: 200, body: { ok: true } }));
    await plans();
    expect(calls).toEqual([{ url: "/api/plans", method: "GET", token: undefined }]);
  });

  it("sends the UI language, files as multipart/form-data, and the server's error body in ApiError", async () => {
    setCsrfToken("t");
    const seen: Request[] = [];
    vi.stubGlobal("fetch", async (request: Request) => {
      seen.push(request.clone());
      return new Response(JSON.stringify(stale), { status: 422, headers: { "content-type": "application/json" } });
    });
    const file = new File(["指标,地区"], "数据.csv", { type: "text/csv" });
    const error = await request(() => api.POST("/api/values/import", { ...uploadForm(file), ...inLanguage("en") }), ok).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, body: stale });
    expect(seen[0]!.headers.get("Accept-Language")).toMatch(/^en/);
    expect(seen[0]!.headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
    const sent = (await seen[0]!.formData()).get("file") as File;
    expect([sent.name, await sent.text()]).toEqual(["数据.csv", "指标,地区"]);
  });
});

describe("requestAllPages", () => {
  it("follows X-Next-Cursor until a page comes without it, and keeps the order", async () => {
    const urls: string[] = [];
    vi.stubGlobal("fetch", async (request: Request) => {
      const url = new URL(request.url);
      urls.push(url.pathname + url.search);
      const cursor = url.searchParams.get("cursor");
      const page = cursor === null ? [1, 2] : cursor === "b" ? [3, 4] : [5];
      const next = cursor === null ? "b" : cursor === "b" ? "c" : null;
      return new Response(JSON.stringify(page), { status: 200, headers: { "content-type": "application/json", ...(next ? { "X-Next-Cursor": next } : {}) } });
    });
    const all = requestAllPages((page) => api.GET("/api/submissions", { params: { query: { ...page, state: "submitted" } } }), z.number());
    await expect(all).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(urls).toEqual(["/api/submissions?limit=1000&state=submitted", "/api/submissions?limit=1000&cursor=b&state=submitted", "/api/submissions?limit=1000&cursor=c&state=submitted"]);
  });

  it("throws ApiError with the server's body when a page is refused", async () => {
    stubFetch(() => ({ status: 400, body: { ...stale, error: { ...stale.error, field: "cursor" } } }));
    const error = await requestAllPages((page) => api.GET("/api/plans", { params: { query: page } }), z.number()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: { error: { field: "cursor" } } });
  });
});
