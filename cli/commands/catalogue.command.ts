/** `kechuang indicators | places | bodies`: the catalogue. */
import type { Command } from "commander";
import * as catalogue from "../../server/services/catalogue.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

export function registerCatalogueCommands(program: Command): void {
  program
    .command("indicators")
    .description("list indicators 指标目录")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const list = await withDatabase((db) => catalogue.listIndicators(db));
      if (opts.json) return printJson(list);
      const en = cliLanguage() === "en";
      printTable(["code", en ? "name" : "名称", en ? "unit" : "单位", en ? "measure" : "类型"], list.map((i) => [i.code, en ? i.nameEn : i.nameZh, i.displayUnit ?? i.unit, i.measure]));
    });

  program
    .command("places")
    .description("list places 地区 (city, districts and counties, zones, Science City)")
    .option("--kind <kind>", "only places of this kind (district, county, hightech_zone …)")
    .option("--json", "print JSON")
    .action(async (opts: { kind?: string; json?: boolean }) => {
      const list = await withDatabase((db) => catalogue.listPlaces(db, opts.kind));
      if (opts.json) return printJson(list);
      const en = cliLanguage() === "en";
      printTable(["code", en ? "name" : "名称", en ? "kind" : "类型", en ? "in" : "所属"], list.map((p) => [p.code, en ? p.nameEn : p.nameZh, p.kind, p.memberOf.join(",") || p.parentCode]));
    });

  program
    .command("bodies")
    .description("list responsible bodies 责任单位")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const list = await withDatabase((db) => catalogue.listBodies(db));
      if (opts.json) return printJson(list);
      printTable(["code", "名称", "全称", "English"], list.map((b) => [b.code, b.nameZh, b.fullNameZh, b.nameEn]));
    });
}
