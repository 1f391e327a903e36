/**
 * Seeds the evaluation templates at start-up when absent: the district innovation activity index over
 * the districts and counties of the places table, the high-tech zone ranking over the zones, each with
 * its generated sample data set (示例数据, flagged as such) until places report real figures.
 */
import { generateSampleData } from "../../core/evaluation/sample-data.ts";
import { TEMPLATES, templateNodes } from "../../core/evaluation/templates.ts";
import type { Db } from "../db/connect.ts";
import * as repo from "../repositories/indices.repository.ts";

/** Inserts every template whose code is not stored yet; returns the codes inserted. */
export async function seedEvaluationTemplates(db: Db): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    const added: string[] = [];
    for (const t of TEMPLATES) {
      if (await repo.findDefinition(tx, t.code)) continue;
      const places = await repo.findPlacesFor(tx, t.placeKinds, null);
      if (places.length === 0) continue;
      await repo.insertDefinition(tx, {
        code: t.code,
        name_zh: t.nameZh,
        name_en: t.nameEn,
        place_kinds: JSON.stringify(t.placeKinds),
        place_codes: JSON.stringify(null),
        years: JSON.stringify(t.years),
        nodes: JSON.stringify(templateNodes(t)),
        pipeline: JSON.stringify(t.pipeline),
        data_source: "dataset",
        sample: true,
        template: true,
      });
      const rows = generateSampleData(t, places.map((p) => ({ code: p.code, name: p.name_zh })));
      await repo.insertDataset(tx, { definition_code: t.code, source: "sample", sample: true, rows: JSON.stringify(rows) });
      added.push(t.code);
    }
    return added;
  });
}
