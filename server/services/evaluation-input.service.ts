/**
 * What an evaluation is computed on: the stored definition (or a draft of its tree and pipeline sent
 * with the request) and its data — the latest stored table (uploaded, or generated sample data) or
 * the approved data values of the linked catalogue indicators for the definition's places and years.
 */
import { IndexDefinitionError } from "../../core/indices/index.ts";
import { prepareEvaluation, type Prepared } from "../../core/evaluation/analysis.ts";
import { DataRow, type EvaluationNode } from "../../core/evaluation/model.ts";
import type { AnalysisBase, DataSource } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import { notFound } from "../errors/app-error.ts";
import { fromIndexDefinitionError } from "../errors/index-definition.ts";
import { nodesOfRow } from "../presenters/indices.presenter.ts";
import * as repo from "../repositories/indices.repository.ts";

export interface EvaluationInput {
  code: string;
  nodes: EvaluationNode[];
  rows: DataRow[];
  source: DataSource;
  /** The data is generated sample data (示例数据), not statistics. */
  sample: boolean;
  prepared: Prepared;
}

/** Runs engine code, turning its located validation issues into the AppError the API and CLI report. */
export function guardEngine<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof IndexDefinitionError) throw fromIndexDefinitionError(error);
    throw error;
  }
}

export async function findDefinitionOrThrow(db: Db, code: string) {
  const row = await repo.findDefinition(db, code);
  if (!row) throw notFound("code", `指数“${code}”不存在`, `index "${code}" does not exist`);
  return row;
}

/** One row per place and year; values of linked indicators from approved data, the rest missing. */
async function databaseRows(db: Db, row: Awaited<ReturnType<typeof findDefinitionOrThrow>>, nodes: EvaluationNode[]): Promise<DataRow[]> {
  const places = await repo.findPlacesFor(db, row.place_kinds, row.place_codes);
  const indicators = nodes.filter((n) => n.type === "Indicator");
  const linked = indicators.filter((n) => n.indicatorCode);
  const found = await repo.findApprovedValues(db, linked.map((n) => n.indicatorCode!), places.map((p) => p.code), row.years);
  const value = new Map(found.map((v) => [`${v.indicator_code}|${v.place_code}|${v.year}`, v.value]));
  return places.flatMap((p) =>
    row.years.map((year) => ({
      uCode: p.code,
      uName: p.name_zh,
      time: year,
      groups: {},
      values: Object.fromEntries(indicators.map((n) => [n.code, n.indicatorCode ? (value.get(`${n.indicatorCode}|${p.code}|${year}`) ?? null) : null])),
    })),
  );
}

/** Loads and prepares what an analysis runs on; the draft nodes and pipeline of the request win over the stored ones. */
export async function loadEvaluationInput(db: Db, code: string, base: AnalysisBase): Promise<EvaluationInput> {
  const row = await findDefinitionOrThrow(db, code);
  const nodes = base.nodes ?? nodesOfRow(row);
  const pipeline = base.pipeline ?? row.pipeline;
  const source = base.source ?? (row.data_source as DataSource);
  let rows: DataRow[];
  let sample = false;
  if (source === "dataset") {
    const dataset = await repo.findLatestDataset(db, code);
    if (!dataset) throw notFound("source", `指数“${code}”没有上传的数据表`, `index "${code}" has no stored data table`);
    rows = DataRow.array().parse(dataset.rows);
    sample = dataset.sample;
  } else {
    rows = await databaseRows(db, row, nodes);
  }
  const prepared = guardEngine(() => prepareEvaluation(nodes, rows, pipeline));
  return { code, nodes, rows, source, sample, prepared };
}
