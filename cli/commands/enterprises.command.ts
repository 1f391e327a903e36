/**
 * `kechuang enterprises import | assess | funnel | list | show | snapshot | demo`: the enterprise
 * registry (企业库) from a terminal, acting on the local database with administrator rights.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { AssessRequest } from "../../contract/enterprises.ts";
import { STATUS_NAMES, type StatusKind } from "../../core/enterprises/registry.model.ts";
import { assessYears } from "../../core/enterprises/cultivation.ts";
import { validationError } from "../../server/errors/http.ts";
import { invalidField } from "../../server/errors/app-error.ts";
import { loadDemoRegistry } from "../../server/services/enterprise-demo.service.ts";
import { placeFunnel, takeSnapshot } from "../../server/services/enterprise-funnel.service.ts";
import { importRegistry, readRegistryFile } from "../../server/services/enterprise-import.service.ts";
import { assessFigures, assessStored, getEnterprise, listEnterprises } from "../../server/services/enterprises.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

const by = ["--by <name>", "who acts (recorded)", "本地管理员"] as const;
const en = () => cliLanguage() === "en";
type Pack = "tech-sme" | "high-tech";

/** Assessments of FILE_OR_CODE: a .json of figures, a registry table (.csv/.xlsx), or a credit code in the registry. */
async function assessArgument(target: string, pack: Pack) {
  if (existsSync(target) && /\.json$/i.test(target)) {
    const raw = JSON.parse(readFileSync(target, "utf8")) as unknown;
    const parsed = AssessRequest.safeParse(Array.isArray(raw) ? { pack, years: raw } : { ...(raw as object), pack });
    if (!parsed.success) throw validationError(parsed.error.issues);
    return [assessFigures(parsed.data)];
  }
  if (existsSync(target)) {
    const { enterprises } = await withDatabase((db) => readRegistryFile(db, new Uint8Array(readFileSync(target)), basename(target)));
    return enterprises.map((e) => ({ creditCode: e.creditCode, name: e.name, ...assessYears(pack, e.years)! }));
  }
  if (!/^[0-9A-Za-z]{18}$/.test(target.trim())) throw invalidField("target", `既不是文件也不是统一社会信用代码：${target}`, `neither a file nor a credit code: ${target}`);
  return [await withDatabase((db) => assessStored(db, target, pack))];
}

export function registerEnterpriseCommands(program: Command): Command {
  const group = program.command("enterprises").description("enterprise registry 企业库, rule packs, funnel 培育库");

  group
    .command("import <file>")
    .description("import a registry table (.xlsx or .csv, one enterprise-year a row, amounts in 万元), all or nothing")
    .option(...by)
    .option("--json", "print JSON")
    .action(async (file: string, o: { by: string; json?: boolean }) => {
      const r = await withDatabase((db) => importRegistry(db, new Uint8Array(readFileSync(file)), basename(file), { name: o.by, id: null }));
      if (o.json) return printJson(r);
      process.stdout.write(en() ? `imported ${r.rows} rows: ${r.enterprises} enterprises (${r.created} new, ${r.updated} updated)\n` : `已导入 ${r.rows} 行：企业 ${r.enterprises} 家（新增 ${r.created}，更新 ${r.updated}）\n`);
    });

  group
    .command("assess <fileOrCode>")
    .description("assess by a rule pack: a .json of figures, a registry table, or a credit code in the registry")
    .requiredOption("--pack <pack>", "tech-sme (科技型中小企业评价) or high-tech (高新技术企业 self-check)")
    .option("--json", "print JSON")
    .action(async (target: string, o: { pack: string; json?: boolean }) => {
      if (o.pack !== "tech-sme" && o.pack !== "high-tech") throw invalidField("pack", "--pack 应为 tech-sme 或 high-tech", "--pack must be tech-sme or high-tech");
      const results = await assessArgument(target, o.pack);
      if (o.json) return printJson(results.length === 1 ? results[0] : results);
      const lang = cliLanguage();
      for (const a of results) {
        const who = a as { creditCode?: string; name?: string };
        process.stdout.write(`${who.creditCode ? `${who.creditCode} ${who.name}\n` : ""}${a.summary[lang]}${a.score ? `（${a.score.min === a.score.max ? a.score.min : `${a.score.min}–${a.score.max}`}/${a.scoreMax}）` : ""}\n`);
        printTable(
          lang === "en" ? ["condition / item", "result", "figures", "to change"] : ["条件/指标", "结果", "依据", "如何改变"],
          [
            ...a.conditions.map((c) => [c.label[lang], c.verdict + (c.judged ? "*" : ""), c.explanation[lang], c.toChange?.[lang] ?? null]),
            ...a.items.map((i) => [i.label[lang], i.points.min === i.points.max ? `${i.points.max}/${i.max}` : `${i.points.min}–${i.points.max}/${i.max}`, i.explanation[lang], i.toChange?.[lang] ?? null]),
          ],
        );
        process.stdout.write(`${a.documents.map((d) => d.number).join("、")}${a.judgedParts.length ? (lang === "en" ? "; * judged" : "；* 为判断项") : ""}\n`);
      }
    });

  group
    .command("funnel")
    .description("counts by status and year against the targets, lapsing certificates, 培育库")
    .option("--place <code>", "district, county or zone code (500000: the city)", "500000")
    .option("--on <date>", "as of (YYYY-MM-DD), default today")
    .option("--json", "print JSON")
    .action(async (o: { place: string; on?: string; json?: boolean }) => {
      const f = await withDatabase((db) => placeFunnel(db, o.place, o.on));
      if (o.json) return printJson(f);
      const lang = cliLanguage();
      const years = [...new Set(f.counts.map((c) => c.year))];
      const kinds = ["tech-any", "cq-tech", "tech-sme", "high-tech", "specialised", "little-giant", "star-market"];
      const name = (k: string) => (k === "tech-any" ? (lang === "en" ? "tech-based (any)" : "科技型企业（合计）") : STATUS_NAMES[k as StatusKind][lang]);
      const cell = (y: number, k: string) => {
        const c = f.counts.find((x) => x.year === y && x.kind === k);
        return c ? (c.real || !c.sample ? c.real : `${c.sample}${lang === "en" ? " (sample)" : "（示例）"}`) : 0;
      };
      printTable([lang === "en" ? "status" : "状态", ...years.map(String)], kinds.map((k) => [name(k), ...years.map((y) => cell(y, k))]));
      for (const t of f.targets) process.stdout.write(`${lang === "en" ? "target" : "目标"} ${t.planCode} ${t.indicatorCode} ${t.targetYear}: ${t.comparator} ${t.value}\n`);
      for (const x of f.figures) process.stdout.write(`${x.indicatorCode} ${x.period}: ${lang === "en" ? "reported" : "填报"} ${x.reported ?? "—"}, ${lang === "en" ? "registry" : "企业库"} ${x.registry ?? "—"}${x.difference !== null ? ` (${x.difference >= 0 ? "+" : ""}${x.difference})` : ""}${x.sampleRegistry !== null ? `, ${lang === "en" ? "sample" : "示例数据"} ${x.sampleRegistry}` : ""}\n`);
      process.stdout.write(`${lang === "en" ? "certificates lapsing within 12 months" : "12个月内到期的高企证书"}: ${f.lapsing.length}\n`);
      process.stdout.write(`${lang === "en" ? "cultivation pool (tech-SME / high-tech)" : "培育库（科技型中小企业/高新技术企业）"}: ${f.pool.techSme.length} / ${f.pool.highTech.length}\n`);
      for (const p of f.pool.highTech.slice(0, 10)) process.stdout.write(`  ${p.creditCode} ${p.name}  ${p.summaryNow[lang]}\n`);
    });

  group
    .command("list")
    .option("--q <text>", "part of the name or credit code")
    .option("--place <code>")
    .option("--status <kind>", "cq-tech, tech-sme, high-tech, specialised, little-giant, star-market")
    .option("--limit <n>", "at most", "100")
    .option("--json", "print JSON")
    .action(async (o: { q?: string; place?: string; status?: string; limit: string; json?: boolean }) => {
      const list = await withDatabase((db) => listEnterprises(db, { q: o.q, placeCode: o.place, status: o.status, limit: Math.min(1000, Number(o.limit) || 100) }));
      if (o.json) return printJson(list);
      printTable(["credit code", "name", "place", "holds"], list.map((e) => [e.creditCode, e.name + (e.sample ? "（示例数据）" : ""), e.placeCode, e.holds.join(",")]));
    });

  group
    .command("show <code>")
    .option("--json", "print JSON")
    .action(async (code: string, o: { json?: boolean }) => {
      const card = await withDatabase((db) => getEnterprise(db, code));
      if (o.json) return printJson(card);
      const lang = cliLanguage();
      process.stdout.write(`${card.creditCode} ${card.name}${card.sample ? "（示例数据）" : ""} ${card.placeCode}\n`);
      printTable(["status", "reference", "from", "to"], card.statuses.map((s) => [STATUS_NAMES[s.kind][lang], s.reference, s.validFrom, s.validTo]));
      for (const a of [card.assessments.techSme, card.assessments.highTech]) if (a) process.stdout.write(`${a.summary[lang]}\n`);
    });

  group
    .command("snapshot")
    .description("count the registry per place and year; a real registry's counts become figures where none is reported")
    .option("--on <date>", "as of (YYYY-MM-DD)")
    .option("--sample", "count the generated sample registry (示例数据) instead; never becomes figures")
    .option(...by)
    .option("--json", "print JSON")
    .action(async (o: { on?: string; sample?: boolean; by: string; json?: boolean }) => {
      const s = await withDatabase((db) => takeSnapshot(db, { on: o.on, sample: Boolean(o.sample) }, { name: o.by, id: null }));
      if (o.json) return printJson(s);
      process.stdout.write(en() ? `snapshot #${s.id} on ${s.takenOn}: ${s.counts} counts, ${s.figuresWritten} figures written\n` : `快照 #${s.id}（${s.takenOn}）：计数 ${s.counts} 项，写入数据 ${s.figuresWritten} 条\n`);
    });

  group
    .command("demo")
    .description("load a generated registry labelled 示例数据 (58,524 科技型企业 across the districts and counties); replaces earlier sample rows")
    .option("--total <n>", "enterprises to generate", "58524")
    .option("--seed <n>", "random seed")
    .option(...by)
    .option("--json", "print JSON")
    .action(async (o: { total: string; seed?: string; by: string; json?: boolean }) => {
      const r = await withDatabase((db) => loadDemoRegistry(db, { name: o.by, id: null }, { total: Number(o.total), seed: o.seed === undefined ? undefined : Number(o.seed) }));
      if (o.json) return printJson(r);
      process.stdout.write(en() ? `loaded ${r.enterprises} sample enterprises (示例数据), replacing ${r.replaced}; sample snapshot #${r.snapshotId}\n` : `已载入示例数据企业 ${r.enterprises} 家（替换 ${r.replaced} 家）；示例快照 #${r.snapshotId}\n`);
    });
  return group;
}
