/**
 * Importing a government work report through the HTTP API on both databases: recognised as a report
 * of 2023 (kind and year in the import, the plan list and the review), its outline's parts and
 * closing address; an accepted target becomes a 2023 target and an accepted actual a 2022 data value
 * with the statement as source; correcting the report's year moves the pending statements it dated
 * and nothing else, recorded with who did it; the review completes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StatementResponse } from "../contract/review.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient } from "./testing/api-client.ts";

const FILE = "gwr-2023-state-council.txt";
const bytes = readFileSync(new URL(`../fixtures/devset/text/${FILE}`, import.meta.url));
const measureOf = (unit: string) => (unit === "元" ? "amount" : "count");

describe.each(TEST_DATABASES)("importing a government work report on $name", (database) => {
  const server = useTestServer(database);
  let office: ApiClient;
  let code: string;
  const statements = async () => (await office.get(`/api/plans/${code}/review`)).body.statements as StatementResponse[];
  const decide = (id: number, body: unknown) => office.post(`/api/statements/${id}/decisions`, body as never);

  it("recognises a report of 2023 at import, with its parts and closing address", async () => {
    office = await server.as({ username: "规划处王五", role: "plan_office" });
    const res = await office.post("/api/documents", { fileName: FILE, contentBase64: bytes.toString("base64") });
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({ documentKind: "report", documentYear: 2023, periodStart: 2022, periodEnd: 2023, status: "pending_review" });
    expect(res.body).toMatchObject({ parts: 2, closing: true, chapters: 0 });
    code = res.body.plan.code;
    expect(code).toMatch(/^report-2023-/);
    expect((await office.get("/api/plans")).body.find((p: { code: string }) => p.code === code)).toMatchObject({ documentKind: "report", documentYear: 2023 });
    expect((await office.get(`/api/plans/${code}`)).body).toMatchObject({ documentKind: "report", documentYear: 2023 });
    // The seed plans stay plans.
    expect((await office.get("/api/plans/cq-sti-2021-2025")).body.documentKind).toBe("plan");
    const review = (await office.get(`/api/plans/${code}/review`)).body;
    expect(review.plan).toMatchObject({ documentKind: "report", documentYear: 2023 });
    expect(review.outline.nodes.at(-1)).toMatchObject({ kind: "closing" });
    // This year's goals are 2023's, last year's results 2022's.
    const list = review.statements as StatementResponse[];
    expect(list.filter((s) => s.type === "target" && s.year === 2023).length).toBeGreaterThan(0);
    expect(list.filter((s) => s.type === "actual" && s.year === 2022).length).toBeGreaterThan(list.filter((s) => s.type === "actual").length / 2);
    const decisions = (await office.get(`/api/plans/${code}/decisions`)).body;
    expect(decisions[0]).toMatchObject({ action: "import", decidedBy: "规划处王五", after: { documentKind: "report", documentYear: 2023 } });
  });

  it("turns an accepted target into a 2023 target and an accepted actual into a 2022 value sourced from the statement", async () => {
    const list = await statements();
    const target = list.find((s) => s.type === "target" && s.year === 2023 && s.unit !== "%" && (s.kind === "increment" || s.kind === "level"))!;
    const actual = list.find((s) => s.type === "actual" && s.year === 2022 && s.kind === "level" && s.unit !== "" && s.unit !== "%")!;
    expect(target).toBeDefined();
    expect(actual).toBeDefined();
    for (const [s, code] of [[target, "report-target"], [actual, "report-actual"]] as const) {
      const made = await decide(s.id, { action: "create_indicator", indicator: { code, nameZh: s.indicatorText, nameEn: code, unit: s.unit, measure: measureOf(s.unit) } });
      expect(made.status, code).toBe(200);
      const accepted = await decide(s.id, { action: "accept" });
      expect(accepted.status, code).toBe(200);
      expect(accepted.body.decision).toMatchObject({ action: "accept", decidedBy: "规划处王五" });
    }
    const progress = (await office.get(`/api/plans/${code}/progress`)).body;
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ indicatorCode: "report-target", target: { value: target.value, year: 2023 }, source: { start: target.start, end: target.end, quote: target.quote } });
    const values = (await office.get("/api/values?indicator=report-actual")).body;
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ period: "2022", value: actual.value, status: "approved", source: { kind: "document", start: actual.start, end: actual.end, quote: actual.quote } });
  });

  it("moves the pending statements the report dated when its year is corrected, and keeps decided ones", async () => {
    const before = await statements();
    const leader = await server.as({ username: "领导乙", role: "leader" });
    expect((await leader.patch(`/api/plans/${code}/document`, { kind: "report", year: 2024 })).status).toBe(403);
    expect((await server.anonymous().patch(`/api/plans/${code}/document`, { kind: "report", year: 2024 })).status).toBe(401);
    const noYear = await office.patch(`/api/plans/${code}/document`, { kind: "report", year: null });
    expect(noYear.status).toBe(422);
    expect(noYear.body.error.field).toBe("year");

    const res = await office.patch(`/api/plans/${code}/document`, { kind: "report", year: 2024 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ documentKind: "report", documentYear: 2024, periodStart: 2023, periodEnd: 2024, decision: { action: "classify", decidedBy: "规划处王五" } });
    const after = new Map((await statements()).map((s) => [s.id, s]));
    const moved = new Map((res.body.movedStatements as { id: number; from: number; to: number }[]).map((m) => [m.id, m]));
    for (const s of before) {
      const now = after.get(s.id)!;
      const dated = s.state === "pending" && s.year === (s.type === "target" ? 2023 : 2022);
      expect(now.year, `${s.id} ${s.quote}`).toBe(dated ? s.year! + 1 : s.year);
      expect(moved.has(s.id)).toBe(dated);
    }
    // The accepted target and value keep their years.
    expect((await office.get(`/api/plans/${code}/progress`)).body[0].target.year).toBe(2023);
    expect((await office.get("/api/values?indicator=report-actual")).body[0].period).toBe("2022");
    const audit = (await office.get(`/api/audit?entity=plan&entityId=${code}`)).body;
    expect(audit[0]).toMatchObject({ action: "classify", actor: "规划处王五", before: { documentYear: 2023 }, after: { documentYear: 2024 } });

    // Corrected back, every statement has the year it was imported with.
    await office.patch(`/api/plans/${code}/document`, { kind: "report", year: 2023 });
    expect((await statements()).map((s) => [s.id, s.year])).toEqual(before.map((s) => [s.id, s.year]));
    expect((await office.get(`/api/plans/${code}`)).body).toMatchObject({ documentKind: "report", documentYear: 2023, periodStart: 2022, periodEnd: 2023 });
  });

  it("completes the review: the report's target and value stay", async () => {
    const done = await office.post(`/api/plans/${code}/review/complete`, { confirm: true, closePending: "reject" });
    expect(done.status).toBe(200);
    expect((await office.get("/api/plans")).body.find((p: { code: string }) => p.code === code)).toMatchObject({ status: "active", documentKind: "report", targetCount: 1 });
    expect((await office.get(`/api/plans/${code}/progress`)).body[0].target.year).toBe(2023);
    expect((await office.get("/api/values?indicator=report-actual")).body[0]).toMatchObject({ period: "2022", status: "approved" });
  });
});
