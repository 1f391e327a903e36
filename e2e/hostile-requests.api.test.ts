/**
 * Hostile requests through the HTTP API, on both databases: protective headers on every response, a
 * Host the server is not meant to have refused (DNS rebinding), writes from another origin refused
 * whatever their media type, bodies past their limit (413), in the wrong media type (415), malformed
 * (400 naming the field: NUL, an id past int4, an over-long string, bad JSON), and 20 concurrent
 * first writes of one key never answered with a 5xx, leaving exactly one stored row.
 */
import { request as httpRequest } from "node:http";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient, Reply } from "./testing/api-client.ts";

// Uploads are capped at 1 MB here so the over-limit upload stays small; JSON bodies keep their 2 MB.
process.env.KECHUANG_MAX_UPLOAD_MB = "1";

const SHAPINGBA = "500106";

/** A request with headers fetch() will not let a test set (Host). */
function raw(url: string, path: string, headers: Record<string, string>, method = "GET", body?: string): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: /json/.test(String(res.headers["content-type"])) ? JSON.parse(text) : text });
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The reply is a 4xx whose error names the field and says what is wrong in both languages. */
function expectRefusal(reply: Reply, status: number, field: string | null) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body.error.field).toBe(field);
  expect(reply.body.error.messages.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(reply.body.error.messages.en).toMatch(/[a-z]/);
}

describe.each(TEST_DATABASES)("hostile requests on $name", (database) => {
  const server = useTestServer(database);
  const office = () => server.office();
  const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(server.server.db)).rows[0]!.n);

  describe("protective headers and the Host allow-list", () => {
    it("sends a CSP without inline script, nosniff, no framing and a same-origin referrer on pages, API answers and errors", async () => {
      for (const path of ["/", "/api/health", "/api/no-such-route", "/api/values/abc/history"]) {
        const { headers } = await server.anonymous().get(path);
        const csp = headers.get("content-security-policy") ?? "";
        expect(csp, path).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(/script-src[^;]*'unsafe-(inline|eval)'/.test(csp)).toBe(false);
        expect(headers.get("x-content-type-options")).toBe("nosniff");
        expect(headers.get("x-frame-options")).toBe("DENY");
        expect(headers.get("referrer-policy")).toBe("same-origin");
      }
    });

    it("answers the loopback names and refuses any other Host with 421 and what to configure", async () => {
      const port = new URL(server.url).port;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
        expect((await raw(server.url, "/api/health", { host })).status, host).toBe(200);
      }
      for (const host of [`evil.example:${port}`, "evil.example", `127.0.0.1.nip.io:${port}`]) {
        const refused = await raw(server.url, "/api/plans", { host, "accept-language": "en" });
        expect(refused.status, host).toBe(421);
        expect(refused.body.error.field).toBe("Host");
        expect(refused.body.error.message).toContain("KECHUANG_ALLOWED_HOSTS");
        expect((await raw(server.url, "/", { host })).status).toBe(421);
      }
    });
  });

  describe("writes from another origin", () => {
    it("are refused as JSON, multipart and text/plain, even carrying the session's cookie and token, and store nothing", async () => {
      const client = await office();
      const before = await count("data_values");
      const evil = { origin: "http://evil.example" };
      const form = new FormData();
      form.append("file", new Blob(["指标,地区,期间,数值,单位\nrd-intensity,500106,2024,2.5,%\n"], { type: "text/csv" }), "x.csv");
      const replies = [
        await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 2.5 }, evil),
        await client.post("/api/values/import", form, evil),
        await client.post("/api/values", JSON.stringify({ indicatorCode: "rd-intensity", period: "2024", value: 2.5 }), { ...evil, "content-type": "text/plain" }),
        await client.post("/api/values/import", form, { "sec-fetch-site": "cross-site" }),
        await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 2.5 }, { origin: "null" }),
      ];
      for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(403);
      expect(await count("data_values")).toBe(before);
    });
  });

  describe("size and media type", () => {
    it("refuses a JSON body over 2 MB and an upload over its limit with 413", async () => {
      const client = await office();
      const big = await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 1, note: "x".repeat(2.5 * 1024 * 1024) });
      expectRefusal(big, 413, "body");
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(1.5 * 1024 * 1024)]), "big.xlsx");
      expectRefusal(await client.post("/api/values/import", form), 413, "body");
    });

    it("refuses text/plain, form-encoded and a missing content type on JSON routes, and anything but multipart or JSON on uploads, with 415", async () => {
      const client = await office();
      const body = JSON.stringify({ indicatorCode: "rd-intensity", period: "2024", value: 2.5 });
      const before = await count("data_values");
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        expectRefusal(await client.post("/api/values", body, { "content-type": type }), 415, "Content-Type");
      }
      // A string body with no content type: fetch labels it text/plain, so send bytes instead.
      const untyped = await client.post("/api/values", new TextEncoder().encode(body));
      expectRefusal(untyped, 415, "Content-Type");
      expect(untyped.body.error.messages.en).toContain("application/json");
      expectRefusal(await client.post("/api/rounds", body, { "content-type": "text/plain" }), 415, "Content-Type");
      const upload = await client.post("/api/values/import", "指标,地区\n", { "content-type": "text/csv" });
      expectRefusal(upload, 415, "Content-Type");
      expect(upload.body.error.messages.zh).toContain("multipart/form-data");
      expect(await count("data_values")).toBe(before);
    });
  });

  describe("malformed input: 400 naming the field", () => {
    it("refuses a NUL byte in a body string, a nested string, a key, a query and a path", async () => {
      const client = await office();
      const before = await count("data_values");
      expectRefusal(await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 2.5, note: "a\u0000b" }), 400, "note");
      expectRefusal(await client.post("/api/rounds", { title: "t", period: "2025", dueOn: "2027-01-01", indicatorCodes: ["gdp"], units: [{ kind: "place", code: "5001\u000006" }] }), 400, "units[0].code");
      expectRefusal(await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 2.5, "no\u0000te": "x" }), 400, "no\u0000te");
      expectRefusal(await client.get("/api/values?place=500106%00"), 400, "place");
      expectRefusal(await client.get("/api/plans/cq-sti-2021-2025%00/progress"), 400, "path");
      expect(await count("data_values")).toBe(before);
    });

    it("refuses ids past 2^31 − 1 in the path, the query and the body", async () => {
      const client = await office();
      expectRefusal(await client.get("/api/values/2147483648/history"), 400, "id");
      expectRefusal(await client.get("/api/values/99999999999999999999/history"), 400, "id");
      expectRefusal(await client.get("/api/submissions?round=3000000000"), 400, "round");
      expectRefusal(await client.post("/api/rounds/2147483648/submit", {}), 400, "id");
      expectRefusal(await client.post("/api/submissions/1/approve", { version: 2 ** 31 }), 400, "version");
      expectRefusal(await client.post("/api/statements/1/decisions", { action: "merge", into: 2 ** 40 }), 400, "into");
      // Within range, an unknown id is a plain 404.
      expect((await client.get("/api/values/2147483647/history")).status).toBe(404);
    });

    it("refuses a string past its field's length and any string past the request ceiling", async () => {
      const client = await office();
      const before = await count("data_values");
      const long = await client.post("/api/values", { indicatorCode: "rd-intensity", period: "2024", value: 2.5, note: "长".repeat(2001) });
      expectRefusal(long, 400, "note");
      expect(long.body.error.messages.zh).toContain("2000");
      expectRefusal(await client.post("/api/values", { indicatorCode: "x".repeat(200_000), period: "2024", value: 2.5 }), 400, "indicatorCode");
      expectRefusal(await client.get(`/api/values?period=${"9".repeat(3000)}`), 400, "period");
      expect(await count("data_values")).toBe(before);
    });

    it("refuses malformed JSON and nesting deeper than any request has", async () => {
      const client = await office();
      const send = (text: string) => client.post("/api/values", text, { "content-type": "application/json" });
      expectRefusal(await send("{not json"), 400, "body");
      expectRefusal(await send('{"value": 1,}'), 400, "body");
      const deep = await send(`{"note":${"[".repeat(5000)}${"]".repeat(5000)}}`);
      expect(deep.status).toBe(400);
      expect(deep.body.error.field).toMatch(/^note(\[0\])+$/);
    });
  });

  describe("concurrent first writes of one key", () => {
    const statuses = (replies: Reply[]) => replies.map((r) => r.status);
    const noServerError = (replies: Reply[]) => expect(replies.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([]);

    it("stores 20 simultaneous first entries of one value as one row with 20 revisions, never a 5xx", async () => {
      const client = await office();
      const key = { indicatorCode: "tech-smes", placeCode: SHAPINGBA, period: "2019" };
      const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => client.post("/api/values", { ...key, value: 1000 + i })));
      noServerError(replies);
      expect(statuses(replies).every((s) => s === 201 || s === 409)).toBe(true);
      const rows = await server.server.db.selectFrom("data_values").selectAll().where("indicator_code", "=", key.indicatorCode).where("place_code", "=", key.placeCode).where("period", "=", key.period).execute();
      expect(rows).toHaveLength(1);
      const stored = replies.filter((r) => r.status === 201).length;
      const revisions = await server.server.db.selectFrom("data_value_revisions").select("revision").where("data_value_id", "=", rows[0]!.id).execute();
      expect(revisions.map((r) => r.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: stored }, (_, i) => i + 1));
    });

    it("keeps one open draft when a reporter saves the same first figure 20 times at once", async () => {
      const client = await office();
      const round = await client.post("/api/rounds", { title: "并发草稿", period: "2025", dueOn: "2027-03-31", indicatorCodes: ["tech-smes"], units: [{ kind: "place", code: SHAPINGBA }] });
      expect(round.status).toBe(201);
      const reporter = await server.as({ username: "并发填报员", role: "reporter", scopes: [{ kind: "place", code: SHAPINGBA }] });
      const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => reporter.put(`/api/rounds/${round.body.id}/drafts`, { entries: [{ indicatorCode: "tech-smes", placeCode: SHAPINGBA, value: 3000 + i, explanation: "并发测试" }] })));
      noServerError(replies);
      expect(statuses(replies).every((s) => s === 200 || s === 409)).toBe(true);
      const open = await server.server.db.selectFrom("value_submissions").select("id").where("indicator_code", "=", "tech-smes").where("place_code", "=", SHAPINGBA).where("period", "=", "2025").where("state", "in", ["draft", "submitted"]).execute();
      expect(open).toHaveLength(1);
    });

    it("stores one row when the same long-format file is imported 20 times at once", async () => {
      const client = await office();
      const csv = "指标,地区,期间,数值,单位,备注\ntech-smes,500107,2018,4321,家,并发导入\n";
      const replies = await Promise.all(Array.from({ length: 20 }, () => {
        const form = new FormData();
        form.set("file", new File([csv], "并发.csv"));
        return client.post("/api/values/import", form);
      }));
      noServerError(replies);
      expect(statuses(replies).every((s) => s < 300 || s === 409), JSON.stringify(statuses(replies))).toBe(true);
      const rows = await server.server.db.selectFrom("data_values").select("id").where("indicator_code", "=", "tech-smes").where("place_code", "=", "500107").where("period", "=", "2018").execute();
      expect(rows).toHaveLength(1);
    });

    it("keeps one target when 20 requests accept the same statement at once, never a 5xx", async () => {
      const client = await office();
      const text = "重庆市并发测试行动方案（2024—2027年）\n\n一、主要目标\n到2027年，全市科技型企业达到6万家。\n";
      const imported = await client.post("/api/documents", { fileName: "并发.txt", contentBase64: Buffer.from(text).toString("base64"), code: "concurrent-review" });
      expect(imported.status, JSON.stringify(imported.body)).toBe(201);
      const statement = (await client.get("/api/plans/concurrent-review/review")).body.statements.find((s: { kind: string }) => s.kind !== "actual");
      const targetsBefore = await count("targets");
      const replies = await Promise.all(Array.from({ length: 20 }, () => client.post(`/api/statements/${statement.id}/decisions`, { action: "accept", indicatorCode: "tech-smes" })));
      noServerError(replies);
      expect(await count("targets")).toBe(targetsBefore + 1);
    });

    it("creates one account and one index when 20 requests ask for the same name at once; the others get 409 with a message", async () => {
      const admin = await server.admin();
      const accounts = await Promise.all(Array.from({ length: 20 }, () => admin.post("/api/users", { username: "同名账号", role: "leader", scopes: [], password: "correct-horse-battery-staple", mustChangePassword: false })));
      noServerError(accounts);
      expect(statuses(accounts).filter((s) => s === 201)).toHaveLength(1);
      for (const reply of accounts.filter((r) => r.status !== 201)) expectRefusal(reply, 409, "username");

      const client: ApiClient = await office();
      const template = (await client.get("/api/indices")).body[0];
      const definition = (await client.get(`/api/indices/${template.code}`)).body;
      const request = { code: "concurrent-index", nameZh: "并发指数", nameEn: "Concurrent", years: definition.years, nodes: definition.nodes, pipeline: definition.pipeline };
      const indices = await Promise.all(Array.from({ length: 20 }, () => client.post("/api/indices", request)));
      noServerError(indices);
      expect(statuses(indices).filter((s) => s === 201)).toHaveLength(1);
      for (const reply of indices.filter((r) => r.status !== 201)) expectRefusal(reply, 409, "code");
      expect(await server.server.db.selectFrom("index_definitions").select("code").where("code", "=", "concurrent-index").execute()).toHaveLength(1);
    });
  });
});
