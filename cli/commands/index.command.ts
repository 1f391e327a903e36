/**
 * `kechuang index …`: composite indices (区县创新活跃指数, 高新区榜单). `compute`, `uncertainty`,
 * `sensitivity` and `explain` run on an iData + iMeta CSV pair and a pipeline JSON file, without a database; `list`,
 * `show` and `export` read the stored definitions. Bad input names its file, row, column and field.
 * The Monte Carlo analyses run on a worker thread with a progress bar; Ctrl-C cancels them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { IndexDefinitionError } from "../../core/indices/index.ts";
import { defaultUncertainInputs, explainUnitOf, prepareFromCsv, rankingOf, type Prepared } from "../../core/evaluation/analysis.ts";
import { latestTime } from "../../core/indices/index.ts";
import { runWithProgress } from "../analysis-progress.ts";
import { ExportTable } from "../../contract/indices.ts";
import { AppError, invalidField, notFound } from "../../server/errors/app-error.ts";
import { fromIndexDefinitionError } from "../../server/errors/index-definition.ts";
import * as indices from "../../server/services/indices.service.ts";
import { exportIndexTable } from "../../server/services/index-export.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";
import { exportRanking } from "../../server/services/table-export.service.ts";
import { tableFormatOf, writeTableFile } from "../table-file.ts";
import { AnalysisRunner } from "../../server/analysis/analysis-runner.ts";

interface FileOptions {
  idata: string;
  imeta: string;
  pipeline: string;
  year?: string;
  json?: boolean;
  /** Overrides the pipeline file's normalisation method (identity: data already on a common scale). */
  normalise?: string;
}

function readText(path: string, field: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw notFound(field, `无法读取文件 ${path}`, `cannot read file ${path}`);
  }
}

/** Reads and validates the three files; engine issues come back naming the file they are in. */
function prepareFiles(o: FileOptions): Prepared {
  const pipelineText = readText(o.pipeline, "pipeline");
  let pipeline: unknown;
  try {
    pipeline = JSON.parse(pipelineText);
  } catch (e) {
    throw invalidField("pipeline", `流程配置文件 ${o.pipeline} 不是有效的 JSON:${(e as Error).message}`, `pipeline file ${o.pipeline} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    if (o.normalise !== undefined) pipeline = { ...(pipeline as Record<string, unknown>), normalise: { method: o.normalise } };
    return prepareFromCsv(readText(o.idata, "idata"), readText(o.imeta, "imeta"), pipeline);
  } catch (e) {
    if (e instanceof IndexDefinitionError) throw fromIndexDefinitionError(e, { iData: o.idata, iMeta: o.imeta, pipeline: o.pipeline });
    throw e;
  }
}

function intOption(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw invalidField(field, `--${field} 须为整数`, `--${field} must be an integer`);
  return n;
}

const round = (v: number | null, d = 2): string | null => (v === null ? null : v.toFixed(d));

/** The options every file-based subcommand takes. */
function fileCommand(group: Command, name: string, description: string): Command {
  return group
    .command(name)
    .description(description)
    .requiredOption("--idata <file>", "iData CSV (uCode, uName, [Time], groups, indicators)")
    .requiredOption("--imeta <file>", "iMeta CSV (Level, iCode, iName, Direction, Weight, …, Parent, Type)")
    .requiredOption("--pipeline <file>", "pipeline JSON (see examples/asem/pipeline.json)")
    .option("--year <year>", "panel year (default: latest)")
    .option("--normalise <method>", "normalisation instead of the pipeline's: identity (none), minmax, zscore, rank, prank, …")
    .option("--json", "print JSON");
}

export function registerIndexCommands(program: Command): void {
  const group = program.command("index").description("composite indices and rankings 评价指数");

  fileCommand(group, "compute", "rank units: top-level score, rank and every aggregate's score").action((o: FileOptions) => {
    const p = prepareFiles(o);
    const r = rankingOf(p, intOption(o.year, "year") ?? undefined);
    if (o.json) return printJson(r.units.map((u) => ({ uCode: u.uCode, uName: u.uName, rank: u.rank, score: u.score, ...u.scores })));
    const aggs = [...p.def.aggregates.filter((c) => c !== p.def.root), ...p.def.ratios.map((x) => x.code)];
    printTable(["rank", "uCode", "uName", "score", ...aggs], r.units.map((u) => [u.rank, u.uCode, u.uName, round(u.score), ...aggs.map((c) => round(u.scores[c] ?? null))]));
  });

  fileCommand(group, "uncertainty", "rank intervals by seeded Monte Carlo (winsorisation, normalisation, weights ±f, aggregation)")
    .option("--seed <n>", "random seed", "1")
    .option("--n <n>", "replications", "500")
    .option("--weight-noise <f>", "weight noise fraction", "0.25")
    .option("--progress", "show progress on stderr even when it is not a terminal")
    .action(async (o: FileOptions & { seed: string; n: string; weightNoise: string; progress?: boolean }) => {
      const p = prepareFiles(o);
      const inputs = { ...defaultUncertainInputs(p.spec), weightNoise: { fraction: Number(o.weightNoise) } };
      const time = intOption(o.year, "year") ?? latestTime(p.data);
      const task = { kind: "uncertainty" as const, prepared: p, inputs, replications: intOption(o.n, "n")!, seed: intOption(o.seed, "seed")!, time };
      const stats = await runWithProgress(task, o.progress || undefined);
      if (!stats) return;
      stats.sort((a, b) => a.nominal - b.nominal);
      if (o.json) return printJson(stats);
      printTable(["uCode", "nominal", "median", "q5", "q95"], stats.map((s) => [s.uCode, s.nominal, s.median, s.q5, s.q95]));
    });

  fileCommand(group, "sensitivity", "first-order and total sensitivity indices per uncertain input, and the rank shift when each dimension is dropped")
    .option("--seed <n>", "random seed", "1")
    .option("--n <n>", "base sample size (the model runs n·(k + 2) times)", "100")
    .option("--progress", "show progress on stderr even when it is not a terminal")
    .action(async (o: FileOptions & { seed: string; n: string; progress?: boolean }) => {
      const p = prepareFiles(o);
      const n = intOption(o.n, "n")!;
      if (n < 8) throw invalidField("n", "--n 至少为 8", "--n must be at least 8");
      const year = intOption(o.year, "year") ?? rankingOf(p).time;
      // The dimensions: one level below the index, as the API's drop-one analysis.
      const level = p.def.maxLevel - 1;
      const task = { kind: "sensitivity" as const, prepared: p, inputs: defaultUncertainInputs(p.spec), n, seed: intOption(o.seed, "seed")!, time: year, level };
      const outcome = await runWithProgress(task, o.progress || undefined);
      if (!outcome) return;
      const { indices } = outcome;
      const names = new Map(p.def.meta.map((m) => [m.iCode, m.iName]));
      const drops = outcome.drops.map((d) => ({ ...d, level, name: names.get(d.code) ?? d.code }));
      if (o.json) return printJson({ seed: Number(o.seed), n, time: year, indices, drops });
      printTable(["input", "Si", "STi", "Si q5–q95", "STi q5–q95"], indices.map((x) => [x.name, round(x.si, 3), round(x.sti, 3), `${round(x.siQ5, 3)}–${round(x.siQ95, 3)}`, `${round(x.stiQ5, 3)}–${round(x.stiQ95, 3)}`]));
      console.log("");
      printTable(["dropped", "name", "mean |Δrank|"], drops.map((d) => [d.code, d.name, round(d.meanRankShift)]));
    });

  fileCommand(group, "explain", "contribution of each indicator and dimension to a unit's score")
    .requiredOption("--unit <uCode>")
    .option("--compare-year <year>", "also explain the change since this year")
    .action((o: FileOptions & { unit: string; compareYear?: string }) => {
      const p = prepareFiles(o);
      const year = intOption(o.year, "year") ?? rankingOf(p).time;
      const e = explainUnitOf(p, o.unit, year, intOption(o.compareYear, "compare-year") ?? null);
      if (!e) throw notFound("unit", `单位 ${o.unit} 不在排名中`, `unit ${o.unit} is not ranked`);
      if (o.json) return printJson(e);
      printTable(["code", "level", "share", "value", "contribution"], e.contributions.map((c) => [c.code, c.level, round(c.share, 4), round(c.value), round(c.contribution)]));
      if (e.ratios.length > 0) {
        console.log("");
        printTable(["ratio", "numerator", "denominator", "value"], e.ratios.map((r) => [r.code, `${r.numerator} ${round(r.numeratorValue)}`, `${r.denominator} ${round(r.denominatorValue)}`, round(r.value, 3)]));
      }
    });

  group
    .command("list")
    .description("stored index definitions")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => {
      const list = await withDatabase((db) => indices.listDefinitions(db));
      if (o.json) return printJson(list);
      const en = cliLanguage() === "en";
      printTable(["code", "name", "indicators", "source", "sample"], list.map((d) => [d.code, en ? d.nameEn : d.nameZh, d.indicatorCount, d.dataSource, d.sample ? (en ? "sample data" : "示例数据") : ""]));
    });

  group
    .command("show <code>")
    .description("a definition with its tree and pipeline")
    .action(async (code: string) => printJson(await withDatabase((db) => indices.getDefinition(db, code))));

  group
    .command("export <code>")
    .description("export iMeta, iData, pipeline or ranking (sample data keeps its label)")
    .requiredOption("--table <table>", "imeta | idata | pipeline | ranking")
    .option("--out <file>", "write to a file instead of standard output")
    .option("--as <format>", "ranking only: xlsx or csv (the ranking table people read, as the web app exports it)")
    .option("--replications <n>", "with --as: add the 5th–95th percentile rank interval from n seeded Monte Carlo runs (at least 10)")
    .option("--seed <n>", "random seed of the rank interval", "1")
    .action(async (code: string, o: { table: string; out?: string; as?: string; replications?: string; seed: string }) => {
      const table = ExportTable.safeParse(o.table);
      if (!table.success) throw new AppError("validation_failed", { zh: "--table 须为 imeta、idata、pipeline 或 ranking", en: "--table must be imeta, idata, pipeline or ranking" }, "table");
      const format = table.data === "ranking" ? tableFormatOf(o) : null;
      if (format) {
        const replications = intOption(o.replications, "replications");
        if (replications !== undefined && replications < 10) throw invalidField("replications", "--replications 至少为 10", "--replications must be at least 10");
        return writeTableFile(o, format, (lang) =>
          withDatabase(async (db) => {
            if (replications === undefined) return exportRanking(db, code, { format, lang });
            const runner = new AnalysisRunner();
            try {
              return await exportRanking(db, code, { format, lang, intervals: { runner, replications, seed: intOption(o.seed, "seed")! } });
            } finally {
              await runner.close();
            }
          }),
        );
      }
      const file = await withDatabase((db) => exportIndexTable(db, code, table.data, cliLanguage()));
      if (o.out) writeFileSync(o.out, file.text);
      else process.stdout.write(file.text);
    });
}
