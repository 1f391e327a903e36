/**
 * The reporting loop through the HTTP API, on both databases: the office opens a round; district
 * reporters see what is asked of them, save drafts and submit; scope, role and sign-in are enforced
 * (403, 401) with nothing changed; a reviewer returns one figure with a comment and approves another;
 * a stale approval gets 409; only approved figures reach monitoring and only published ones the
 * public; an approved figure is withdrawn, never deleted; five wrong passwords throttle a sign-in;
 * a change beyond ±50 % is named by its code and entry until it is explained.
 */
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import type { Assignment, RoundDetail, SubmissionResponse } from "../contract/reporting.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient } from "./testing/api-client.ts";
import { download, readSheets, rowsOf } from "./testing/table-download.ts";

const SHAPINGBA = "500106";
const JIULONGPO = "500107";

describe.each(TEST_DATABASES)("reporting API on $name", (database) => {
  const server = useTestServer(database);
  let round: RoundDetail;
  let shapingba: ApiClient;
  let jiulongpo: ApiClient;
  let reviewer: ApiClient;
  let leader: ApiClient;

  const submissionsOf = async (client: ApiClient, state?: SubmissionResponse["state"]) =>
    (await client.api.GET("/api/submissions", { params: { query: { round: round.id, state } } })).data!;

  it("lets the plan office open a round for two districts, and no one else", async () => {
    const office = await server.office();
    shapingba = await server.as({ username: "沙坪坝区填报员", role: "reporter", scopes: [{ kind: "place", code: SHAPINGBA }] });
    jiulongpo = await server.as({ username: "九龙坡区填报员", role: "reporter", scopes: [{ kind: "place", code: JIULONGPO }] });
    reviewer = await server.as({ username: "沙坪坝区审核员", role: "reviewer", scopes: [{ kind: "place", code: SHAPINGBA }] });
    leader = await server.as({ username: "领导", role: "leader" });
    const body = { title: "2025年度创新报表", period: "2025", dueOn: "2027-03-31", indicatorCodes: ["tech-smes", "rd-expenditure", "gdp", "rd-intensity"], units: [{ kind: "place" as const, code: SHAPINGBA }, { kind: "place" as const, code: JIULONGPO }] };
    expect((await leader.api.POST("/api/rounds", { body })).response.status).toBe(403);
    expect((await shapingba.api.POST("/api/rounds", { body })).response.status).toBe(403);
    expect((await server.anonymous().api.POST("/api/rounds", { body })).response.status).toBe(401);
    const wrong = await office.api.POST("/api/rounds", { body: { ...body, period: "2025Q3" } });
    expect(wrong.response.status).toBe(422);
    expect(wrong.error?.error.field).toBe("indicatorCodes[0]");
    const created = await office.api.POST("/api/rounds", { body });
    expect(created.response.status).toBe(201);
    round = created.data!;
    expect(round).toMatchObject({ period: "2025", status: "open", indicatorCount: 4, unitCount: 2 });
    expect((await office.api.GET("/api/rounds")).data!.map((r) => r.id)).toContain(round.id);
  });

  it("shows each reporter what is asked of their district only, with last period's figure", async () => {
    const asked = (await shapingba.api.GET("/api/rounds/{id}/assignments", { params: { path: { id: round.id } } })).data!;
    expect(asked).toHaveLength(4);
    expect(new Set(asked.map((a) => a.placeCode))).toEqual(new Set([SHAPINGBA]));
    expect(asked.find((a) => a.indicatorCode === "rd-expenditure")).toMatchObject({ displayUnit: "亿元", previous: null, submission: null });
    const rounds = (await shapingba.api.GET("/api/rounds")).data!;
    expect(rounds.map((r) => r.id)).toEqual([round.id]);
  });

  it("refuses a 沙坪坝区 reporter writing for 九龙坡区 (403), the signed out (401) and a leader (403), changing nothing", async () => {
    const entry = { indicatorCode: "tech-smes", placeCode: JIULONGPO, value: 900 };
    const cross = await shapingba.put(`/api/rounds/${round.id}/drafts`, { entries: [{ ...entry, placeCode: SHAPINGBA }, entry] });
    expect(cross.status).toBe(403);
    expect(cross.body.error.field).toBe("entries[1].placeCode");
    expect(cross.body.error.messages.zh).toContain("不在您的填报范围内");
    expect((await server.anonymous().put(`/api/rounds/${round.id}/drafts`, { entries: [entry] })).status).toBe(401);
    expect((await leader.put(`/api/rounds/${round.id}/drafts`, { entries: [entry] })).status).toBe(403);
    expect((await reviewer.put(`/api/rounds/${round.id}/drafts`, { entries: [{ ...entry, placeCode: SHAPINGBA }] })).status).toBe(403);
    expect(await submissionsOf(await server.office())).toEqual([]);
  });

  it("refuses a ratio that disagrees with its parts, listing every problem, and saves a consistent set", async () => {
    const entries = [
      { indicatorCode: "tech-smes", placeCode: SHAPINGBA, value: 1200 },
      { indicatorCode: "rd-expenditure", placeCode: SHAPINGBA, value: 50 },
      { indicatorCode: "gdp", placeCode: SHAPINGBA, value: 1000 },
      { indicatorCode: "rd-intensity", placeCode: SHAPINGBA, value: 4.0 },
    ];
    const bad = await shapingba.put(`/api/rounds/${round.id}/drafts`, { entries });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toContain("value");
    expect(bad.body.error.messages.zh).toContain("未保存任何数据");
    expect(await submissionsOf(shapingba)).toEqual([]);
    const good = await shapingba.put(`/api/rounds/${round.id}/drafts`, { entries: entries.map((e) => (e.indicatorCode === "rd-intensity" ? { ...e, value: 5.0 } : e)) });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ created: 4, replaced: 0 });
    const drafts = await submissionsOf(shapingba, "draft");
    expect(drafts.find((s) => s.indicatorCode === "rd-expenditure")).toMatchObject({ value: 5_000_000_000, displayValue: 50, displayUnit: "亿元", state: "draft", createdBy: "沙坪坝区填报员" });
    // 九龙坡区's reporter and a 沙坪坝区 reviewer see nothing of 沙坪坝区's drafts... the reviewer sees them in scope.
    expect(await submissionsOf(jiulongpo)).toEqual([]);
    expect((await submissionsOf(reviewer)).length).toBe(4);
  });

  it("submits, returns one figure to draft with its comment, approves the rest, and answers a stale approval with 409", async () => {
    const submitted = await shapingba.post(`/api/rounds/${round.id}/submit`, {});
    expect(submitted.status).toBe(200);
    expect(submitted.body).toHaveLength(4);
    const byCode = new Map((submitted.body as SubmissionResponse[]).map((s) => [s.indicatorCode, s]));
    const smes = byCode.get("tech-smes")!;
    const gdp = byCode.get("gdp")!;
    // A reporter cannot approve; a reviewer of another district cannot either.
    expect((await shapingba.post(`/api/submissions/${smes.id}/approve`, { version: smes.version })).status).toBe(403);
    const otherReviewer = await server.as({ username: "九龙坡区审核员", role: "reviewer", scopes: [{ kind: "place", code: JIULONGPO }] });
    expect((await otherReviewer.post(`/api/submissions/${smes.id}/approve`, { version: smes.version })).status).toBe(403);

    const returned = await reviewer.post(`/api/submissions/${gdp.id}/return`, { version: gdp.version, comment: "请按统计局快报口径核实" });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ state: "draft", returned: { by: "沙坪坝区审核员", comment: "请按统计局快报口径核实" } });
    const mine = (await submissionsOf(shapingba)).find((s) => s.id === gdp.id)!;
    expect(mine.returned?.comment).toBe("请按统计局快报口径核实");

    const approved = await reviewer.post(`/api/submissions/${smes.id}/approve`, { version: smes.version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: "approved", decidedBy: "沙坪坝区审核员" });
    const stale = await (await server.office()).post(`/api/submissions/${smes.id}/approve`, { version: smes.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe("version");
    const staleReturn = await reviewer.post(`/api/submissions/${smes.id}/return`, { version: smes.version, comment: "迟到的退回" });
    expect(staleReturn.status).toBe(409);
    expect((await submissionsOf(reviewer, "approved")).map((s) => s.id)).toEqual([smes.id]);
  });

  it("lets only approved figures reach monitoring, and only published ones the public", async () => {
    const office = await server.office();
    const internal = (await office.get(`/api/values?indicator=tech-smes&place=${SHAPINGBA}`)).body;
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ value: 1200, period: "2025", status: "approved", roundId: round.id, approvedBy: "沙坪坝区审核员", publishedAt: null });
    expect((await office.get(`/api/values?indicator=rd-expenditure&place=${SHAPINGBA}`)).body).toEqual([]);
    expect((await server.anonymous().get(`/api/values?place=${SHAPINGBA}`)).body).toEqual([]);
    expect((await shapingba.post(`/api/rounds/${round.id}/publish`)).status).toBe(403);
    expect((await office.post(`/api/rounds/${round.id}/publish`)).status).toBe(200);
    const published = (await server.anonymous().get(`/api/values?place=${SHAPINGBA}`)).body;
    expect(published.map((v: { indicatorCode: string; value: number }) => [v.indicatorCode, v.value])).toEqual([["tech-smes", 1200]]);
    expect((await office.post(`/api/rounds/${round.id}/publish`)).status).toBe(409);
  });

  it("shows the round overview: who submitted, what awaits review, what was returned", async () => {
    const overview = (await (await server.office()).get(`/api/rounds/${round.id}/overview?asOf=2027-03-31`)).body;
    const shapingbaRow = overview.units.find((u: { code: string }) => u.code === SHAPINGBA);
    expect(shapingbaRow).toMatchObject({ expected: 4, approved: 1, submitted: 2, returned: 1, missing: 0, late: false });
    expect(overview.units.find((u: { code: string }) => u.code === JIULONGPO)).toMatchObject({ expected: 4, missing: 4, completeness: 0 });
    expect(overview.totals).toMatchObject({ expected: 8, approved: 1, missing: 4 });
    expect(overview.reminders).toEqual([]);
    const late = (await (await server.office()).get(`/api/rounds/${round.id}/overview?asOf=2027-04-02`)).body;
    expect(late.units.map((u: { code: string; late: boolean }) => [u.code, u.late])).toEqual([[SHAPINGBA, true], [JIULONGPO, true]]);
    expect(late.reminders).toEqual([
      expect.objectContaining({ code: SHAPINGBA, outstanding: 1, daysOverdue: 2 }),
      expect.objectContaining({ code: JIULONGPO, outstanding: 4, daysOverdue: 2 }),
    ]);
  });

  it("exports the round overview as .xlsx with a reminders sheet, and as CSV, to the same readers", async () => {
    const office = await server.office();
    const xlsx = await download(office, `/api/rounds/${round.id}/overview/export?asOf=2027-04-02`);
    expect(xlsx.status).toBe(200);
    const sheets = await readSheets(xlsx.bytes);
    const rows = rowsOf(sheets.get("填报进度")!);
    expect(rows[0]![0]).toBe("2025年度创新报表（2025）　填报进度（截至2027年4月2日）");
    expect(rows[1]).toEqual(["地区/单位", "代码", "应填项数", "已通过", "待审核", "草稿", "已退回", "未填", "完成率", "最后提交时间", "逾期"]);
    expect(rows[2]!.slice(1, 9)).toEqual([SHAPINGBA, 4, 1, 2, 0, 1, 0, 0.25]);
    expect([rows[4]![0], rows[4]![2]]).toEqual(["合计", 8]);
    expect(rowsOf(sheets.get("催报提醒")!).slice(2).map((r) => r.slice(1))).toEqual([[SHAPINGBA, 1, 2], [JIULONGPO, 4, 2]]);
    const csv = await download(office, `/api/rounds/${round.id}/overview/export?format=csv&lang=en`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes).split("\r\n")[0]).toBe("Place or body,Code,Figures asked,Approved,Awaiting review,Draft,Returned,Not entered,Completeness,Last submitted,Late");
    expect((await download(server.anonymous(), `/api/rounds/${round.id}/overview/export`)).status).toBe(401);
    expect((await download(shapingba, `/api/rounds/${round.id}/overview/export`)).status).toBe((await shapingba.get(`/api/rounds/${round.id}/overview`)).status);
  });

  it("withdraws an approved figure through the workflow, keeping it in the history", async () => {
    const value = (await (await server.office()).get(`/api/values?indicator=tech-smes&place=${SHAPINGBA}`)).body[0];
    const asked = await shapingba.post(`/api/values/${value.id}/withdraw`, { reason: "误填：应为 2024 年数" });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ withdrawn: false, submission: { action: "withdraw", state: "submitted" } });
    expect((await jiulongpo.post(`/api/values/${value.id}/withdraw`, { reason: "x" })).status).toBe(403);
    const request = asked.body.submission as SubmissionResponse;
    expect((await reviewer.post(`/api/submissions/${request.id}/approve`, { version: request.version })).status).toBe(200);
    expect((await server.anonymous().get(`/api/values?place=${SHAPINGBA}`)).body).toEqual([]);
    const history = (await leader.get(`/api/values/${value.id}/history`)).body as { status: string; reason: string | null; changedBy: string }[];
    expect(history.map((h) => h.status)).toEqual(["approved", "withdrawn"]);
    expect(history[1]).toMatchObject({ reason: "误填：应为 2024 年数", changedBy: "沙坪坝区审核员" });
    const audit = (await leader.get(`/api/audit?entity=value&entityId=${value.id}`)).body as { action: string; actor: string }[];
    expect(audit.map((a) => a.action)).toEqual(["withdraw", "create"]);
  });

  it("refuses a value for a year that has not come, and lets the office withdraw a mistaken figure at once", async () => {
    const office = await server.office();
    const future = await office.post("/api/values", { indicatorCode: "tech-smes", period: "2099", value: 1 });
    expect(future.status).toBe(422);
    expect(future.body.error.field).toBe("period");
    const mistaken = await office.post("/api/values", { indicatorCode: "tech-smes", placeCode: JIULONGPO, period: "2024", value: 77 });
    expect(mistaken.status).toBe(201);
    const gone = await office.post(`/api/values/${mistaken.body.id}/withdraw`, { reason: "录错地区" });
    expect(gone.body).toMatchObject({ withdrawn: true, submission: null });
    expect((await office.get(`/api/values?place=${JIULONGPO}&indicator=tech-smes`)).body[0]).toMatchObject({ status: "withdrawn" });
    expect((await office.post(`/api/values/${mistaken.body.id}/withdraw`, { reason: "again" })).status).toBe(409);
  });

  it("throttles a sign-in after five wrong passwords in a row, even with the right one", async () => {
    await server.as({ username: "被试账号", role: "leader" });
    const client = server.anonymous();
    for (let i = 0; i < 5; i++) expect((await client.post("/api/session", { username: "被试账号", password: "wrong-password-123" })).status).toBe(401);
    const locked = await client.post("/api/session", { username: "被试账号", password: "correct-horse-battery-staple" });
    expect(locked.status).toBe(429);
    expect(locked.body.error.messages.zh).toContain("登录失败次数过多");
  });

  it("refuses writes without the CSRF token, and from another origin", async () => {
    const office = await server.office();
    const noToken = await fetch(server.url + "/api/values", { method: "POST", headers: { cookie: (office as unknown as { cookie: string }).cookie, "content-type": "application/json" }, body: JSON.stringify({ indicatorCode: "tech-smes", period: "2024", value: 1 }) });
    expect(noToken.status).toBe(403);
    const foreign = await office.send("POST", "/api/values", { indicatorCode: "tech-smes", period: "2024", value: 1 }, { origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
  });

  it("names a change beyond ±50 % from last period by its code and entry, and saves it once explained", async () => {
    const office = await server.office();
    expect((await office.post("/api/values", { indicatorCode: "gdp", placeCode: JIULONGPO, period: "2024", value: 1000 })).status).toBe(201);
    const entries = [
      { indicatorCode: "rd-expenditure", placeCode: JIULONGPO, value: 40 },
      { indicatorCode: "gdp", placeCode: JIULONGPO, value: 1800 },
    ];
    const jump = await jiulongpo.put(`/api/rounds/${round.id}/drafts`, { entries });
    expect(jump.status).toBe(422);
    expect(jump.body.error.details).toEqual([expect.objectContaining({ field: "value", code: "change_needs_explanation", row: 2 })]);
    expect(jump.body.error.details[0].messages.zh).toContain("第 2 行");
    const explained = await jiulongpo.put(`/api/rounds/${round.id}/drafts`, { entries: [entries[0], { ...entries[1], explanation: "统计口径调整" }] });
    expect(explained.status).toBe(200);
    expect((await submissionsOf(jiulongpo, "draft")).find((s) => s.indicatorCode === "gdp")).toMatchObject({ explanation: "统计口径调整" });
  });
});
