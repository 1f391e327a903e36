/**
 * `kechuang rounds …`, `kechuang submissions …`, `kechuang values import | withdraw` and
 * `kechuang rollup`: the reporting loop from a terminal, acting on the local database with
 * administrator rights in the name given with --by.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { CreateRoundRequest, UpdateRoundRequest } from "../../contract/reporting.ts";
import { validationError } from "../../server/errors/http.ts";
import { localAdministrator, placeTree } from "../../server/policies/authorize.ts";
import { approveSubmission, returnSubmission, withdrawApprovedValue } from "../../server/services/approval.service.ts";
import { roundOverview } from "../../server/services/round-overview.service.ts";
import * as rounds from "../../server/services/rounds.service.ts";
import { roundTemplate } from "../../server/services/report-template.service.ts";
import { rollupAll, rollupIndicator } from "../../server/services/rollup.service.ts";
import { listSubmissions } from "../../server/services/submissions.service.ts";
import { importValues } from "../../server/services/values-import.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";
import { exportRoundOverview } from "../../server/services/table-export.service.ts";
import { tableFileOptions, tableFormatOf, writeTableFile, type TableFileOptions } from "../table-file.ts";

const by = ["--by <name>", "who acts (recorded)"] as const;
const en = () => cliLanguage() === "en";

export function registerReportingCommands(program: Command, values: Command): void {
  const group = program.command("rounds").description("reporting rounds 填报轮次");
  group
    .command("create")
    .requiredOption("--title <text>")
    .requiredOption("--period <period>", "2025, 2026Q3 or 2026-07")
    .requiredOption("--due <date>", "YYYY-MM-DD")
    .requiredOption("--indicator <code...>", "indicators asked")
    .requiredOption("--place <code...>", "places asked (body:CODE for a body)")
    .option("--note <text>")
    .requiredOption(...by)
    .option("--json", "print JSON")
    .action(async (o: { title: string; period: string; due: string; indicator: string[]; place: string[]; note?: string; by: string; json?: boolean }) => {
      const units = o.place.map((p) => (p.startsWith("body:") ? { kind: "body", code: p.slice(5) } : { kind: "place", code: p.replace(/^place:/, "") }));
      const parsed = CreateRoundRequest.safeParse({ title: o.title, period: o.period, dueOn: o.due, indicatorCodes: o.indicator, units, note: o.note });
      if (!parsed.success) throw validationError(parsed.error.issues);
      const round = await withDatabase((db) => rounds.createRound(db, parsed.data, { name: o.by, id: null }));
      if (o.json) return printJson(round);
      process.stdout.write(en() ? `opened round ${round.id}: ${round.title} (${round.period})\n` : `已创建填报轮次 ${round.id}：${round.title}（${round.period}）\n`);
    });
  group
    .command("list")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => {
      const list = await withDatabase(async (db) => rounds.listRounds(db, localAdministrator("cli"), await placeTree(db)));
      if (o.json) return printJson(list);
      printTable(["id", "title", "period", "due", "status", "published", "indicators", "units"], list.map((r) => [r.id, r.title, r.period, r.dueOn, r.status, r.publishedAt, r.indicatorCount, r.unitCount]));
    });
  tableFileOptions(group.command("overview <id>").description("who submitted, who is late, what awaits review 填报进度").option("--as-of <date>", "YYYY-MM-DD").option("--json", "print JSON"))
    .action(async (id: string, o: { asOf?: string; json?: boolean } & TableFileOptions) => {
      const format = tableFormatOf(o);
      if (format) return writeTableFile(o, format, (lang) => withDatabase((db) => exportRoundOverview(db, Number(id), { format, lang, asOf: o.asOf ? new Date(`${o.asOf}T23:59:59`) : undefined })));
      const view = await withDatabase((db) => roundOverview(db, Number(id), o.asOf ? new Date(`${o.asOf}T23:59:59`) : undefined));
      if (o.json) return printJson(view);
      printTable(["unit", "asked", "draft", "returned", "submitted", "approved", "missing", "late"], view.units.map((u) => [u.nameZh, u.expected, u.draft, u.returned, u.submitted, u.approved, u.missing, u.late ? "!" : ""]));
      for (const r of view.reminders) process.stdout.write(en() ? `remind ${r.nameEn}: ${r.outstanding} outstanding, ${r.daysOverdue} days overdue\n` : `提醒 ${r.nameZh}：尚有 ${r.outstanding} 项未提交，已逾期 ${r.daysOverdue} 天\n`);
    });
  for (const [name, status] of [["close", "closed"], ["reopen", "open"]] as const) {
    group
      .command(`${name} <id>`)
      .option("--reason <text>")
      .requiredOption(...by)
      .action(async (id: string, o: { reason?: string; by: string }) => {
        const parsed = UpdateRoundRequest.parse({ status, reason: o.reason });
        printJson(await withDatabase((db) => rounds.updateRound(db, Number(id), parsed, { name: o.by, id: null })));
      });
  }
  group
    .command("publish <id>")
    .description("publish the round: its approved figures become public 政务公开")
    .requiredOption(...by)
    .action(async (id: string, o: { by: string }) => printJson(await withDatabase((db) => rounds.publishRound(db, Number(id), { name: o.by, id: null }))));
  group
    .command("template <id>")
    .description("write the round's spreadsheet template (.xlsx) for every place and body asked")
    .requiredOption("--out <file>")
    .action(async (id: string, o: { out: string }) => {
      const file = await withDatabase(async (db) => roundTemplate(db, localAdministrator("cli"), await placeTree(db), Number(id)));
      writeFileSync(o.out, file.bytes);
      process.stdout.write(`${o.out}\n`);
    });

  const subs = program.command("submissions").description("submitted figures 填报数据: list, approve, return");
  subs
    .command("list")
    .option("--round <id>")
    .option("--state <state>", "draft, submitted, approved or cancelled")
    .option("--json", "print JSON")
    .action(async (o: { round?: string; state?: string; json?: boolean }) => {
      const list = await withDatabase(async (db) => listSubmissions(db, localAdministrator("cli"), await placeTree(db), { roundId: o.round ? Number(o.round) : undefined, state: o.state, limit: 5000 }));
      if (o.json) return printJson(list);
      printTable(["id", "indicator", "place", "period", "value", "unit", "state", "version", "by"], list.map((s) => [s.id, s.indicatorCode, s.placeCode, s.period, s.displayValue, s.displayUnit, s.returned ? "returned" : s.state, s.version, s.submittedBy ?? s.createdBy]));
    });
  subs
    .command("approve <id>")
    .requiredOption("--version <n>", "the version you reviewed (a stale one is refused)")
    .option("--comment <text>")
    .requiredOption(...by)
    .action(async (id: string, o: { version: string; comment?: string; by: string }) => printJson(await withDatabase(async (db) => approveSubmission(db, localAdministrator(o.by), await placeTree(db), Number(id), Number(o.version), o.comment))));
  subs
    .command("return <id>")
    .requiredOption("--version <n>")
    .requiredOption("--comment <text>", "why it goes back")
    .requiredOption(...by)
    .action(async (id: string, o: { version: string; comment: string; by: string }) => printJson(await withDatabase(async (db) => returnSubmission(db, localAdministrator(o.by), await placeTree(db), Number(id), Number(o.version), o.comment))));

  values
    .command("import <file>")
    .description("import a long-format .xlsx or .csv (指标, 地区, 期间, 数值, 单位, 备注) as approved figures, all or nothing")
    .requiredOption(...by)
    .option("--json", "print JSON")
    .action(async (file: string, o: { by: string; json?: boolean }) => {
      const result = await withDatabase((db) => importValues(db, new Uint8Array(readFileSync(file)), basename(file), { name: o.by, id: null }));
      if (o.json) return printJson(result);
      process.stdout.write(en() ? `imported ${result.rows} rows: ${result.created} new, ${result.replaced} replaced, ${result.unchanged} unchanged\n` : `已导入 ${result.rows} 行：新增 ${result.created}，替换 ${result.replaced}，未变 ${result.unchanged}\n`);
    });
  values
    .command("withdraw <id>")
    .description("withdraw an approved figure (kept in its history, out of monitoring and the public)")
    .requiredOption("--reason <text>")
    .requiredOption(...by)
    .action(async (id: string, o: { reason: string; by: string }) => printJson(await withDatabase(async (db) => withdrawApprovedValue(db, localAdministrator(o.by), await placeTree(db), Number(id), o.reason))));

  program
    .command("rollup")
    .description("district figures summed to the city 汇总 (ratios from their parts), beside the city's own figure")
    .option("--indicator <code>", "one indicator (with --period): the districts not yet reporting too")
    .option("--period <period>")
    .option("--json", "print JSON")
    .action(async (o: { indicator?: string; period?: string; json?: boolean }) => {
      if (o.indicator && o.period) {
        const view = await withDatabase((db) => rollupIndicator(db, o.indicator!, o.period!));
        if (o.json) return printJson(view);
        return printTable(["place", "sum", "reported", "difference", "reporting", "missing"], view.rows.map((r) => [r.placeNameZh, r.sum, r.reported, r.difference, `${r.childrenReporting}/${r.childCount}`, r.missing.length]));
      }
      const rows = await withDatabase((db) => rollupAll(db, { indicatorCodes: o.indicator ? [o.indicator] : undefined, periods: o.period ? [o.period] : undefined }));
      if (o.json) return printJson(rows);
      printTable(["indicator", "place", "period", "sum", "reported", "difference", "reporting"], rows.map((r) => [r.indicatorCode, r.placeCode, r.period, r.sum, r.reported, r.difference, `${r.childrenReporting}/${r.childCount}`]));
    });
}
