/**
 * Plan documents through the HTTP API on both databases: importing 003 and 000 from data/seeds
 * (multipart and JSON), refusing bad files with a zh/en message while storing nothing, the review
 * decisions with who took them, an accepted target on the plan's progress, and 规划衔接.
 */
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./test-server.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import type { StatementResponse } from "../contract/review.ts";
import { makeDocx } from "../server/files/testing/make-docx.ts";
import type { ApiClient } from "./testing/api-client.ts";
import { download, readSheets, rowsOf } from "./testing/table-download.ts";

const seed = (name: string) => readFileSync(new URL(`../data/seeds/${name}`, import.meta.url));

describe.each(TEST_DATABASES)("documents and review API on $name", (database) => {
  const server = useTestServer(database);
  let sti: string;
  let zone: string;


  // Each person of the plan office has an account; decisions are recorded in their names.
  const people = new Map<string, Promise<ApiClient>>();
  const person = (name: string) => {
    if (!people.has(name)) people.set(name, server.as({ username: name, role: "plan_office" }));
    return people.get(name)!;
  };
  const call = async (method: string, path: string, body?: unknown, user = "李四") => (await person(user)).send(method, path, body as FormData);
  const upload = (name: string, bytes: Uint8Array, extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.set("file", new File([Buffer.from(bytes)], name));
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return call("POST", "/api/documents", form, "规划处张三");
  };
  const counts = async () => {
    const plans = (await call("GET", "/api/plans")).body as unknown[];
    return plans.length;
  };
  const statements = async (code: string) => (await call("GET", `/api/plans/${code}/review`)).body.statements as StatementResponse[];
  const decide = (id: number, body: unknown, user = "李四") => call("POST", `/api/statements/${id}/decisions`, body, user);

  it("imports 003 by upload: metadata, outline and pending statements", async () => {
    const res = await upload("003_d7f53db3d6bb61e0.txt", seed("003_d7f53db3d6bb61e0.txt"));
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({ titleZh: "重庆市科技创新“十四五”规划(2021—2025年)", status: "pending_review", docNumber: "渝府发〔2022〕3号", periodStart: 2021, periodEnd: 2025, placeCode: "500000", issuedOn: "2022-01-05" });
    expect(res.body).toMatchObject({ chapters: 15, boxes: 27 });
    expect(res.body.statements.targets).toBeGreaterThan(50);
    // The seed plan carries the same 文号: the import warns that it may repeat it.
    expect(res.body.similar).toEqual([expect.objectContaining({ code: "cq-sti-2021-2025", match: "doc_number" })]);
    sti = res.body.plan.code;
    const review = (await call("GET", `/api/plans/${sti}/review`)).body;
    expect(review.plan.status).toBe("pending_review");
    expect(review.statements.every((s: StatementResponse) => s.state === "pending" && review.text.slice(s.start, s.end) === s.quote)).toBe(true);
    const listed = (await call("GET", "/api/plans")).body.find((p: { code: string }) => p.code === sti);
    expect(listed).toMatchObject({ status: "pending_review", targetCount: 0 });
    const decisions = (await call("GET", `/api/plans/${sti}/decisions`)).body;
    expect(decisions[0]).toMatchObject({ action: "import", decidedBy: "规划处张三" });
  });

  it("imports 000 as JSON under the city plan, and refuses the same file twice", async () => {
    const body = { fileName: "000_b0eb32551eef246d.txt", contentBase64: seed("000_b0eb32551eef246d.txt").toString("base64"), parentCode: sti };
    const res = await call("POST", "/api/documents", body);
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({ periodStart: 2023, periodEnd: 2027, placeCode: "cq-hitech-zone" });
    zone = res.body.plan.code;
    const again = await call("POST", "/api/documents", body);
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe("code");
  });

  it("exports the review list as .xlsx and CSV to those who may read it", async () => {
    const all = await statements(sti);
    const xlsx = await download(await person("李四"), `/api/plans/${sti}/review/export`);
    expect(xlsx.status).toBe(200);
    const rows = rowsOf((await readSheets(xlsx.bytes)).get("审核清单")!);
    expect(String(rows[0]![0])).toContain("指标审核清单");
    expect(rows[1]!.slice(0, 4)).toEqual(["编号", "类型", "状态", "指标（原文）"]);
    expect(rows.slice(2)).toHaveLength(all.length);
    expect(rows[2]).toEqual(expect.arrayContaining([all[0]!.id, "待审核", all[0]!.value]));
    const csv = await download(await person("李四"), `/api/plans/${sti}/review/export?format=csv&state=accepted`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes).trim().split("\r\n")).toHaveLength(1);
    expect((await download(server.anonymous(), `/api/plans/${sti}/review/export`)).status).toBe(401);
  });

  it("reads the same plan from GB18030 text, .docx and HTML", async () => {
    const text = "某区科技创新行动方案(2024—2026年)\n到2026年，科技型企业超过1200家，研发投入强度达到3%。";
    const html = `<html><body><div class="nav">首页</div><h1>某区科技创新行动方案(2024—2026年)</h1><p>到2026年，科技型企业超过1200家，研发投入强度达到3%。</p></body></html>`;
    const files: [string, Uint8Array][] = [["gb.txt", iconv.encode(text, "gb18030")], ["plan.docx", makeDocx(text)], ["plan.html", new TextEncoder().encode(html)]];
    for (const [name, bytes] of files) {
      const res = await upload(name, bytes, { code: `form-${name.replace(/\W/g, "-")}` });
      expect(res.status, name).toBe(201);
      expect(res.body.plan, name).toMatchObject({ titleZh: "某区科技创新行动方案(2024—2026年)", periodStart: 2024, periodEnd: 2026 });
      expect(res.body.statements.targets, name).toBe(2);
      const review = (await call("GET", `/api/plans/${res.body.plan.code}/review`)).body;
      expect(review.statements.map((s: StatementResponse) => [s.value, s.year]), name).toEqual([[1200, 2026], [3, 2026]]);
    }
  });

  it("refuses empty, binary, undecodable and damaged files with a message naming the file, storing nothing", async () => {
    const before = await counts();
    const cases: [string, Uint8Array, string][] = [
      ["empty.txt", new Uint8Array(), "文件为空"],
      ["binary.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0]), "二进制"],
      ["latin.txt", new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0x41, 0xff].slice(2)), "编码"],
      ["broken.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), ".docx"],
      ["plan.pdf", new TextEncoder().encode("%PDF-1.4"), ".pdf"],
    ];
    for (const [name, bytes, words] of cases) {
      const res = await upload(name, bytes);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
      expect(res.body.error.messages.zh, name).toContain(name);
      expect(res.body.error.messages.zh, name).toContain(words);
      expect(res.body.error.messages.en, name).toContain(name);
    }
    expect(await counts()).toBe(before);
  });

  it("accepts, edits, rejects and merges statements, recording who decided", async () => {
    const list = await statements(sti);
    const tech = list.find((s) => s.type === "target" && s.value === 45000 && s.indicatorText.includes("科技型企业"))!;
    const share = list.find((s) => s.type === "target" && s.kind === "level" && s.unit === "%")!;
    const misfit = await decide(share.id, { action: "accept", indicatorCode: "tech-smes" }, "赵六");
    expect(misfit.status).toBe(422);
    expect(misfit.body.error).toMatchObject({ field: "unit" });
    expect(misfit.body.error.messages.zh).toContain("科技型企业");
    const noLink = await decide(tech.id, { action: "accept" });
    expect(noLink.status).toBe(422);
    expect(noLink.body.error.field).toBe("indicatorCode");
    const accepted = await decide(tech.id, { action: "accept", indicatorCode: "tech-smes" }, "赵六");
    expect(accepted.status).toBe(200);
    expect(accepted.body.statement).toMatchObject({ state: "accepted", indicatorCode: "tech-smes" });
    expect(accepted.body.decision).toMatchObject({ action: "accept", decidedBy: "赵六" });

    const progress = (await call("GET", `/api/plans/${sti}/progress`)).body;
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ indicatorCode: "tech-smes", target: { value: 45000, year: 2025 }, latest: { value: 58524, year: 2023 }, status: "achieved", source: { start: tech.start, end: tech.end, quote: tech.quote } });

    const badEdit = await decide(tech.id, { action: "edit", changes: { year: "soon" } });
    expect(badEdit.status).toBe(422);
    expect(badEdit.body.error.field).toBe("changes.year");
    const edited = await decide(tech.id, { action: "edit", changes: { value: 46000 } });
    expect(edited.body.statement.value).toBe(46000);
    expect((await call("GET", `/api/plans/${sti}/progress`)).body[0].target.value).toBe(46000);

    const rejected = await decide(tech.id, { action: "reject" });
    expect(rejected.body.statement).toMatchObject({ state: "rejected", targetId: null });
    expect((await call("GET", `/api/plans/${sti}/progress`)).body).toHaveLength(0);

    const [a, b] = list.filter((s) => s.state === "pending" && s.id !== tech.id);
    const merged = await decide(a!.id, { action: "merge", into: b!.id });
    expect(merged.body.statement).toMatchObject({ state: "merged", mergedInto: b!.id });
    const self = await decide(b!.id, { action: "merge", into: b!.id });
    expect(self.body.error.field).toBe("into");

    const decisions = (await call("GET", `/api/plans/${sti}/decisions`)).body as { action: string; decidedBy: string; statementId: number }[];
    expect(decisions.filter((d) => d.statementId === tech.id).map((d) => [d.action, d.decidedBy])).toEqual([["accept", "赵六"], ["edit", "李四"], ["reject", "李四"]]);
    // The same decisions in the audit log, newest first, with the state before and after.
    const audit = (await call("GET", `/api/audit?entity=statement&entityId=${tech.id}`)).body as { action: string; actor: string; before: { state: string }; after: { state: string } }[];
    expect(audit.map((a) => [a.action, a.actor, a.before.state, a.after.state])).toEqual([["reject", "李四", "accepted", "rejected"], ["edit", "李四", "accepted", "accepted"], ["accept", "赵六", "pending", "accepted"]]);
  });

  it("turns an accepted actual into an approved data value from the span, and takes it back on reject", async () => {
    const list = await statements(sti);
    const actual = list.find((s) => s.type === "actual" && s.state === "pending" && s.year !== null && s.unit === "家")!;
    const made = await decide(actual.id, { action: "create_indicator", indicator: { code: "test-count", nameZh: actual.indicatorText, nameEn: "Test count", unit: "家", measure: "count" } });
    expect(made.body.statement.indicatorCode).toBe("test-count");
    const accepted = await decide(actual.id, { action: "accept" });
    expect(accepted.status).toBe(200);
    const values = (await call("GET", "/api/values?indicator=test-count")).body;
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ value: actual.value, status: "approved", source: { kind: "document", start: actual.start, end: actual.end, quote: actual.quote } });
    await decide(actual.id, { action: "reject" });
    expect((await call("GET", "/api/values?indicator=test-count")).body).toHaveLength(0);
    const dup = await decide(actual.id, { action: "create_indicator", indicator: { code: "test-count", nameZh: "x", nameEn: "x", unit: "家", measure: "count" } });
    expect(dup.status).toBe(409);
  });

  it("restores the value an accepted actual replaced when it is rejected", async () => {
    const seedValue = (await call("POST", "/api/values", { indicatorCode: "tech-smes", period: "2020", value: 26000 }, "统计局")).body;
    const baseline = (await statements(sti)).find((s) => s.type === "actual" && s.value === 26371 && s.year === 2020)!;
    expect((await decide(baseline.id, { action: "accept", indicatorCode: "tech-smes" })).status).toBe(200);
    const replaced = (await call("GET", "/api/values?indicator=tech-smes&period=2020")).body[0];
    expect(replaced).toMatchObject({ id: seedValue.id, value: 26371, source: { kind: "document", start: baseline.start, end: baseline.end } });
    await decide(baseline.id, { action: "reject" });
    const restored = (await call("GET", "/api/values?indicator=tech-smes&period=2020")).body[0];
    expect(restored).toMatchObject({ id: seedValue.id, value: 26000, source: seedValue.source });
    const history = (await call("GET", `/api/values/${seedValue.id}/history`)).body as { changedBy: string; value: number }[];
    expect(history.map((h) => [h.changedBy, h.value])).toEqual([["统计局", 26000], ["李四", 26371], ["李四", 26000]]);
  });

  it("marks the plan reviewed only when confirmed, and not while statements are pending unless told to close them", async () => {
    const unconfirmed = await call("POST", `/api/plans/${zone}/review/complete`, {}, "王五");
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.error.field).toBe("confirm");
    const pending = (await statements(zone)).filter((s) => s.state === "pending").length;
    expect(pending).toBeGreaterThan(0);
    const refused = await call("POST", `/api/plans/${zone}/review/complete`, { confirm: true }, "王五");
    expect(refused.status).toBe(409);
    expect(refused.body.error.messages.zh).toContain(`${pending} 条语句待审核`);
    expect((await statements(zone)).filter((s) => s.state === "pending")).toHaveLength(pending);

    const res = await call("POST", `/api/plans/${zone}/review/complete`, { confirm: true, closePending: "reject" }, "王五");
    expect(res.body).toMatchObject({ action: "complete", decidedBy: "王五" });
    expect((await statements(zone)).filter((s) => s.state === "pending")).toHaveLength(0);
    const closings = ((await call("GET", `/api/plans/${zone}/decisions`)).body as { action: string; decidedBy: string; after: { closedAtCompletion?: boolean } }[]).filter((d) => d.after?.closedAtCompletion);
    expect(closings).toHaveLength(pending);
    expect(closings.every((d) => d.action === "reject" && d.decidedBy === "王五")).toBe(true);
    expect((await call("GET", "/api/plans")).body.find((p: { code: string }) => p.code === zone).status).toBe("active");
    expect((await call("GET", "/api/plans")).body.find((p: { code: string }) => p.code === "cq-sti-2021-2025").status).toBe("active");
    expect((await call("POST", `/api/plans/${zone}/review/complete`, { confirm: true }, "王五")).status).toBe(409);
  });

  it("refuses imports and decisions from the signed out, leaders and reporters", async () => {
    const anyone = server.anonymous();
    const leader = await server.as({ username: "领导甲", role: "leader" });
    const reporter = await server.as({ username: "沙坪坝填报", role: "reporter", scopes: [{ kind: "place", code: "500106" }] });
    const form = () => {
      const f = new FormData();
      f.set("file", new File([Buffer.from(seed("001_183537f7fb0cdf0e.txt"))], "001_183537f7fb0cdf0e.txt"));
      return f;
    };
    const before = await counts();
    expect((await anyone.post("/api/documents", form())).status).toBe(401);
    expect((await leader.post("/api/documents", form())).status).toBe(403);
    expect((await reporter.post("/api/documents", form())).status).toBe(403);
    const id = (await statements(sti))[0]!.id;
    expect((await anyone.post(`/api/statements/${id}/decisions`, { action: "reject" })).status).toBe(401);
    expect((await leader.post(`/api/statements/${id}/decisions`, { action: "reject" })).status).toBe(403);
    expect(await counts()).toBe(before);
    // The public does not see a plan still under review.
    expect((await anyone.get(`/api/plans/${sti}`)).status).toBe(404);
    expect((await anyone.get("/api/plans")).body.some((p: { code: string }) => p.code === sti)).toBe(false);
    expect((await anyone.get(`/api/plans/${sti}/review`)).status).toBe(401);
  });

  it("aligns the zone's action plan with the city's five-year plan", async () => {
    const res = await call("GET", "/api/plans/cq-sti-2021-2025/alignment?with=cq-hitech-2023-2027");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lowerPlan: "cq-hitech-2023-2027", higherPlan: "cq-sti-2021-2025", placeRelation: "part" });
    const rd = res.body.rows.find((r: { indicatorCode: string }) => r.indicatorCode === "rd-intensity");
    expect(rd).toMatchObject({ verdict: "more_ambitious", basis: "projected_level" });
    const smes = res.body.rows.filter((r: { indicatorCode: string }) => r.indicatorCode === "tech-smes");
    expect(smes.map((r: { verdict: string }) => r.verdict).sort()).toEqual(["more_ambitious", "not_comparable"]);
    expect(res.body.onlyLower).toContain("hitech-enterprises");
    expect((await call("GET", "/api/plans/cq-sti-2021-2025/alignment?with=nope")).status).toBe(404);
  });

  it("describes the new routes in the OpenAPI document", async () => {
    const doc = (await call("GET", "/api/openapi.json")).body;
    for (const path of ["/api/documents", "/api/plans/{code}/review", "/api/statements/{id}/decisions", "/api/plans/{code}/alignment", "/api/plans/{code}/outline"]) expect(doc.paths[path], path).toBeDefined();
  });

  it("withdraws an imported plan: gone from the lists and the public, kept with who and why", async () => {
    const extra = await upload("gb-copy.txt", iconv.encode("某区科技创新行动方案(2024—2026年)\n到2026年，科技型企业超过1300家。", "gb18030"), { code: "to-withdraw" });
    expect(extra.status).toBe(201);
    expect(extra.body.similar.map((p: { match: string }) => p.match)).toContain("title");
    const leader = await server.as({ username: "领导丙", role: "leader" });
    expect((await leader.post("/api/plans/to-withdraw/withdraw", { reason: "重复导入" })).status).toBe(403);
    const done = await call("POST", "/api/plans/to-withdraw/withdraw", { reason: "重复导入" }, "王五");
    expect(done.body).toEqual({ code: "to-withdraw", status: "withdrawn" });
    expect((await call("GET", "/api/plans")).body.some((p: { code: string }) => p.code === "to-withdraw")).toBe(false);
    expect((await call("POST", "/api/plans/to-withdraw/withdraw", { reason: "again" }, "王五")).status).toBe(409);
    const audit = (await call("GET", "/api/audit?entity=plan&entityId=to-withdraw")).body;
    expect(audit[0]).toMatchObject({ action: "withdraw", actor: "王五", reason: "重复导入" });
  });
});
