/**
 * `kechuang review`: a plan's statements, and the decisions a reviewer takes on them from a terminal
 * — accept (with a linked indicator), reject, merge — and marking the plan reviewed. Every decision
 * is recorded with `--by`.
 */
import type { Command } from "commander";
import { invalidField } from "../../server/errors/app-error.ts";
import { suggestIndicator } from "../../core/indicators/suggest-indicator.ts";
import { listIndicators } from "../../server/services/catalogue.service.ts";
import { decideStatement } from "../../server/services/review-decision.service.ts";
import { completeReview, getReview, listDecisions } from "../../server/services/review.service.ts";
import { printJson, printTable, withDatabase } from "../context.ts";

const by = ["--by <name>", "who decides (recorded with the decision)"] as const;

export function registerReviewCommands(program: Command): void {
  const group = program.command("review").description("review a plan's extracted statements 审核");

  group
    .command("list")
    .requiredOption("--plan <code>")
    .option("--state <state>", "pending, accepted, rejected or merged")
    .option("--json", "print JSON")
    .action(async (opts: { plan: string; state?: string; json?: boolean }) => {
      // One query at a time: an embedded database closed while a second query runs never finishes closing.
      const [{ statements }, indicators] = await withDatabase(async (db) => [await getReview(db, opts.plan), await listIndicators(db)] as const);
      const list = statements.filter((s) => !opts.state || s.state === opts.state);
      if (opts.json) return printJson(list);
      // Linked indicator, else the closest catalogue indicator by name (marked with "?").
      const indicatorOf = (s: (typeof list)[number]) => s.indicatorCode ?? (suggestIndicator(s.indicatorText, indicators, s.unit)?.code.concat("?") ?? null);
      printTable(["id", "type", "state", "indicator", "link", "value", "unit", "year", "quote"], list.map((s) => [s.id, s.type, s.state, s.indicatorText, indicatorOf(s), `${s.comparator}${s.value}${s.valueMax !== null ? `–${s.valueMax}` : ""}`, s.unit, s.year, s.quote.slice(0, 30)]));
    });

  group
    .command("accept <id>")
    .option("--indicator <code>", "catalogue indicator to link")
    .option("--place <code>")
    .option("--value <number>", "corrected value", Number)
    .option("--year <year>", "corrected year", (v) => Number.parseInt(v, 10))
    .requiredOption(...by)
    .action(async (id: string, opts: { indicator?: string; place?: string; value?: number; year?: number; by: string }) => {
      const changes = { ...(opts.value !== undefined ? { value: opts.value } : {}), ...(opts.year !== undefined ? { year: opts.year } : {}) };
      const r = await withDatabase((db) => decideStatement(db, Number(id), { action: "accept", indicatorCode: opts.indicator, placeCode: opts.place, changes }, opts.by));
      printJson(r.statement);
    });

  group
    .command("reject <id>")
    .requiredOption(...by)
    .action(async (id: string, opts: { by: string }) => printJson((await withDatabase((db) => decideStatement(db, Number(id), { action: "reject" }, opts.by))).statement));

  group
    .command("merge <id>")
    .requiredOption("--into <id>", "the statement to keep", (v) => Number.parseInt(v, 10))
    .requiredOption(...by)
    .action(async (id: string, opts: { into: number; by: string }) => printJson((await withDatabase((db) => decideStatement(db, Number(id), { action: "merge", into: opts.into }, opts.by))).statement));

  group
    .command("decisions")
    .description("every decision on the plan, with who took it 审核记录")
    .requiredOption("--plan <code>")
    .option("--json", "print JSON")
    .action(async (opts: { plan: string; json?: boolean }) => {
      const list = await withDatabase((db) => listDecisions(db, opts.plan));
      if (opts.json) return printJson(list);
      printTable(["id", "action", "statement", "by", "at"], list.map((d) => [d.id, d.action, d.statementId, d.decidedBy, d.decidedAt]));
    });

  group
    .command("complete")
    .description("mark the plan reviewed (status active); refused while statements are pending unless --close-pending")
    .requiredOption("--plan <code>")
    .option("--yes", "confirm")
    .option("--close-pending", "close the statements still pending as rejected")
    .requiredOption(...by)
    .action(async (opts: { plan: string; by: string; yes?: boolean; closePending?: boolean }) => {
      if (!opts.yes) throw invalidField("yes", "完成审核后规划生效：请加 --yes 确认", "completing the review puts the plan in force: add --yes to confirm");
      const request = { confirm: true as const, ...(opts.closePending ? { closePending: "reject" as const } : {}) };
      printJson(await withDatabase((db) => completeReview(db, opts.plan, request, opts.by)));
    });
}
