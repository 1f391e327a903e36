/**
 * 工作体系 through the HTTP API, on both databases: the office drafts 003's tasks and imports a task
 * division table (a broken one is refused whole with its 4 problems placed); a lead body's reporter
 * reports progress on its tasks only; the office returns one report and approves another (its
 * milestone becomes done, a stale approval 409); overdue milestones and the supervision list as of
 * fixed dates; the 督办单 .docx names the body and each late item.
 */
import { describe, expect, it } from "vitest";
import type { TaskResponse as Task } from "../contract/tasks.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { docxParts, squeeze } from "../server/reports/testing/report-files.ts";
import { BROKEN, divisionRows, divisionXlsx } from "../server/testing/division-table.ts";
import { useTestServer } from "./test-server.ts";
import { uploadForm, type ApiClient } from "./testing/api-client.ts";

const PLAN = "cq-sti-2021-2025";
const BUREAU = "cq-science-technology-bureau";
const upload = uploadForm;

describe.each(TEST_DATABASES)("tasks API on $name", (database) => {
  const server = useTestServer(database);
  let office: ApiClient;
  let bureau: ApiClient;
  let tasks: Task[];
  let mine: Task[];

  it("drafts the plan's tasks for the office only, and imports a division table whole or not at all", async () => {
    office = await server.office();
    bureau = await server.as({ username: "市科技局填报员", role: "reporter", scopes: [{ kind: "body", code: BUREAU }] });
    expect((await bureau.post(`/api/plans/${PLAN}/tasks/draft`)).status).toBe(403);
    expect((await server.anonymous().post(`/api/plans/${PLAN}/tasks/draft`)).status).toBe(401);
    const drafted = await office.post<Task[]>(`/api/plans/${PLAN}/tasks/draft`);
    expect(drafted.status).toBe(200);
    const titles = drafted.body.filter((t) => t.level === "section").map((t) => t.title);

    const refused = await office.post(`/api/plans/${PLAN}/tasks/import`, upload(await divisionXlsx(divisionRows(titles, true)), "分工方案.xlsx"));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: { row: number; column: string; code: string }) => [d.row, d.column, d.code])).toEqual([
      [BROKEN.unknownLead, "C", "unknown_body"],
      [BROKEN.unknownCooperating, "D", "unknown_body"],
      [BROKEN.unknownLeadToo, "C", "unknown_body"],
      [BROKEN.unmatchedTask, "B", "task_unmatched"],
    ]);
    expect((await office.get<Task[]>(`/api/plans/${PLAN}/tasks?limit=1000`)).body.every((t) => t.bodies.length === 0 && t.milestones.length === 0)).toBe(true);

    expect((await bureau.post(`/api/plans/${PLAN}/tasks/import`, upload(await divisionXlsx(divisionRows(titles)), "分工方案.xlsx"))).status).toBe(403);
    const imported = await office.post(`/api/plans/${PLAN}/tasks/import`, upload(await divisionXlsx(divisionRows(titles)), "分工方案.xlsx"));
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.rows).toBe(30);
    tasks = (await office.get<Task[]>(`/api/plans/${PLAN}/tasks?limit=1000&asOf=2024-01-01`)).body;
    mine = tasks.filter((t) => t.bodies.some((b) => b.code === BUREAU && b.role === "lead"));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const page = await office.get<Task[]>(`/api/plans/${PLAN}/tasks?limit=50`);
    expect([page.body.length, page.headers.get("x-next-cursor") !== null]).toEqual([50, true]);
  });

  it("lets the lead body's reporter report on its own tasks only; the office returns one and approves the other", async () => {
    const [a, b] = mine as [Task, Task];
    const milestone = await office.post(`/api/tasks/${a.id}/milestones`, { dueOn: "2025-03-31", deliverable: "建设方案印发" });
    expect(milestone.status).toBe(200);
    const round = await office.post("/api/rounds", { title: "2025年上半年任务进展", period: "2025", dueOn: "2027-07-10", indicatorCodes: ["tech-smes"], units: [{ kind: "body", code: BUREAU }, { kind: "body", code: "cq-education-commission" }] });
    expect(round.status).toBe(201);
    const roundId = round.body.id as number;
    const other = tasks.find((t) => t.bodies.some((x) => x.role === "lead") && !t.bodies.some((x) => x.code === BUREAU && x.role === "lead"))!;
    const report = { roundId, state: "in_progress", percent: 40, text: "方案已起草，正在征求意见", evidence: ["https://kjj.cq.gov.cn/notice/1"], submit: true };
    expect((await bureau.put(`/api/tasks/${other.id}/progress`, report)).status).toBe(403);
    expect((await bureau.put(`/api/tasks/${a.id}/progress`, { ...report, evidence: ["javascript:alert(1)"] })).status).toBe(422);
    const first = await bureau.put(`/api/tasks/${a.id}/progress`, { ...report, state: "done", percent: 100, milestonesDone: [milestone.body.id] });
    const second = await bureau.put(`/api/tasks/${b.id}/progress`, report);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await bureau.put(`/api/tasks/${b.id}/progress`, report)).status).toBe(409);

    expect((await bureau.post(`/api/progress/${second.body.id}/return`, { version: second.body.version, comment: "请补充证明材料" })).status).toBe(403);
    const returned = await office.post(`/api/progress/${second.body.id}/return`, { version: second.body.version, comment: "请补充证明材料" });
    expect(returned.body).toMatchObject({ review: "returned", reviewComment: "请补充证明材料" });
    const approved = await office.post(`/api/progress/${first.body.id}/approve`, { version: first.body.version });
    expect(approved.body.review).toBe("approved");
    expect((await office.post(`/api/progress/${first.body.id}/approve`, { version: first.body.version })).status).toBe(409);

    const detail = (await bureau.get(`/api/tasks/${a.id}`)).body;
    expect(detail.task.standing).toBe("done");
    expect(detail.task.milestones.find((m: { id: number }) => m.id === milestone.body.id).doneOn).not.toBeNull();
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(["draft", "division_import", "milestone_add", "progress_submit", "progress_approve"]));
    const listed = (await bureau.get(`/api/progress?roundId=${roundId}`)).body;
    expect(listed.map((p: { taskId: number; review: string }) => [p.taskId, p.review])).toEqual([[a.id, "approved"], [b.id, "returned"]]);
  });

  it("lists exactly the milestones past their date and not done, and the 督办单 names the body and each late item", async () => {
    const [, b] = mine as [Task, Task];
    const asOf = "2025-01-01";
    const overdue = (await office.get(`/api/plans/${PLAN}/tasks/overdue?asOf=${asOf}`)).body;
    const expected = tasks.flatMap((t) => t.milestones).filter((m) => m.dueOn < asOf && m.doneOn === null).map((m) => m.id).sort((x, y) => x - y);
    expect(overdue.milestones.map((m: { id: number }) => m.id).sort((x: number, y: number) => x - y)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);

    const supervision = (await office.get(`/api/plans/${PLAN}/supervision?asOf=${asOf}`)).body;
    const bureauItems = supervision.items.filter((i: { bodyCode: string }) => i.bodyCode === BUREAU);
    expect(bureauItems.length).toBeGreaterThan(0);
    const file = await office.get(`/api/plans/${PLAN}/supervision/docx?asOf=${asOf}&body=${BUREAU}`);
    expect(file.status).toBe(200);
    const xml = squeeze((await docxParts(file.body as Uint8Array)).get("word/document.xml")!.toString("utf8").replace(/<[^>]+>/g, ""));
    expect(xml).toContain("重庆市科学技术局");
    for (const item of bureauItems) expect(xml).toContain(squeeze(item.taskTitle));
    expect(bureauItems.some((i: { taskId: number }) => i.taskId === b.id)).toBe(true);

    // In English on request: the body's English name, the notice's words and the file's name.
    const english = await office.get(`/api/plans/${PLAN}/supervision/docx?asOf=${asOf}&body=${BUREAU}&lang=en`);
    expect(english.status).toBe(200);
    expect(english.headers.get("content-disposition")).toContain(`supervision-notice-${BUREAU}-${asOf}.docx`);
    const text = squeeze((await docxParts(english.body as Uint8Array)).get("word/document.xml")!.toString("utf8").replace(/<[^>]+>/g, ""));
    expect(text).toContain(squeeze("Chongqing Municipal Science and Technology Bureau"));
    expect(text).not.toContain("重庆市科学技术局");
    expect(text).toMatch(/milestoneoverdue|noprogressreported/);
  });
});
