/**
 * The ranking (评价排名) as a sheet: rank, place code and name, composite score, a column per
 * sub-index and ratio node headed by its name (维度 names in zh-CN, English names in en), and, when
 * computed, the 5th–95th percentile rank interval in whole ranks. Scores with two decimals, as on
 * screen. Sample data says so in its title and on every row.
 */
import type { ComputeResponse, RankInterval } from "../../contract/indices.ts";
import { SAMPLE_LABEL } from "../../core/evaluation/model.ts";
import type { ExportColumn, ExportSheet, ExportValue } from "../spreadsheets/write-spreadsheet.ts";
import { numberCell, type SheetLanguage } from "./sheet-file.ts";

const HEADERS = {
  zh: { rank: "排名", uCode: "地区代码", uName: "地区", score: "综合得分", q5: "排名区间下限（5%）", q95: "排名区间上限（95%）", note: "数据说明", sheet: "排名", title: (index: string, year: string) => `${index}　排名（${year}）` },
  en: { rank: "Rank", uCode: "Code", uName: "Place", score: "Score", q5: "Rank interval low (5th pct)", q95: "Rank interval high (95th pct)", note: "Data note", sheet: "Ranking", title: (index: string, year: string) => `${index}: ranking (${year})` },
} as const;

/** The index's names, and the rank intervals' settings when they are included. */
export interface RankingSheetContext {
  nameZh: string;
  nameEn: string;
  intervals: { units: RankInterval[]; replications: number; seed: number } | null;
  /** Computed from unsaved edits of the tree or pipeline, not the stored definition. */
  draft?: boolean;
}

const SCORE_DECIMALS = 2;

/** The ranking as a sheet, best rank first (unranked places last, as the engine orders them). */
export function rankingSheet(ranking: ComputeResponse, context: RankingSheetContext, lang: SheetLanguage): ExportSheet {
  const h = HEADERS[lang];
  const name = (n: { nameZh: string; nameEn: string }) => (lang === "zh" ? n.nameZh : n.nameEn);
  // Sub-indices from the level below the index downwards, then ratio nodes.
  const nodes = [...ranking.aggregates.filter((a) => a.code !== ranking.root).sort((a, b) => b.level - a.level), ...ranking.ratios];
  const intervalOf = new Map((context.intervals?.units ?? []).map((u) => [u.uCode, u]));
  const columns: ExportColumn[] = [
    { key: "rank", header: h.rank, width: 8 },
    { key: "uCode", header: h.uCode, width: 12 },
    { key: "uName", header: h.uName },
    { key: "score", header: h.score, width: 12 },
    ...nodes.map((n) => ({ key: `node:${n.code}`, header: name(n) })),
    ...(context.intervals ? [{ key: "q5", header: h.q5 }, { key: "q95", header: h.q95 }] : []),
    ...(ranking.sample ? [{ key: "note", header: h.note }] : []),
  ];
  const rows = ranking.units.map((u) => {
    const interval = intervalOf.get(u.uCode);
    const row: Record<string, ExportValue> = { rank: u.rank, uCode: u.uCode, uName: u.uName, score: numberCell(u.score, SCORE_DECIMALS) };
    for (const n of nodes) row[`node:${n.code}`] = numberCell(u.scores[n.code], SCORE_DECIMALS);
    // Whole ranks: a 5th percentile of 1.95 is rank 2, as the screen shows it.
    if (interval) Object.assign(row, { q5: Math.round(interval.q5), q95: Math.round(interval.q95) });
    if (ranking.sample) row.note = SAMPLE_LABEL[lang];
    return row;
  });
  const year = ranking.time === null ? "" : lang === "zh" ? `${ranking.time}年` : String(ranking.time);
  const sample = ranking.sample ? (lang === "zh" ? `，${SAMPLE_LABEL.zh}` : `, ${SAMPLE_LABEL.en}`) : "";
  const draft = context.draft ? (lang === "zh" ? "，按未保存的修改计算" : ", computed with unsaved changes") : "";
  const notes = context.intervals
    ? [lang === "zh" ? `排名区间：蒙特卡洛模拟 ${context.intervals.replications} 次（随机种子 ${context.intervals.seed}）的第 5 和第 95 百分位排名，取整。` : `Rank interval: 5th and 95th percentile rank over ${context.intervals.replications} Monte Carlo replications (seed ${context.intervals.seed}), rounded to whole ranks.`]
    : [];
  return { name: h.sheet, title: h.title(name(context), `${year}${sample}${draft}`), columns, rows, notes };
}
