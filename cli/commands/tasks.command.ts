/**
 * `kechuang tasks …`: 工作体系 from a terminal — draft a plan's tasks from its outline, list them,
 * decide on drafts, import a task division table, add milestones, and 督办 (overdue milestones, the
 * supervision list, a body's 督办单 as .docx). Acts on the local database with administrator rights
 * in the name given with --by.
 */
import type { Command } from "commander";
import { draftPlanTasks, listPlanTasks } from "../../server/services/tasks.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

const en = () => cliLanguage() === "en";
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

  return group;
}
