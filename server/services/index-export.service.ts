/**
 * Exports of an index: its iMeta, iData and pipeline files (read back by the import) and its ranking
 * as CSV. Generated data carries its label in every export: a DataNote column, or a "$comment" key.
 * The ranking CSV starts with a UTF-8 byte-order mark, so that Excel on a Chinese Windows reads it as
 * UTF-8, and its text cells are neutralised against formula injection.
 */
import { neutraliseCell } from "../../core/reporting/formula-injection.ts";
import { SAMPLE_LABEL, SAMPLE_NOTE_COLUMN } from "../../core/evaluation/model.ts";
import { toIDataCsv, toIMetaCsv } from "../../core/evaluation/tables.ts";
import type { z } from "zod";
import type { ExportTable } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import { computeRanking } from "./evaluation.service.ts";
import { loadEvaluationInput } from "./evaluation-input.service.ts";

export interface ExportFile {
  fileName: string;
  contentType: string;
  text: string;
}

const csvCell = (v: string | number | null): string => (v === null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const note = `${SAMPLE_LABEL.zh} ${SAMPLE_LABEL.en}`;

async function rankingCsv(db: Db, code: string): Promise<string> {
  const r = await computeRanking(db, code, {});
  const aggs = [...r.aggregates.map((a) => a.code), ...r.ratios.map((x) => x.code)];
  const header = ["uCode", "uName", "Rank", ...aggs, ...(r.sample ? [SAMPLE_NOTE_COLUMN] : [])];
  const lines = r.units.map((u) => [neutraliseCell(u.uCode), neutraliseCell(u.uName), u.rank, ...aggs.map((a) => u.scores[a] ?? null), ...(r.sample ? [note] : [])].map(csvCell).join(","));
  return "\uFEFF" + [header.join(","), ...lines].join("\n") + "\n";
}

/** One export file of the index; `table` picks which. */
export async function exportIndexTable(db: Db, code: string, table: z.infer<typeof ExportTable>): Promise<ExportFile> {
  const csv = "text/csv; charset=utf-8";
  if (table === "ranking") return { fileName: `${code}_ranking.csv`, contentType: csv, text: await rankingCsv(db, code) };
  const input = await loadEvaluationInput(db, code, {});
  if (table === "imeta") return { fileName: `${code}_iMeta.csv`, contentType: csv, text: toIMetaCsv(input.nodes, input.sample) };
  if (table === "idata") return { fileName: `${code}_iData.csv`, contentType: csv, text: toIDataCsv(input.nodes, input.rows, input.sample) };
  const pipeline = input.sample ? { $comment: note, ...input.prepared.spec } : input.prepared.spec;
  return { fileName: `${code}_pipeline.json`, contentType: "application/json; charset=utf-8", text: `${JSON.stringify(pipeline, null, 2)}\n` };
}
