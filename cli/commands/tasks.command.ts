/**
 * `kechuang tasks …`: 工作体系 from a terminal — draft a plan's tasks from its outline, list them,
 * decide on drafts, import a task division table, add milestones, and 督办 (overdue milestones, the
 * supervision list, a body's 督办单 as .docx). Acts on the local database with administrator rights
 * in the name given with --by.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { MilestoneChanges, NewMilestone, ProgressRequest, TaskDecision } from "../../contract/tasks.ts";
import { localAdministrator, placeTree } from "../../server/policies/authorize.ts";
import { approveProgress, returnProgress, saveProgress } from "../../server/services/task-progress.service.ts";
import { IsoDate, PROGRESS_STATE_ZH } from "../../core/tasks/task.ts";
import { invalidField } from "../../server/errors/app-error.ts";
import { validationError } from "../../server/errors/http.ts";
import { decideTask } from "../../server/services/task-decision.service.ts";
import { importDivisionTable } from "../../server/services/task-division.service.ts";
import { draftPlanTasks, listPlanTasks } from "../../server/services/tasks.service.ts";
import { addMilestone, changeMilestone, listOverdue, supervisionDocx, supervisionOf } from "../../server/services/supervision.service.ts";
import { writeFileSync } from "node:fs";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

const en = () => cliLanguage() === "en";
const by = ["--by <name>", "who acts (recorded)"] as const;
/** The lead bodies' short names, then the cooperating ones in brackets. */
const bodiesText = (t: { bodies: { nameZh: string; nameEn: string; role: string }[] }) => {
  const name = (b: { nameZh: string; nameEn: string }) => (en() ? b.nameEn : b.nameZh);
  const lead = t.bodies.filter((b) => b.role === "lead").map(name).join("、");
  const cooperating = t.bodies.filter((b) => b.role === "cooperating").map(name).join("、");
  return `${lead}${cooperating ? `（${cooperating}）` : ""}` || null;
};

export function registerTaskCommands(program: Command): Command {
  const group = program.command("tasks").description("a plan's tasks, milestones and 督办 工作体系");

  group
    .command("draft")
    .description("draft the plan's tasks from its outline (pending review; drafted once, kept after)")
    .requiredOption("--plan <code>")
    .option("--by <name>", "who drafts (recorded)", "命令行")
    .option("--json", "print JSON")
    .action(async (o: { plan: string; by: string; json?: boolean }) => {
      const list = await withDatabase((db) => draftPlanTasks(db, o.plan, { name: o.by, id: null }));
      if (o.json) return printJson(list);
      printTable(["id", "key", "level", "state", "title", "bodies", "indicators"], list.map((t) => [t.id, t.outlineKey, t.level, t.state, t.title, bodiesText(t), t.indicators.map((i) => i.nameZh).join("、") || null]));
    });

  group
    .command("list")
    .requiredOption("--plan <code>")
    .option("--as-of <date>", "YYYY-MM-DD (today by default)")
    .option("--json", "print JSON")
    .action(async (o: { plan: string; asOf?: string; json?: boolean }) => {
      const list = await withDatabase((db) => listPlanTasks(db, o.plan, o.asOf));
      if (o.json) return printJson(list);
      printTable(["id", "state", "standing", "title", "bodies", "due"], list.map((t) => [t.id, t.state, t.standing, t.title, bodiesText(t), t.dueOn]));
    });

  group
    .command("import <file>")
    .description("import a task division table 任务分工方案 (.xlsx, .csv, .docx, .html): all rows or nothing")
    .requiredOption("--plan <code>")
    .requiredOption(...by)
    .option("--json", "print JSON")
    .action(async (file: string, o: { plan: string; by: string; json?: boolean }) => {
      const result = await withDatabase((db) => importDivisionTable(db, o.plan, basename(file), readFileSync(file), { name: o.by, id: null }));
      if (o.json) return printJson(result);
      process.stdout.write(en() ? `imported ${result.rows} rows of ${result.fileName}\n` : `已导入“${result.fileName}”的 ${result.rows} 行\n`);
    });

  const decide = async (id: string, decision: TaskDecision, who: string) => {
    const parsed = TaskDecision.safeParse(decision);
    if (!parsed.success) throw validationError(parsed.error.issues);
    printJson(await withDatabase((db) => decideTask(db, Number(id), parsed.data, { name: who, id: null })));
  };
  const codes = (v: string, all: string[] = []) => [...all, ...v.split(",")];
  group
    .command("accept <id>")
    .option("--title <text>")
    .option("--lead <codes>", "lead bodies' catalogue codes, comma-separated", codes)
    .option("--cooperating <codes>", "cooperating bodies' codes, comma-separated", codes)
    .option("--due <date>", "YYYY-MM-DD")
    .requiredOption(...by)
    .action((id: string, o: { title?: string; lead?: string[]; cooperating?: string[]; due?: string; by: string }) => decide(id, { action: "accept", changes: { title: o.title, lead: o.lead, cooperating: o.cooperating, dueOn: o.due } }, o.by));
  group.command("reject <id>").option("--reason <text>").requiredOption(...by).action((id: string, o: { reason?: string; by: string }) => decide(id, { action: "reject", reason: o.reason }, o.by));
  group
    .command("merge <id>")
    .requiredOption("--into <id>", "the task to keep", (v) => Number.parseInt(v, 10))
    .requiredOption(...by)
    .action((id: string, o: { into: number; by: string }) => decide(id, { action: "merge", into: o.into }, o.by));
  group
    .command("split <id>")
    .requiredOption("--title <text...>", "the new tasks' titles (two or more)")
    .requiredOption(...by)
    .action((id: string, o: { title: string[]; by: string }) => decide(id, { action: "split", titles: o.title }, o.by));

  group
    .command("milestone <taskId>")
    .description("add a milestone (date, deliverable) to a task 节点")
    .requiredOption("--due <date>", "YYYY-MM-DD")
    .requiredOption("--deliverable <text>")
    .requiredOption(...by)
    .action(async (taskId: string, o: { due: string; deliverable: string; by: string }) => {
      const parsed = NewMilestone.safeParse({ dueOn: o.due, deliverable: o.deliverable });
      if (!parsed.success) throw validationError(parsed.error.issues);
      printJson(await withDatabase((db) => addMilestone(db, Number(taskId), parsed.data, { name: o.by, id: null })));
    });
  group
    .command("done <milestoneId>")
    .description("mark a milestone done on a date")
    .requiredOption("--on <date>", "YYYY-MM-DD")
    .requiredOption(...by)
    .action(async (id: string, o: { on: string; by: string }) => {
      const parsed = MilestoneChanges.safeParse({ doneOn: o.on });
      if (!parsed.success) throw validationError(parsed.error.issues);
      printJson(await withDatabase((db) => changeMilestone(db, Number(id), parsed.data, { name: o.by, id: null })));
    });

  group
    .command("report <taskId>")
    .description("report progress on a task for a round 报告进展 (as a draft, or --submit for review)")
    .requiredOption("--round <id>", "the round", (v) => Number.parseInt(v, 10))
    .requiredOption("--state <state>", "not_started, in_progress, done or late (未启动, 推进中, 已完成, 滞后)")
    .option("--percent <n>", "percent done", (v) => Number.parseInt(v, 10))
    .requiredOption("--text <text>", "what was done")
    .option("--evidence <url...>", "evidence links")
    .option("--milestone <id...>", "milestones done")
    .option("--submit", "submit for review")
    .requiredOption("--body <code>", "the lead body reported for (the command acts as its reporter)")
    .requiredOption(...by)
    .action(async (taskId: string, o: { round: number; state: string; percent?: number; text: string; evidence?: string[]; milestone?: string[]; submit?: boolean; body: string; by: string }) => {
      const state = Object.entries(PROGRESS_STATE_ZH).find(([, zh]) => zh === o.state)?.[0] ?? o.state;
      const parsed = ProgressRequest.safeParse({ roundId: o.round, state, percent: o.percent ?? null, text: o.text, evidence: o.evidence ?? [], milestonesDone: (o.milestone ?? []).map(Number), submit: o.submit ?? false });
      if (!parsed.success) throw validationError(parsed.error.issues);
      printJson(await withDatabase(async (db) => saveProgress(db, { id: 0, username: o.by, displayName: o.by, role: "reporter", scopes: [{ kind: "body", code: o.body }] }, await placeTree(db), Number(taskId), parsed.data)));
    });
  group
    .command("approve <progressId>")
    .description("approve a submitted progress report 审核通过")
    .requiredOption("--version <n>", "the version seen", (v) => Number.parseInt(v, 10))
    .requiredOption(...by)
    .action(async (id: string, o: { version: number; by: string }) => printJson(await withDatabase(async (db) => approveProgress(db, localAdministrator(o.by), await placeTree(db), Number(id), o.version))));
  group
    .command("return <progressId>")
    .description("return a submitted progress report with a comment 退回")
    .requiredOption("--version <n>", "the version seen", (v) => Number.parseInt(v, 10))
    .requiredOption("--comment <text>")
    .requiredOption(...by)
    .action(async (id: string, o: { version: number; comment: string; by: string }) => printJson(await withDatabase(async (db) => returnProgress(db, localAdministrator(o.by), await placeTree(db), Number(id), o.version, o.comment))));

  group
    .command("overdue")
    .description("milestones past their date and not done, as of a date 逾期节点")
    .requiredOption("--plan <code>")
    .option("--as-of <date>", "YYYY-MM-DD (today by default)")
    .option("--json", "print JSON")
    .action(async (o: { plan: string; asOf?: string; json?: boolean }) => {
      const asOf = checkedDate(o.asOf);
      const result = await withDatabase((db) => listOverdue(db, o.plan, asOf));
      if (o.json) return printJson(result);
      printTable(["milestone", "task", "due", "deliverable", "lead"], result.milestones.map((m) => [m.id, m.taskTitle, m.dueOn, m.deliverable, m.lead.join("、")]));
    });

  group
    .command("supervision")
    .description("the supervision list by lead body 督办清单; with --body and --out, that body's 督办单 as .docx")
    .requiredOption("--plan <code>")
    .option("--as-of <date>", "YYYY-MM-DD (today by default)")
    .option("--body <code>", "a lead body's catalogue code")
    .option("--out <file>", "write the body's 督办单 (.docx) here")
    .option("--json", "print JSON")
    .action(async (o: { plan: string; asOf?: string; body?: string; out?: string; json?: boolean }) => {
      const asOf = checkedDate(o.asOf);
      if (o.out) {
        if (!o.body) throw invalidField("body", "导出督办单需要 --body", "--out needs --body");
        const file = await withDatabase((db) => supervisionDocx(db, o.plan, o.body!, asOf, cliLanguage()));
        writeFileSync(o.out, file.bytes);
        process.stdout.write(`${o.out}\n`);
        return;
      }
      const result = await withDatabase((db) => supervisionOf(db, o.plan, asOf));
      const items = result.items.filter((i) => !o.body || i.bodyCode === o.body);
      if (o.json) return printJson({ ...result, items });
      printTable(["body", "task", "late", "since", "last report"], items.map((i) => [i.bodyName, i.taskTitle, `${i.kind === "milestone_overdue" ? "节点" : "未报"} ${i.what}`, i.since, i.lastReport ? `${i.lastReport.at.slice(0, 10)} ${i.lastReport.state}` : null]));
    });

  return group;
}

/** A --as-of date checked as the API checks it. */
function checkedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw invalidField("asOf", `日期“${value}”应为 YYYY-MM-DD`, `the date "${value}" should be YYYY-MM-DD`);
  return parsed.data;
}
