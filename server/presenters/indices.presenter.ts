/** Index definition rows → contract responses, and aggregate codes → their names. */
import type { Selectable } from "kysely";
import { EvaluationNode } from "../../core/evaluation/model.ts";
import type { IndexDefinitionResponse, IndexDefinitionSummary } from "../../contract/indices.ts";
import type { IndexDatasetsTable, IndexDefinitionsTable } from "../db/schema.ts";

type DefinitionRow = Selectable<IndexDefinitionsTable>;
type DatasetRow = Selectable<IndexDatasetsTable>;

/** The stored nodes, re-read through their schema so old rows gain new defaults. */
export function nodesOfRow(row: DefinitionRow): EvaluationNode[] {
  return EvaluationNode.array().parse(row.nodes);
}

export function presentSummary(row: DefinitionRow): IndexDefinitionSummary {
  const nodes = nodesOfRow(row);
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    placeKinds: row.place_kinds,
    years: row.years,
    dataSource: row.data_source as IndexDefinitionSummary["dataSource"],
    sample: row.sample,
    template: row.template,
    indicatorCount: nodes.filter((n) => n.type === "Indicator").length,
    dimensionCount: nodes.filter((n) => n.type === "Aggregate" && n.level === 2).length,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function presentDefinition(row: DefinitionRow, dataset: DatasetRow | undefined): IndexDefinitionResponse {
  return {
    ...presentSummary(row),
    placeCodes: row.place_codes,
    nodes: nodesOfRow(row),
    pipeline: (row.pipeline ?? {}) as Record<string, unknown>,
    dataset: dataset
      ? {
          id: dataset.id,
          source: dataset.source as "sample" | "upload",
          sample: dataset.sample,
          rowCount: dataset.rows.length,
          createdAt: new Date(dataset.created_at).toISOString(),
        }
      : null,
  };
}

/** zh/en names of the nodes by code. */
export function namesOf(nodes: readonly EvaluationNode[]) {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  return (code: string) => ({ nameZh: byCode.get(code)?.nameZh ?? code, nameEn: byCode.get(code)?.nameEn ?? code });
}
