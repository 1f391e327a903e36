/**
 * The OpenAPI document as other tools take it: the served document passes a strict validator
 * (@readme/openapi-parser) and Redocly's recommended lint rules, names every operation once,
 * describes every API route the server has, says truthfully who may call what and which errors come
 * back (checked by calling every operation signed out and signed in), and the checked-in client
 * types (contract/openapi.d.ts) are generated from it as served.
 */
import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { createApp } from "../server/app.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { METHODS } from "../server/openapi/document.ts";
import { API_TYPES_FILE, apiTypesSource } from "../scripts/api-types.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient } from "./testing/api-client.ts";

type Operation = { operationId?: string; security?: Record<string, string[]>[]; requestBody?: unknown; responses: Record<string, unknown> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, { in: string; name: string }>; schemas: Record<string, { type?: unknown; properties?: Record<string, unknown> }> } };

/**
 * Lint warnings accepted, each for a reason:
 * - info-license: the project is not published under a licence, and the document does not invent one;
 * - operation-4xx-response on public operations that take no input (health, this document, the
 *   session, the plan list, the catalogue lists): nothing a caller sends can make them fail.
 */
const ACCEPTED_WARNINGS = new Set([
  "info-license #/info",
  ...["/api/health", "/api/openapi.json", "/api/session", "/api/plans", "/api/indicators", "/api/bodies"].map((p) => `operation-4xx-response #/paths/${p.replaceAll("/", "~1")}/get/responses`),
]);

const operations = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method]! })));

/** A concrete URL for a path template: ids and codes that name nothing. */
const concrete = (path: string) => path.replace("{id}", "999999").replace(/\{\w+\}/g, "no-such-thing");

const database = TEST_DATABASES.find((d) => d.name === "pglite") ?? TEST_DATABASES[0]!;

describe("the OpenAPI document", () => {
  const server = useTestServer(database);
  let served: { doc: Document; text: string } | undefined;
  const document = async () => {
    if (!served) {
      const response = await fetch(`${server.url}/api/openapi.json`);
      expect(response.status).toBe(200);
      const text = await response.text();
      served = { doc: JSON.parse(text) as Document, text };
    }
    return served;
  };

  it("passes a strict validator", async () => {
    const { doc } = await document();
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("passes Redocly's recommended rules: no error, and only the warnings accepted above", async () => {
    const { text } = await document();
    const problems = await lintFromString({ source: text, absoluteRef: "openapi.json", config: await createConfig({ extends: ["recommended"] }) });
    const found = problems.map((p) => ({ severity: p.severity, rule: `${p.ruleId} ${p.location[0]?.pointer ?? ""}`, message: p.message }));
    expect(found.filter((p) => p.severity === "error")).toEqual([]);
    expect(found.filter((p) => !ACCEPTED_WARNINGS.has(p.rule))).toEqual([]);
  });

  it("gives every operation a unique camelCase operationId", async () => {
    const ids = operations((await document()).doc).map(({ op }) => op.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes every API route the server answers", async () => {
    const { doc } = await document();
    const documented = operations(doc).map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    const routes = createApp(server.server.db)
      .routes.filter((r) => r.path.startsWith("/api/") && !r.path.endsWith("*") && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect([...new Set(routes)].sort()).toEqual([...documented].sort());
  });

  it("declares the session cookie and the CSRF header as its security schemes", async () => {
    const { doc } = await document();
    expect(doc.components.securitySchemes).toMatchObject({ session: { type: "apiKey", in: "cookie", name: "kc_session" }, csrfToken: { type: "apiKey", in: "header", name: "X-CSRF-Token" } });
    const write = doc.paths["/api/values"]!.post!;
    expect(write.security).toEqual([{ session: [], csrfToken: [] }]);
    expect(doc.paths["/api/values"]!.get!.security).toEqual([{}, { session: [] }]);
    expect(doc.paths["/api/rounds"]!.get!.security).toEqual([{ session: [] }]);
  });

  it("keeps named shapes non-null and says where one may be null with anyOf", async () => {
    const { doc, text } = await document();
    const schemas = doc.components.schemas;
    expect(Object.entries(schemas).filter(([, s]) => JSON.stringify(s.type ?? "").includes("null")).map(([name]) => name)).toEqual([]);
    expect(text).not.toContain('"allOf"');
    expect(schemas.SessionResponse?.properties?.user).toEqual({ anyOf: [{ $ref: "#/components/schemas/UserResponse" }, { type: "null" }] });
  });

  /** Calls every operation with ids that name nothing and, for writes, an empty JSON body; each answer must be documented. */
  async function sweep(client: ApiClient, skip: string[] = []) {
    const answers: { call: string; status: number; documented: string[]; security: Operation["security"] }[] = [];
    for (const { path, method, op } of operations((await document()).doc)) {
      if (skip.includes(op.operationId!)) continue;
      const reply = await client.send(method.toUpperCase(), concrete(path), op.requestBody ? {} : undefined);
      answers.push({ call: `${op.operationId} ${method} ${path}`, status: reply.status, documented: Object.keys(op.responses), security: op.security });
    }
    return answers;
  }

  it("asks for sign-in exactly where it says so, and documents every answer the public gets", async () => {
    const answers = await sweep(server.anonymous());
    const undocumented = answers.filter((a) => !a.documented.includes(String(a.status)));
    expect(undocumented.map((a) => `${a.call} → ${a.status}`)).toEqual([]);
    const signInNeeded = (a: (typeof answers)[number]) => !a.security!.some((s) => Object.keys(s).length === 0);
    expect(answers.filter((a) => (a.status === 401) !== signInNeeded(a) && a.call.split(" ")[0] !== "signIn").map((a) => `${a.call} → ${a.status}`)).toEqual([]);
  });

  it("documents every answer a signed-in person gets to a request naming nothing or missing its input", async () => {
    const office = await server.as({ username: "文档核对", role: "plan_office" });
    // Signing out would end the sweep's own session.
    const answers = await sweep(office, ["signOut"]);
    expect(answers.filter((a) => !a.documented.includes(String(a.status))).map((a) => `${a.call} → ${a.status}`)).toEqual([]);
    expect(answers.some((a) => a.status === 401)).toBe(false);
  });

  it("is what the checked-in client types were generated from (else run `npm run api:types`)", async () => {
    const { doc } = await document();
    expect(await apiTypesSource(doc)).toBe(readFileSync(API_TYPES_FILE, "utf8"));
  });
});
