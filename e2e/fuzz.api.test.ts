/**
 * Property-based fuzz of the HTTP API (fast-check): every JSON route the served OpenAPI document lists,
 * and every import format (long-format values as CSV and .xlsx, COINr index tables, plan documents),
 * fed hostile input — wrong types, huge and fractional numbers, NUL, deep nesting, long strings,
 * unicode, random bytes, bodies shaped like the schema with hostile leaves. Whatever comes in: never a
 * 5xx, never a crash, every refusal names what is wrong, and a refused request stores nothing.
 * Runs on PGlite with the full budget and on PostgreSQL with a smaller one.
 */
import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { writeXlsx } from "../server/spreadsheets/write-spreadsheet.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient, Reply } from "./testing/api-client.ts";

type Schema = Record<string, any>;
type Operation = { method: string; path: string; op: Schema };
type Request = { method: string; path: string; body?: unknown; raw?: string };

/** Where a refused request could have written: if none of these counts moves, nothing was stored. */
const TABLES = ["audit_log", "data_values", "data_value_revisions", "value_submissions", "import_batches", "users", "reporting_rounds", "plans", "documents", "statements", "targets", "review_decisions", "index_definitions", "index_datasets", "indicators"];

/** Session routes would sign the fuzzing administrator out or lock its name; they have their own tests. */
const SKIPPED = [/^\/api\/session/];

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  '<img src=x onerror="window.__xss=1">',
  "<script>window.__xss=1</script>",
  "'; DROP TABLE users; --",
  "%00",
  "../../etc/passwd",
  "\uD800",
  "𠀀𠀁😀",
  "\u202E\u200B",
  "NaN",
  "1e309",
  "-0",
  "2147483648",
  "x".repeat(5000),
  "长".repeat(2001),
  "y".repeat(100_001),
  "=cmd|' /C calc'!A0",
  "rd-intensity",
  "tech-smes",
  "500106",
  "2024",
  "2025Q3",
  "cq-sti-2021-2025",
  "district-innovation",
];
const HOSTILE_NUMBERS = [0, -1, 1, 0.5, -0, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 1e300, -1e300, 5e-324, 1e21];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));
const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer({ min: -5, max: 60 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
/** Arbitrary JSON with the hostile leaves, nested at most a few levels (the deep case is its own). */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 3 }),
  ),
})).value;
const deepJson = fc.integer({ min: 30, max: 3000 }).map((depth) => JSON.parse(`${"[".repeat(depth)}1${"]".repeat(depth)}`));

function resolve(schema: Schema, doc: Schema): Schema {
  let s = schema;
  for (let i = 0; s?.$ref && i < 20; i++) s = doc.components.schemas[s.$ref.split("/").pop()];
  return s ?? {};
}

/** Values shaped like the schema (the right keys, mostly the right types) with hostile leaves, or junk. */
function shaped(schema: Schema, doc: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const alternatives = s.anyOf ?? s.oneOf;
  const junk = depth > 4 ? hostileString : hostileJson;
  let arb: fc.Arbitrary<unknown>;
  if (alternatives) arb = fc.oneof(...alternatives.map((a: Schema) => shaped(a, doc, depth + 1)));
  else if (s.const !== undefined) arb = fc.constant(s.const);
  else if (s.enum) arb = fc.constantFrom(...s.enum);
  else {
    const type = [s.type ?? "string"].flat()[0];
    if (type === "object") {
      const properties = Object.entries(s.properties ?? {}) as [string, Schema][];
      if (properties.length === 0 || depth > 4) return hostileJson;
      arb = fc.record(Object.fromEntries(properties.map(([k, v]) => [k, shaped(v, doc, depth + 1)])), { requiredKeys: (s.required ?? []).filter((k: string) => s.properties?.[k]) });
    } else if (type === "array") arb = fc.array(shaped(s.items ?? {}, doc, depth + 1), { maxLength: 3 });
    else if (type === "integer" || type === "number") arb = hostileNumber;
    else if (type === "boolean") arb = fc.boolean();
    else if (type === "null") arb = fc.constant(null);
    else arb = hostileString;
  }
  return fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: junk });
}

/** A path segment or query value as sent: hostile text, hostile numbers, or a real code (within the URL length Node accepts). */
const fitsUrl = (s: string) => {
  try {
    return encodeURIComponent(s).length <= 2500;
  } catch {
    return false; // a lone surrogate has no UTF-8 form to put in a URL
  }
};
const urlValue = fc.oneof(hostileString.filter(fitsUrl), hostileNumber.map(String), fc.constantFrom("1", "2", "99999999999999999999", "-1", "1.5", "1e3"));

function requestFor({ method, path, op }: Operation, doc: Schema): fc.Arbitrary<Request> {
  const params = (op.parameters ?? []) as Schema[];
  const pathArb = fc.record(Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, urlValue]))) as fc.Arbitrary<Record<string, string>>;
  const queryArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...params.filter((p) => p.in === "query").map((p) => p.name), "x"), hostileString.filter(fitsUrl)), urlValue), { maxLength: 4 });
  const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
  const bodyArb: fc.Arbitrary<Pick<Request, "body" | "raw">> = bodySchema
    ? fc.oneof(
        { weight: 6, arbitrary: shaped(bodySchema, doc).map((body) => ({ body })) },
        { weight: 1, arbitrary: deepJson.map((body) => ({ body })) },
        { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("{", '{"a":1,}', "[1,2", "nul", "\u0000", '{"a":"\\u0000"}')).map((raw) => ({ raw })) },
      )
    : fc.constant({});
  return fc.record({ pathValues: pathArb, query: queryArb, body: bodyArb }).map(({ pathValues, query, body }) => {
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathValues[name] ?? "1")));
    const search = new URLSearchParams(query.map(([k, v]) => [k, String(v)])).toString();
    return { method, path: filled + (search ? `?${search}` : ""), ...body };
  });
}

describe.each(TEST_DATABASES)("fuzzed API on $name", (database) => {
  const server = useTestServer(database);
  const runs = (pglite: number) => (database.name === "pglite" ? pglite : Math.ceil(pglite / 3));

  const snapshot = async () => {
    const selects = TABLES.map((t) => sql`(SELECT count(*) FROM ${sql.table(t)})`);
    const { rows } = await sql<{ counts: string }>`SELECT concat_ws(',', ${sql.join(selects)}) AS counts`.execute(server.server.db);
    return rows[0]!.counts;
  };

  /** Sends one fuzzed request and checks the properties every answer must have. */
  async function check(send: () => Promise<Reply>, what: string): Promise<void> {
    const before = await snapshot();
    const reply = await send();
    const label = `${what} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`;
    expect(reply.status, label).toBeLessThan(500);
    if (reply.status >= 400) {
      const error = reply.body?.error;
      expect(error?.field || error?.message, label).toBeTruthy();
      expect(error.messages.zh, label).toBeTruthy();
      expect(error.messages.en, label).toBeTruthy();
      expect(await snapshot(), `${label}: a refused request stored something`).toBe(before);
    }
  }

  it("answers every JSON route's hostile params, queries and bodies below 500, naming what is wrong, storing nothing when it refuses", async () => {
    const client = await server.admin();
    const doc = (await client.get("/api/openapi.json")).body as Schema;
    const operations: Operation[] = Object.entries(doc.paths as Record<string, Schema>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    const fuzzed = operations.filter((o) => !SKIPPED.some((p) => p.test(o.path)));
    expect(fuzzed.length).toBeGreaterThan(30);
    const arb = fc.constantFrom(...fuzzed).chain((o) => requestFor(o, doc));
    await fc.assert(
      fc.asyncProperty(arb, (r) =>
        check(() => (r.raw !== undefined ? client.send(r.method, r.path, r.raw, { "content-type": "application/json" }) : client.send(r.method, r.path, r.body as never)), `${r.method} ${r.path}`),
      ),
      { numRuns: runs(fuzzed.length * 8), endOnFailure: true },
    );
    expect((await client.get("/api/health")).status).toBe(200);
  }, 240_000);

  const file = (bytes: Uint8Array | string, name: string) => {
    const form = new FormData();
    form.set("file", new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name));
    return form;
  };
  const cell = fc.oneof(hostileString, hostileNumber, fc.constant(null));
  const LONG_HEADER = ["指标", "地区", "期间", "数值", "单位", "备注"];
  const csvOf = (rows: unknown[][]) => rows.map((r) => r.map((c) => `"${String(c ?? "").replace(/"/g, '""')}"`).join(",")).join("\n");

  it("refuses hostile long-format value files (random bytes, CSV and .xlsx with hostile cells) below 500, storing nothing", async () => {
    const client = await server.office();
    const rows = fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 6 });
    const upload = fc.oneof(
      fc.tuple(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("a.csv", "a.xlsx", "a.xls", "a.txt", "a")).map(([bytes, name]) => async () => file(bytes, name)),
      fc.tuple(fc.boolean(), rows).map(([header, body]) => async () => file(csvOf(header ? [LONG_HEADER, ...body] : body), "数据.csv")),
      fc.tuple(fc.boolean(), rows).map(([header, body]) => async () => {
        const columns = LONG_HEADER.map((h, i) => ({ header: header ? h : String(i), key: String(i) }));
        const data = body.map((r) => Object.fromEntries(r.map((c, i) => [String(i), c === null || typeof c === "number" ? c : String(c).slice(0, 1000)])));
        return file(await writeXlsx([{ name: "数据", columns, rows: data as never }]), "数据.xlsx");
      }),
    );
    await fc.assert(
      fc.asyncProperty(upload, async (make) => {
        const form = await make();
        await check(() => client.post("/api/values/import", form), "values import");
      }),
      { numRuns: runs(60), endOnFailure: true },
    );
  }, 240_000);

  it("refuses hostile COINr index tables below 500, storing nothing", async () => {
    const client = await server.office();
    const table = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.tuple(fc.constantFrom("uCode,uName,x1,x2", "iCode,iName,Level,Parent,Direction,Weight,Type", "uCode", ""), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 5 })).map(([head, body]) => `${head}\n${csvOf(body)}`),
    );
    const request = fc.record({ code: fc.oneof(fc.constantFrom("fuzz-index", "district-innovation"), hostileString), nameZh: hostileString, iData: table, iMeta: table, sample: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(request, (body) => check(() => client.post("/api/indices/import", body), "index import")),
      { numRuns: runs(60), endOnFailure: true },
    );
  }, 240_000);

  it("answers hostile plan documents (random bytes, hostile text, as .txt, .docx, .html) below 500", async () => {
    const client = await server.office();
    const content = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: "grapheme", maxLength: 500 }), fc.constantFrom("PK\u0003\u0004garbage", "<html><body><script>x</script>" + "<div>".repeat(500), "\u0000\u0000"));
    const upload = fc.tuple(content, fc.constantFrom("plan.txt", "plan.docx", "plan.html", "plan.htm", "plan", "plan.pdf"));
    await fc.assert(
      fc.asyncProperty(upload, ([bytes, name]) => check(() => client.post("/api/documents", file(bytes, name)), `document ${name}`)),
      { numRuns: runs(40), endOnFailure: true },
    );
  }, 240_000);
});
