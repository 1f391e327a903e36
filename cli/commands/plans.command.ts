/** `kechuang plans` and `kechuang progress --plan CODE`: plans and their targets' progress. */
import type { Command } from "commander";
import type { TargetProgress } from "../../contract/plans.ts";
import * as plans from "../../server/services/plans.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";
import { kindLine } from "./review.command.ts";

/** The stable machine-readable record of one target (values in the indicator's base unit). */
export function progressRecord(p: TargetProgress) {
  return {
    indicator: p.indicator,
    indicatorCode: p.indicatorCode,
    unit: p.unit,
    baseline: p.baseline,
    target: { value: p.target.value, ...(p.target.valueMax !== null ? { valueMax: p.target.valueMax } : {}), year: p.target.year, comparator: p.target.comparator, kind: p.target.kind },
    latest: p.latest,
    status: p.status,
    completion: p.completion,
    requiredAnnualGrowth: p.requiredAnnualGrowth,
    realisedAnnualGrowth: p.realisedAnnualGrowth,
    growthBasis: p.growthBasis,
    projection: p.projection,
  };
}

const STATUS_ZH = { achieved: "已完成", on_track: "进展顺利", at_risk: "存在风险", off_track: "进度滞后", no_data: "暂无数据" } as const;

function growth(p: TargetProgress, rate: number | null): string | null {
  if (rate === null) return null;
  return p.growthBasis === "linear" ? `${rate.toFixed(3)}/yr` : `${(rate * 100).toFixed(2)}%`;
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

  program
    .command("progress")
    .description("progress of a plan's targets 目标进展")
    .requiredOption("--plan <code>", "plan code, e.g. cq-sti-2021-2025")
    .option("--as-of <year>", "ignore values after this year", (v) => Number.parseInt(v, 10))
    .option("--json", "print a JSON array, one object per target")
    .action(async (opts: { plan: string; asOf?: number; json?: boolean }) => {
      const progress = await withDatabase((db) => plans.getPlanProgress(db, opts.plan, opts.asOf));
      if (opts.json) return printJson(progress.map(progressRecord));
      const en = cliLanguage() === "en";
      printTable(
        en ? ["indicator", "unit", "baseline", "target", "latest", "status", "required/yr", "realised/yr", "projection"] : ["指标", "单位", "基期值", "目标值", "最新值", "状态", "所需年均增速", "实际年均增速", "预测值"],
        progress.map((p) => [
          en ? p.indicatorEn : p.indicator,
          p.unit,
          p.baseline ? `${p.baseline.value} (${p.baseline.year})` : null,
          `${p.target.comparator}${p.target.value}${p.target.valueMax !== null ? `–${p.target.valueMax}` : ""} (${p.target.year})`,
          p.latest ? `${p.latest.value} (${p.latest.year})` : null,
          en ? p.status : STATUS_ZH[p.status],
          growth(p, p.requiredAnnualGrowth),
          growth(p, p.realisedAnnualGrowth),
          p.projection === null ? null : Number(p.projection.toPrecision(6)),
        ]),
      );
    });
}
