/** `kechuang values list | add | history`: data values, validated as through the API. */
import type { Command } from "commander";
import { CreateDataValueRequest } from "../../contract/values.ts";
import * as values from "../../server/services/values.service.ts";
import { validationError } from "../../server/errors/http.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

export function registerValueCommands(program: Command): Command {
  const group = program.command("values").description("data values 指标数据");

  group
    .command("list")
    .option("--indicator <code>")
    .option("--place <code>")
    .option("--period <period>")
    .option("--json", "print JSON")
    .action(async (opts: { indicator?: string; place?: string; period?: string; json?: boolean }) => {
      const list = await withDatabase((db) => values.listValues(db, { indicatorCode: opts.indicator, placeCode: opts.place, period: opts.period }));
      if (opts.json) return printJson(list);
      printTable(["id", "indicator", "place", "period", "value", "status", "source"], list.map((v) => [v.id, v.indicatorCode, v.placeCode, v.period, v.value, v.status, v.source.ref ?? v.source.kind]));
    });

  group
    .command("add")
    .description("add a data value (base unit: 元, 家, % …)")
    .requiredOption("--indicator <code>")
    .option("--place <code>", "place code", "500000")
    .requiredOption("--period <period>", "2024, 2024Q1 or 2024-03")
    .requiredOption("--value <number>")
    .option("--note <text>")
    .requiredOption("--by <name>", "who enters it (recorded)")
    .option("--json", "print the stored value as JSON")
    .action(async (opts: { indicator: string; place: string; period: string; value: string; note?: string; by: string; json?: boolean }) => {
      const parsed = CreateDataValueRequest.safeParse({
        indicatorCode: opts.indicator,
        placeCode: opts.place,
        period: opts.period,
        value: opts.value.trim() === "" ? Number.NaN : Number(opts.value),
        note: opts.note,
      });
      if (!parsed.success) throw validationError(parsed.error.issues);
      const { value, replaced } = await withDatabase((db) => values.createDataValue(db, parsed.data, { name: opts.by, id: null }));
      if (opts.json) return printJson(value);
      const en = cliLanguage() === "en";
      const what = `${value.indicatorCode} ${value.placeCode} ${value.period} = ${value.value}`;
      process.stdout.write(en ? `stored ${what}${replaced ? ` (replaces ${replaced.value})` : ""}\n` : `已保存 ${what}${replaced ? `（替换原值 ${replaced.value}）` : ""}\n`);
    });

  group
    .command("history <id>")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const list = await withDatabase((db) => values.getValueHistory(db, Number(id)));
      if (opts.json) return printJson(list);
      printTable(["rev", "value", "status", "by", "at", "source"], list.map((r) => [r.revision, r.value, r.status, r.changedBy, r.changedAt, r.source.quote ?? r.source.ref]));
    });
  return group;
}
