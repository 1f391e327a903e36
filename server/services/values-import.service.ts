/**
 * The plan office's import of a long-format file (指标, 地区, 期间, 数值 …) as approved figures: every
 * row validated first (all errors at once, nothing stored on any), then written set-wise in one
 * transaction — a figure per key, a revision for every changed one, the batch and who imported it.
 * Figures outside rounds are public on approval. A kill during the write leaves all or nothing.
 */
import { sql } from "kysely";
import type { BatchResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { readLongFormatUpload, type ReadUpload } from "./long-format.service.ts";

/** Rows per statement: arrays travel as one parameter each, so this bounds memory, not parameters. */
const CHUNK = 20_000;

export async function importValues(db: Db, bytes: Uint8Array, fileName: string, who: Who): Promise<BatchResponse> {
  const { sha256, accepted } = await readLongFormatUpload(db, bytes, fileName);
  return writeImportedValues(db, accepted, { fileName, sha256 }, who);
}

/** Writes validated rows as approved figures, with their revisions, the batch and its audit record, in one transaction. */
export async function writeImportedValues(db: Db, accepted: ReadUpload["accepted"], file: { fileName: string; sha256: string }, who: Who): Promise<BatchResponse> {
  const { fileName, sha256 } = file;
  return db.transaction().execute(async (tx) => {
    const batch = await tx.insertInto("import_batches").values({ kind: "office_import", file_name: fileName, sha256, row_count: accepted.length, created_by: who.name }).returning("id").executeTakeFirstOrThrow();
    let created = 0;
    let replaced = 0;
    for (let i = 0; i < accepted.length; i += CHUNK) {
      const part = accepted.slice(i, i + CHUNK);
      const column = <T>(pick: (a: (typeof accepted)[number]) => T) => part.map(pick);
      // One statement writes the chunk: new keys inserted, changed figures replaced, equal ones left
      // alone; every figure written gets its revision in the same statement (a new figure its first,
      // a replaced one the next after its earlier ones), and only the two counts come back.
      const result = await sql<{ created: number; written: number }>`
        WITH written AS (
          INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, note, approved_by, approved_at, published_at, import_batch_id, updated_at)
          SELECT t.indicator_code, t.place_code, t.period, t.granularity, t.year, t.value, 'approved', 'import', ${fileName}, t.note, ${who.name}, now(), now(), ${batch.id}, now()
          FROM unnest(
            ${column((a) => a.row.indicatorCode)}::text[], ${column((a) => a.row.placeCode)}::text[], ${column((a) => a.row.period)}::text[],
            ${column((a) => a.period.granularity)}::text[], ${column((a) => a.period.year)}::int[], ${column((a) => a.value)}::float8[], ${column((a) => a.row.note ?? null)}::text[]
          ) AS t(indicator_code, place_code, period, granularity, year, value, note)
          ON CONFLICT (indicator_code, place_code, period) DO UPDATE
            SET value = excluded.value, status = 'approved', source_kind = 'import', source_ref = excluded.source_ref, source_document_id = NULL,
                source_start = NULL, source_end = NULL, source_quote = NULL, note = excluded.note, round_id = NULL, body_code = NULL,
                approved_by = excluded.approved_by, approved_at = excluded.approved_at, published_at = excluded.published_at,
                import_batch_id = excluded.import_batch_id, updated_at = excluded.updated_at
            WHERE data_values.value IS DISTINCT FROM excluded.value OR data_values.status <> 'approved' OR data_values.note IS DISTINCT FROM excluded.note
          RETURNING id, value, status, source_kind, source_ref, note, (xmax = 0) AS inserted
        ), revised AS (
          INSERT INTO data_value_revisions (data_value_id, revision, value, status, source_kind, source_ref, note, changed_by, changed_at, reason)
          SELECT w.id, CASE WHEN w.inserted THEN 1 ELSE coalesce((SELECT max(r.revision) FROM data_value_revisions r WHERE r.data_value_id = w.id), 0) + 1 END,
                 w.value, w.status, w.source_kind, w.source_ref, w.note, ${who.name}, now(), ${`导入 ${fileName}`}
          FROM written w
        )
        SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*)::int AS written FROM written`.execute(tx);
      const counts = result.rows[0]!;
      created += Number(counts.created);
      replaced += Number(counts.written) - Number(counts.created);
    }
    const response = { batchId: batch.id, rows: accepted.length, created, replaced, unchanged: accepted.length - created - replaced };
    await recordAudit(tx, who, { entity: "import", entityId: batch.id, action: "import_values", after: { fileName, sha256, ...response } });
    return response;
  });
}
