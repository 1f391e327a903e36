/**
 * Exports of an index: its iMeta, iData and pipeline files (read back by the import) and its ranking
 * as CSV. Generated data carries its label in every export: a DataNote column (数据说明 in the
 * ranking), or a "$comment" key. The ranking CSV is the ranking table people read (table-export
 * service): a UTF-8 byte-order mark, so that Excel on a Chinese Windows reads it as UTF-8, node names
 * as headers, text cells neutralised against formula injection.
 */
import { SAMPLE_LABEL } from "../../core/evaluation/model.ts";
import { toIDataCsv, toIMetaCsv } from "../../core/evaluation/tables.ts";
import type { z } from "zod";
import type { ExportTable } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import { exportRanking } from "./table-export.service.ts";
import { loadEvaluationInput } from "./evaluation-input.service.ts";

export interface ExportFile {
  fileName: string;
  contentType: string;
  text: string;
}

const note = `${SAMPLE_LABEL.zh} ${SAMPLE_LABEL.en}`;

/** One export file of the index; `table` picks which. */
export async function exportIndexTable(db: Db, code: string, table: z.infer<typeof ExportTable>, lang: "zh" | "en" = "zh"): Promise<ExportFile> {
  const csv = "text/csv; charset=utf-8";
  if (table === "ranking") {
    const file = await exportRanking(db, code, { format: "csv", lang });
    return { fileName: `${code}_ranking.csv`, contentType: csv, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes) };
  }
  const input = await loadEvaluationInput(db, code, {});
  if (table === "imeta") return { fileName: `${code}_iMeta.csv`, contentType: csv, text: toIMetaCsv(input.nodes, input.sample) };
  if (table === "idata") return { fileName: `${code}_iData.csv`, contentType: csv, text: toIDataCsv(input.nodes, input.rows, input.sample) };
  const pipeline = input.sample ? { $comment: note, ...input.prepared.spec } : input.prepared.spec;
  return { fileName: `${code}_pipeline.json`, contentType: "application/json; charset=utf-8", text: `${JSON.stringify(pipeline, null, 2)}\n` };
}
