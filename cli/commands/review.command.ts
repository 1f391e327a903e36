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
import { classifyDocument } from "../../server/services/document-kind.service.ts";
import { DocumentKind } from "../../core/documents/document-kind.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";
import { StatementState } from "../../contract/review.ts";
import { exportReview } from "../../server/services/table-export.service.ts";
import { tableFileOptions, tableFormatOf, writeTableFile, type TableFileOptions } from "../table-file.ts";

/** How the CLI names a document kind: 规划 / plan, 工作报告 / report. */
export const KIND_LABEL: Record<DocumentKind, { zh: string; en: string }> = { plan: { zh: "规划", en: "plan" }, report: { zh: "工作报告", en: "report" } };

/** "工作报告（2023年）" / "report (2023)": a document's kind and year as the CLI prints them. */
export function kindLine(kind: DocumentKind, year: number | null, en = cliLanguage() === "en"): string {
  const label = KIND_LABEL[kind][en ? "en" : "zh"];
  if (year === null) return label;
  return en ? `${label} (${year})` : `${label}（${year}年）`;
}

const by = ["--by <name>", "who decides (recorded with the decision)"] as const;

export function registerReviewCommands(program: Command): void {
  const group = program.command("review").description("review a plan's extracted statements 审核");

  tableFileOptions(group.command("list").requiredOption("--plan <code>").option("--state <state>", "pending, accepted, rejected or merged").option("--json", "print JSON"))
    .action(async (opts: { plan: string; state?: string; json?: boolean } & TableFileOptions) => {
      const format = tableFormatOf(opts);
      if (format) {
        const state = opts.state === undefined ? undefined : StatementState.safeParse(opts.state);
        if (state && !state.success) throw invalidField("state", "--state 只能是 pending、accepted、rejected 或 merged", "--state must be pending, accepted, rejected or merged");
        return writeTableFile(opts, format, (lang) => withDatabase((db) => exportReview(db, opts.plan, { format, lang, state: state?.data })));
      }
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
    .command("classify")
    .description("correct the document's kind (plan 规划 / report 工作报告) and year; pending statements dated by the old reading follow")
    .requiredOption("--plan <code>")
    .requiredOption("--kind <kind>", "plan or report")
    .option("--year <year>", "the year the document speaks for (a report's own year)", (v) => Number.parseInt(v, 10))
    .option("--json", "print JSON")
    .requiredOption(...by)
    .action(async (opts: { plan: string; kind: string; year?: number; by: string; json?: boolean }) => {
      const kind = DocumentKind.safeParse(opts.kind);
      if (!kind.success) throw invalidField("kind", `文件类型“${opts.kind}”无效：请用 plan（规划）或 report（工作报告）`, `unknown kind "${opts.kind}": use plan or report`);
      if (opts.year !== undefined && !(Number.isInteger(opts.year) && opts.year >= 1949 && opts.year <= 2100)) throw invalidField("year", "年份须为 1949—2100 之间的整数", "the year must be a whole number from 1949 to 2100");
      const result = await withDatabase((db) => classifyDocument(db, opts.plan, { kind: kind.data, year: opts.year ?? null }, { name: opts.by, id: null }));
      if (opts.json) return printJson(result);
      const en = cliLanguage() === "en";
      const moved = result.movedStatements.length;
      process.stdout.write(
        en
          ? `${opts.plan} is now a ${kindLine(result.documentKind, result.documentYear, true)}, period ${result.periodStart}–${result.periodEnd}; ${moved} pending statements take the new year\n`
          : `已更正 ${opts.plan}：${kindLine(result.documentKind, result.documentYear, false)}，期限 ${result.periodStart}—${result.periodEnd}年；${moved} 条待审核语句的年份随之调整\n`,
      );
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
