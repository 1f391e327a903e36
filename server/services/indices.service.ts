/**
 * Use cases of index definitions: list, show, create and update (the tree and pipeline checked by the
 * index engine before anything is stored), import from the COINr-style iData + iMeta CSV pair (all or
 * nothing, in one transaction) and export back to them.
 */
import { parsePipelineSpec, parseTables, parseIMeta, IndexDefinitionError, withExplicitNormalisation } from "../../core/indices/index.ts";
import { nodesOf, rowsOf, toIMetaCsv } from "../../core/evaluation/tables.ts";
import type { EvaluationNode } from "../../core/evaluation/model.ts";
import { SaveIndexDefinitionRequest, ImportIndexRequest } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import { AppError } from "../errors/app-error.ts";
import { fromIndexDefinitionError } from "../errors/index-definition.ts";
import { presentDefinition, presentSummary } from "../presenters/indices.presenter.ts";
import * as repo from "../repositories/indices.repository.ts";
import { findDefinitionOrThrow, guardEngine } from "./evaluation-input.service.ts";

export async function listDefinitions(db: Db) {
  return (await repo.findDefinitions(db)).map(presentSummary);
}

export async function getDefinition(db: Db, code: string) {
  const row = await findDefinitionOrThrow(db, code);
  return presentDefinition(row, await repo.findLatestDataset(db, code));
}

/** Checks the tree and the pipeline against it, as an upload is checked. */
function checkDefinition(nodes: readonly EvaluationNode[], pipeline: unknown): void {
  guardEngine(() => parsePipelineSpec(pipeline, parseIMeta(toIMetaCsv(nodes))));
}

/** The stored columns of a saved definition (all but code and the flags). */
function columnsOf(r: ReturnType<typeof SaveIndexDefinitionRequest.parse>) {
  return {
    name_zh: r.nameZh,
    name_en: r.nameEn,
    place_kinds: JSON.stringify(r.placeKinds),
    place_codes: JSON.stringify(r.placeCodes),
    years: JSON.stringify(r.years),
    nodes: JSON.stringify(r.nodes),
    pipeline: JSON.stringify(withExplicitNormalisation(r.pipeline)),
    data_source: r.dataSource,
  };
}

const conflict = (code: string) =>
  new AppError("conflict", { zh: `指数代码“${code}”已存在`, en: `an index with code "${code}" already exists` }, "code");

export async function createDefinition(db: Db, request: SaveIndexDefinitionRequest) {
  const r = SaveIndexDefinitionRequest.parse(request);
  checkDefinition(r.nodes, r.pipeline);
  return db.transaction().execute(async (tx) => {
    if (await repo.findDefinition(tx, r.code)) throw conflict(r.code);
    const row = await repo.insertDefinition(tx, { code: r.code, ...columnsOf(r), sample: false, template: false });
    return presentDefinition(row, undefined);
  });
}

/** Replaces the tree, pipeline, names, places and years; the sample flag follows the stored data. */
export async function updateDefinition(db: Db, code: string, request: SaveIndexDefinitionRequest) {
  const r = SaveIndexDefinitionRequest.parse(request);
  if (r.code !== code) throw new AppError("validation_failed", { zh: "请求中的代码与地址不一致", en: "the code in the body differs from the one in the path" }, "code");
  checkDefinition(r.nodes, r.pipeline);
  return db.transaction().execute(async (tx) => {
    await findDefinitionOrThrow(tx, code);
    const row = await repo.updateDefinition(tx, code, columnsOf(r));
    return presentDefinition(row, await repo.findLatestDataset(tx, code));
  });
}

/** Stores a definition and its data table from the CSV pair; a bad row or cell stores nothing. */
export async function importDefinition(db: Db, request: ImportIndexRequest) {
  const r = ImportIndexRequest.parse(request);
  let parsed: ReturnType<typeof parseTables>;
  try {
    parsed = parseTables(r.iData, r.iMeta);
    parsePipelineSpec(r.pipeline, parsed.def);
  } catch (error) {
    if (error instanceof IndexDefinitionError) throw fromIndexDefinitionError(error);
    throw error;
  }
  const nodes = nodesOf(parsed.def);
  const rows = rowsOf(parsed.data);
  const years = [...new Set(rows.map((x) => x.time).filter((t): t is number => t !== null))].sort((a, b) => a - b);
  return db.transaction().execute(async (tx) => {
    if (await repo.findDefinition(tx, r.code)) throw conflict(r.code);
    const row = await repo.insertDefinition(tx, {
      code: r.code,
      name_zh: r.nameZh,
      name_en: r.nameEn ?? r.nameZh,
      place_kinds: JSON.stringify([]),
      place_codes: JSON.stringify([...new Set(rows.map((x) => x.uCode))]),
      years: JSON.stringify(years),
      nodes: JSON.stringify(nodes),
      pipeline: JSON.stringify(withExplicitNormalisation(r.pipeline)),
      data_source: "dataset",
      sample: r.sample,
      template: false,
    });
    const dataset = await repo.insertDataset(tx, { definition_code: r.code, source: "upload", sample: r.sample, rows: JSON.stringify(rows) });
    return presentDefinition(row, dataset);
  });
}
