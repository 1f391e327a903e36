/** `kechuang plans`, `kechuang progress --plan CODE` and `kechuang targets baseline`: plans, their targets' progress, a missing base-period value. */
import type { Command } from "commander";
import type { TargetProgress } from "../../contract/plans.ts";
import * as plans from "../../server/services/plans.service.ts";
import { setTargetBaseline } from "../../server/services/target-baseline.service.ts";
import { SetTargetBaselineRequest } from "../../contract/plans.ts";
import { validationError } from "../../server/errors/http.ts";
import { cliLanguage, printJson, printTable, withDatabase, type Language } from "../context.ts";
import { formatDisplayValue, formatGrowth, formatGrowthRange, formatTarget, unitLabel } from "../../core/units/display-format.ts";
import { kindLine } from "./review.command.ts";
import { exportPlanProgress } from "../../server/services/table-export.service.ts";
import { tableFileOptions, tableFormatOf, writeTableFile, type TableFileOptions } from "../table-file.ts";
import { ATTRIBUTE_LABELS, GROWTH_MODEL_LABELS, STATUS_LABELS } from "../../core/monitoring/labels.ts";

/** The stable machine-readable record of one target (values in the indicator's base unit). */
export function progressRecord(p: TargetProgress) {
  return {
    targetId: p.targetId,
    indicator: p.indicator,
    indicatorCode: p.indicatorCode,
    unit: p.unit,
    attribute: p.attribute,
    baseline: p.baseline,
    target: { value: p.target.value, ...(p.target.valueMax !== null ? { valueMax: p.target.valueMax } : {}), year: p.target.year, comparator: p.target.comparator, kind: p.target.kind },
    latest: p.latest,
    status: p.status,
    reason: p.reason,
    needsBaseline: p.needsBaseline,
    completion: p.completion,
    requiredAnnualGrowth: p.requiredAnnualGrowth,
    realisedAnnualGrowth: p.realisedAnnualGrowth,
    realisedRange: p.realisedRange,
    growthBasis: p.growthBasis,
    projection: p.projection,
    projectionRange: p.projectionRange,
    projectionFlags: p.projectionFlags,
  };
}

const STATUS = STATUS_LABELS;
const ATTRIBUTE = ATTRIBUTE_LABELS;
const MODEL = GROWTH_MODEL_LABELS;
const NEEDS_BASELINE = { zh: "需补充基期值", en: "base-period value needed" } as const;

/** One target's row of the progress table, every figure in its display unit and the CLI's language. */
export function progressRow(p: TargetProgress, lang: Language): (string | null)[] {
  const value = (v: number) => formatDisplayValue(v, p, lang);
  const growth = (rate: number | null, range: TargetProgress["realisedRange"] = null) => formatGrowthRange(range, p, lang) ?? formatGrowth(rate, p, lang);
  const projection =
    p.projection === null
      ? null
      : `${p.projectionRange ? `${value(p.projectionRange.low)}–${value(p.projectionRange.high)}` : value(p.projection)}${p.growthBasis ? ` (${MODEL[lang][p.growthBasis]}${p.projectionFlags.includes("far_extrapolation") ? (lang === "zh" ? "，远超数据的外推" : ", far past the data") : ""})` : ""}`;
  return [
    lang === "en" ? p.indicatorEn : p.indicator,
    p.attribute ? ATTRIBUTE[lang][p.attribute] : null,
    unitLabel(p.displayUnit, lang),
    p.baseline ? `${value(p.baseline.value)} (${p.baseline.year})` : p.needsBaseline ? `${NEEDS_BASELINE[lang]} (targets baseline ${p.targetId})` : null,
    `${formatTarget(p, lang)} (${p.target.year})`,
    p.latest ? `${value(p.latest.value)} (${p.latest.year})` : null,
    STATUS[lang][p.status],
    growth(p.requiredAnnualGrowth),
    growth(p.realisedAnnualGrowth, p.realisedRange),
    projection,
  ];
}

export function registerPlanCommands(program: Command): void {
  program
    .command("plans")
    .description("list plans 规划列表")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const list = await withDatabase((db) => plans.listAllPlans(db));
      if (opts.json) return printJson(list);
      const en = cliLanguage() === "en";
      printTable(
        ["code", en ? "title" : "标题", en ? "kind" : "类型", en ? "period" : "期限", en ? "targets" : "目标数"],
        list.map((p) => [p.code, en ? p.titleEn : p.titleZh, kindLine(p.documentKind, p.documentYear, en), `${p.periodStart}–${p.periodEnd}`, p.targetCount]),
      );
    });

  tableFileOptions(
    program
      .command("progress")
      .description("progress of a plan's targets 目标进展")
      .requiredOption("--plan <code>", "plan code, e.g. cq-sti-2021-2025")
      .option("--as-of <year>", "ignore values after this year", (v) => Number.parseInt(v, 10))
      .option("--json", "print a JSON array, one object per target"),
  )
    .action(async (opts: { plan: string; asOf?: number; json?: boolean } & TableFileOptions) => {
      const format = tableFormatOf(opts);
      // The command line acts with local administrator rights: it reads what a signed-in person reads.
      if (format) return writeTableFile(opts, format, (lang) => withDatabase((db) => exportPlanProgress(db, opts.plan, { format, lang, asOf: opts.asOf, audience: "internal" })));
      const progress = await withDatabase((db) => plans.getPlanProgress(db, opts.plan, opts.asOf));
      if (opts.json) return printJson(progress.map(progressRecord));
      const lang = cliLanguage();
      printTable(
        lang === "en"
          ? ["indicator", "attribute", "unit", "baseline", "target", "latest", "status", "required/yr", "realised/yr", "projection (model)"]
          : ["指标", "属性", "单位", "基期值", "目标值", "最新值", "状态", "所需年均增速", "实际年均增速", "预测值（模型）"],
        progress.map((p) => progressRow(p, lang)),
      );
    });

  program
    .command("targets")
    .description("targets 目标")
    .command("baseline <id>")
    .description("enter a target's base-period value 补充基期值 (翻番, 双倍增, 年均增长 … need one)")
    .requiredOption("--value <number>", "base-period value in the indicator's base unit (元, 家, %)")
    .requiredOption("--year <year>", "base year, before the target year")
    .option("--reason <text>", "why (recorded)")
    .requiredOption("--by <name>", "who enters it (recorded)")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { value: string; year: string; reason?: string; by: string; json?: boolean }) => {
      const parsed = SetTargetBaselineRequest.safeParse({ value: opts.value.trim() === "" ? Number.NaN : Number(opts.value), year: Number(opts.year), reason: opts.reason });
      if (!parsed.success) throw validationError(parsed.error.issues);
      const targetId = Number(id);
      if (!Number.isInteger(targetId) || targetId < 1) throw validationError([{ code: "custom", path: ["id"], message: "target id must be a positive integer", input: id }]);
      const r = await withDatabase((db) => setTargetBaseline(db, targetId, parsed.data, { name: opts.by, id: null }));
      if (opts.json) return printJson(r);
      process.stdout.write(cliLanguage() === "en" ? `target ${r.targetId}: baseline ${r.baseline.value} (${r.baseline.year})\n` : `目标 ${r.targetId}：基期值 ${r.baseline.value}（${r.baseline.year}年）\n`);
    });
}
