/**
 * Paged lists: following X-Next-Cursor (or Link rel="next") page by page yields every item once, in
 * the same order as one large page; the last page has neither header; a malformed cursor is a 400
 * naming `cursor`. On the seed data, on both backends.
 */
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient } from "./testing/api-client.ts";

/** Every item of a list, following the next-page cursor from the first page. */
async function follow(client: ApiClient, path: string, limit: number): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let next: string | null = `${path}${path.includes("?") ? "&" : "?"}limit=${limit}`;
  let pages = 0;
  while (next) {
    const reply: { status: number; body: unknown; headers: Headers } = await client.get(next);
    expect(reply.status).toBe(200);
    items.push(...(reply.body as unknown[]));
    pages += 1;
    const cursor: string | null = reply.headers.get("x-next-cursor");
    const link: string | null = reply.headers.get("link");
    if (cursor) expect(link).toMatch(new RegExp(`^<${path.split("?")[0]}\\?[^>]*cursor=${cursor}[^>]*>; rel="next"$`));
    else expect(link).toBeNull();
    next = cursor ? /<([^>]+)>/.exec(link!)![1]! : null;
  }
  return { items, pages };
}

describe.each(TEST_DATABASES)("paged lists on $name", (database) => {
  const server = useTestServer(database);

  it.each([
    ["/api/plans", 1],
    ["/api/values", 2],
    ["/api/indicators", 4],
    ["/api/places?kind=district", 7],
    ["/api/bodies", 5],
    ["/api/indices", 1],
    ["/api/users", 1],
    ["/api/audit", 2],
  ])("%s page by page equals one large page", async (path, limit) => {
    const admin = await server.admin();
    // Something in the audit log and more than one account.
    await server.office();
    const whole = (await admin.get(`${path}${path.includes("?") ? "&" : "?"}limit=${path === "/api/audit" ? 500 : 1000}`)).body as unknown[];
    const paged = await follow(admin, path, limit);
    expect(paged.items).toEqual(whole);
    expect(paged.pages).toBe(Math.ceil(whole.length / limit));
    expect(whole.length).toBeGreaterThan(limit);
  });

  it("refuses a malformed cursor with a 400 naming it, and a page size over the maximum", async () => {
    for (const cursor of ["not*base64", "bm90LWpzb24", Buffer.from(JSON.stringify(["x"])).toString("base64url")]) {
      const reply = await server.anonymous().get(`/api/plans?cursor=${cursor}`);
      expect(reply.status).toBe(400);
      expect(reply.body.error.field).toBe("cursor");
    }
    expect((await server.anonymous().get("/api/plans?limit=1001")).status).toBe(422);
  });

  it("declares limit, cursor and the next-page headers in the OpenAPI document", async () => {
    const doc = (await server.anonymous().get("/api/openapi.json")).body;
    for (const path of ["/api/plans", "/api/values", "/api/audit", "/api/rounds", "/api/submissions", "/api/users", "/api/indices", "/api/indicators", "/api/places", "/api/bodies"]) {
      const op = doc.paths[path].get;
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["limit", "cursor"]));
      expect(Object.keys(op.responses["200"].headers)).toEqual(["X-Next-Cursor", "Link"]);
    }
  });
});
