/**
 * Importing a registry table (.xlsx or .csv, one enterprise-year a row): the file read under the
 * spreadsheet limits, every row checked (credit codes against GB 32100, places, numbers, dates),
 * every problem listed by sheet, row, column and field in zh-CN and English with nothing stored;
 * otherwise everything written in one transaction with the batch and each enterprise's change in
 * the audit log (entity 'enterprise').
 */
import { createHash } from "node:crypto";
import { readRegistryTable, REGISTRY_COLUMNS, type RegistryTableOptions } from "../../core/enterprises/registry-table.ts";
import type { EnterpriseFile } from "../../core/enterprises/registry.model.ts";
import { normaliseHeader } from "../../core/reporting/index.ts";
import type { Db } from "../db/connect.ts";
import { batchError } from "../errors/batch-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as registry from "../repositories/enterprises.repository.ts";
import { readSpreadsheet } from "../spreadsheets/read-spreadsheet.ts";
import { recordAudit, type Who } from "./audit.service.ts";

/** Most enterprise-year rows one file may hold. */
export const MAX_REGISTRY_ROWS = 100_000;

export interface RegistryImportResult {
  batchId: number;
  rows: number;
  enterprises: number;
  created: number;
  updated: number;
}

/** A place lookup over the catalogue: code, Chinese or English name → code. */
export async function placeLookup(db: Db): Promise<(text: string) => string | undefined> {
  const by = new Map<string, string>();
  for (const p of await catalogue.findPlaces(db)) for (const t of [p.name_en, p.name_zh, p.code]) by.set(normaliseHeader(t), p.code);
  return (text) => by.get(normaliseHeader(text));
}

/** Reads and checks a registry file; throws one error listing every problem. */
export async function readRegistryFile(db: Db, bytes: Uint8Array, fileName: string, options: RegistryTableOptions = {}): Promise<{ sha256: string; rows: number; enterprises: EnterpriseFile[] }> {
  const sheets = await readSpreadsheet(bytes, fileName, { maxRows: MAX_REGISTRY_ROWS });
  const place = await placeLookup(db);
  const codeHeaders = new Set(REGISTRY_COLUMNS[0]!.headers.map(normaliseHeader));
  const sheet = sheets.find((s) => (s.cells[0] ?? []).some((c) => codeHeaders.has(normaliseHeader(String(c ?? ""))))) ?? sheets[0];
  if (!sheet) throw batchError([{ field: "creditCode", code: "empty", row: 1, zh: "文件中没有工作表", en: "the file has no sheet" }], fileName);
  const read = readRegistryTable(sheet.name, sheet.cells, place, { maxRows: MAX_REGISTRY_ROWS, ...options });
  if (read.problems.length) throw batchError(read.problems, fileName);
  if (read.enterprises.length === 0) throw batchError([{ field: "creditCode", code: "empty", sheet: sheet.name, row: 2, zh: "文件中没有企业数据", en: "the file holds no enterprise rows" }], fileName);
  return { sha256: createHash("sha256").update(bytes).digest("hex"), rows: read.rows, enterprises: read.enterprises };
}

/** Imports a registry file: all rows or none. */
export async function importRegistry(db: Db, bytes: Uint8Array, fileName: string, who: Who, placeAllowed?: (placeCode: string) => boolean): Promise<RegistryImportResult> {
  const { sha256, rows, enterprises } = await readRegistryFile(db, bytes, fileName, { placeAllowed });
  return writeRegistry(db, enterprises, { fileName, sha256, rows, sample: false }, who);
}

/** Writes checked enterprise files in one transaction with their batch and history. */
export async function writeRegistry(db: Db, enterprises: readonly EnterpriseFile[], file: { fileName: string; sha256: string; rows: number; sample: boolean }, who: Who): Promise<RegistryImportResult> {
  return db.transaction().execute(async (tx) => {
    const batch = await tx.insertInto("import_batches").values({ kind: "enterprise_import", file_name: file.fileName, sha256: file.sha256, row_count: file.rows, created_by: who.name }).returning("id").executeTakeFirstOrThrow();
    const before = new Map((await registry.findEnterprisesByCode(tx, enterprises.map((e) => e.creditCode))).map((r) => [r.credit_code, r]));
    await registry.upsertEnterprises(tx, enterprises, { by: who.name, sample: file.sample, batchId: batch.id });
    const created = enterprises.filter((e) => !before.has(e.creditCode)).length;
    await recordAudit(
      tx,
      who,
      ...enterprises.map((e) => {
        const old = before.get(e.creditCode);
        return {
          entity: "enterprise" as const,
          entityId: e.creditCode,
          action: old ? "update_enterprise" : "create_enterprise",
          before: old ? { name: old.name, placeCode: old.place_code, zoneCode: old.zone_code, park: old.park, industryCode: old.industry_code } : null,
          after: { name: e.name, placeCode: e.placeCode, zoneCode: e.zoneCode, park: e.park, industryCode: e.industryCode, years: e.years.map((y) => y.year), statuses: e.statuses.map((s) => s.kind) },
          reason: `导入 ${file.fileName}（批次 ${batch.id}）`,
        };
      }),
      { entity: "import", entityId: batch.id, action: "import_enterprises", after: { fileName: file.fileName, sha256: file.sha256, rows: file.rows, enterprises: enterprises.length, created } },
    );
    return { batchId: batch.id, rows: file.rows, enterprises: enterprises.length, created, updated: enterprises.length - created };
  });
}
