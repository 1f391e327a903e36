/**
 * 工作体系 on both backends: drafting 003's tasks once (spans that hold, chapter 10 serving
 * 技术合同成交额), and review decisions on drafts — accept with a lead body, edit, merge, split,
 * reject — each recorded in the audit log with who took it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/connect.ts";
import { TEST_DATABASES } from "../db/test-databases.ts";
import { AppError } from "../errors/app-error.ts";
import { prepareDatabase } from "../start.ts";
import { listAudit } from "./audit.service.ts";
import { decideTask } from "./task-decision.service.ts";
import { draftPlanTasks, listPlanTasks } from "./tasks.service.ts";
import { importDivisionTable } from "./task-division.service.ts";
import { BROKEN, divisionDocx, divisionHtml, divisionRows, divisionXlsx } from "../testing/division-table.ts";

const office = { name: "规划处", id: null };
const PLAN = "cq-sti-2021-2025";

describe.each(TEST_DATABASES)("tasks on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    db = await prepareDatabase(created.target);
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it("drafts 003's tasks once, each heading quoted at its span, chapter 10 linked to 技术合同成交额", async () => {
    const drafted = await draftPlanTasks(db, PLAN, office);
    const again = await draftPlanTasks(db, PLAN, office);
    expect(again.map((t) => t.id)).toEqual(drafted.map((t) => t.id));
    const plan = await db.selectFrom("plans").innerJoin("documents", "documents.id", "plans.document_id").select("documents.text").where("plans.code", "=", PLAN).executeTakeFirstOrThrow();
    for (const t of drafted) expect(plan.text.slice(t.start!, t.start! + t.quote!.length)).toBe(t.quote);
    expect(drafted.filter((t) => t.level === "section" && t.outlineKey!.startsWith("c10.")).map((t) => t.title)).toEqual(["完善科技成果转化机制", "畅通科技成果转化链条", "加强科技企业孵化器建设", "提升促进创新创业的科技服务水平"]);
    const chain = drafted.find((t) => t.outlineKey === "c10.s2")!;
    const contracts = chain.indicators.find((i) => i.code === "tech-contract-value")!;
    expect(plan.text.slice(contracts.start!, contracts.end!)).toBe("技术合同成交额");
    expect(contracts.targetIds.length).toBeGreaterThan(0);
    expect(drafted.every((t) => t.state === "pending" && t.standing === "on_time")).toBe(true);
  });

  it("accepts with a lead body, edits, merges, splits and rejects, each decision in the audit log", async () => {
    const list = await draftPlanTasks(db, PLAN, office);
    const [a, b, c, d] = list.filter((t) => t.outlineKey!.startsWith("c2.")).map((t) => t.id) as [number, number, number, number];
    const accepted = await decideTask(db, a, { action: "accept", changes: { lead: ["cq-science-technology-bureau"], cooperating: ["cq-development-reform-commission", "cq-education-commission"] } }, office);
    expect(accepted.task.state).toBe("accepted");
    expect(accepted.task.bodies.map((x) => [x.code, x.role])).toEqual([["cq-science-technology-bureau", "lead"], ["cq-development-reform-commission", "cooperating"], ["cq-education-commission", "cooperating"]]);
    const edited = await decideTask(db, a, { action: "edit", changes: { title: "高定位建设成渝综合性科学中心（重庆部分）", dueOn: "2025-12-31" } }, { name: "审核员甲", id: null });
    expect([edited.task.title, edited.task.dueOn, edited.task.state]).toEqual(["高定位建设成渝综合性科学中心（重庆部分）", "2025-12-31", "accepted"]);
    expect((await decideTask(db, b, { action: "merge", into: a }, office)).task).toMatchObject({ state: "merged", mergedInto: a });
    const split = await decideTask(db, c, { action: "split", titles: ["建设两江协同创新区创新平台", "引进高端研发机构"] }, office);
    expect(split.created.map((t) => [t.title, t.origin, t.state])).toEqual([["建设两江协同创新区创新平台", "split", "pending"], ["引进高端研发机构", "split", "pending"]]);
    expect(split.task).toMatchObject({ state: "merged", mergedInto: split.created[0]!.id });
    expect((await decideTask(db, d, { action: "reject", reason: "非任务" }, office)).task.state).toBe("rejected");

    const history = (await listAudit(db, { entity: "task", entityId: String(a), limit: 10 })).items;
    expect(history.map((h) => [h.action, h.actor])).toEqual([["edit", "审核员甲"], ["accept", "规划处"], ["draft", "规划处"]]);
    await expect(decideTask(db, a, { action: "merge", into: d }, office)).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.field === "into");
    await expect(decideTask(db, a, { action: "edit", changes: { lead: ["市科协"] } }, office)).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.field === "changes.lead");
  });

  it("imports a 30-row division table whole, or — with 3 unknown bodies and 1 stranger task — lists those 4 problems and stores nothing", async () => {
    const titles = (await draftPlanTasks(db, PLAN, office)).filter((t) => t.level === "section" && t.state === "pending").map((t) => t.title);
    const count = async () => Number((await db.selectFrom("task_milestones").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    const error = await importDivisionTable(db, PLAN, "分工.xlsx", await divisionXlsx(divisionRows(titles, true)), office).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const details = (error as AppError).details.map((d) => [d.sheet, d.row, d.column, d.code]);
    expect(details).toEqual([
      ["任务分工", BROKEN.unknownLead, "C", "unknown_body"],
      ["任务分工", BROKEN.unknownCooperating, "D", "unknown_body"],
      ["任务分工", BROKEN.unknownLeadToo, "C", "unknown_body"],
      ["任务分工", BROKEN.unmatchedTask, "B", "task_unmatched"],
    ]);
    expect(await count()).toBe(before);

    const imported = await importDivisionTable(db, PLAN, "分工.xlsx", await divisionXlsx(divisionRows(titles)), office);
    expect(imported.rows).toBe(30);
    const tasks = await listPlanTasks(db, PLAN, "2024-01-01");
    const first = tasks.find((t) => t.id === imported.tasks[0]!.taskId)!;
    expect(first.bodies.map((b) => [b.code, b.role])).toEqual([["cq-science-technology-bureau", "lead"], ["cq-development-reform-commission", "cooperating"], ["cq-education-commission", "cooperating"]]);
    expect([first.dueOn, first.milestones.map((m) => [m.dueOn, m.origin])]).toEqual(["2025-12-31", [["2025-12-31", "division"]]]);
    expect(await count()).toBe(before + 25);
  });

  it("reads the same table from an HTML page and from a .docx", async () => {
    const titles = (await draftPlanTasks(db, PLAN, office)).filter((t) => t.level === "section" && t.state === "pending").map((t) => t.title);
    for (const [name, bytes] of [["分工.html", divisionHtml(divisionRows(titles))], ["分工.docx", await divisionDocx(divisionRows(titles))]] as const) {
      expect((await importDivisionTable(db, PLAN, name, bytes, office)).rows).toBe(30);
    }
    const broken = await importDivisionTable(db, PLAN, "分工.docx", await divisionDocx(divisionRows(titles, true)), office).then(() => null, (e: unknown) => e);
    expect((broken as AppError).details.map((d) => [d.sheet, d.row])).toEqual([["表格1", BROKEN.unknownLead], ["表格1", BROKEN.unknownCooperating], ["表格1", BROKEN.unknownLeadToo], ["表格1", BROKEN.unmatchedTask]]);
  });
});
