/**
 * Loads the seed dataset (data/): the city and its 38 districts and counties, the groupings (Science
 * City, high-tech zones), responsible bodies, the indicator catalogue, the five seed documents with
 * their full text, the plans with their targets, and the reported values — all in one transaction,
 * every figure keeping the document span it was read from.
 */
import { createHash } from "node:crypto";
import type { Db } from "../db/connect.ts";
import {
  CHONGQING_CODE,
  listDistricts,
  loadBodies,
  loadPlaces,
  loadPlanFiles,
  mergeIndicators,
  readSeedText,
  resolveMemberDistricts,
} from "../../data/load-seed-data.ts";
import type { SeedPlanFile, SourceQuote } from "../../data/schema.ts";
import { parsePeriod } from "../../core/periods/period.ts";
import { recogniseDocument } from "../../core/documents/document-kind.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as values from "../repositories/values.repository.ts";

/** The seed documents, in the order of their file names. */
export const SEED_FILES = [
  "000_b0eb32551eef246d.txt",
  "001_183537f7fb0cdf0e.txt",
  "002_085781b0c4483538.txt",
  "003_d7f53db3d6bb61e0.txt",
  "004_fcf4330f7d3d8b28.txt",
];

/** Loads the seeds when no plan is stored yet; returns whether it did. */
export async function loadSeedsIfEmpty(db: Db): Promise<boolean> {
  if ((await plans.countPlans(db)) > 0) return false;
  await loadSeeds(db);
  return true;
}

export async function loadSeeds(db: Db): Promise<void> {
  const planFiles = loadPlanFiles();
  const groupings = loadPlaces();
  const bodies = loadBodies();
  const districts = listDistricts();
  const members = resolveMemberDistricts(groupings, districts);

  await db.transaction().execute(async (tx) => {
    await catalogue.insertPlaces(
      tx,
      districts.map((d) => ({
        code: d.code,
        name_zh: d.nameZh,
        name_en: d.nameEn,
        kind: d.kind,
        admin_code: d.code,
        parent_code: d.code === CHONGQING_CODE ? null : CHONGQING_CODE,
      })),
    );
    // Parents before children, so the foreign key on parent_code holds at every insert.
    const ordered = [...groupings.places].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
    for (const g of ordered) {
      await catalogue.insertPlaces(tx, [
        { code: g.code, name_zh: g.nameZh, name_en: g.nameEn, kind: g.kind, admin_code: null, parent_code: g.parentCode ?? CHONGQING_CODE },
      ]);
    }
    const memberships = new Map<string, { group_code: string; member_code: string; role: string | null }>();
    const addMembership = (group: string, member: string, role: string | null) =>
      memberships.set(`${group}|${member}`, { group_code: group, member_code: member, role });
    for (const g of groupings.places) {
      for (const district of members.get(g.code) ?? []) addMembership(g.code, district, "district");
      if (g.parentCode) addMembership(g.parentCode, g.code, "part");
      for (const other of g.memberOf ?? []) addMembership(other, g.code, "part");
    }
    await catalogue.insertMemberships(tx, [...memberships.values()]);

    await catalogue.insertBodies(
      tx,
      bodies.bodies.map((b) => ({ code: b.code, name_zh: b.nameZh, full_name_zh: b.fullNameZh, name_en: b.nameEn, level: b.level, place_code: b.placeCode ?? null })),
    );

    await catalogue.insertIndicators(
      tx,
      mergeIndicators(planFiles).map((i) => ({
        code: i.code,
        name_zh: i.nameZh,
        name_en: i.nameEn,
        unit: i.unit,
        display_unit: i.displayUnit ?? null,
        display_scale: i.displayScale,
        decimals: i.decimals,
        measure: i.measure,
        direction: i.direction,
        periodicity: i.periodicity,
        aggregation: JSON.stringify(i.aggregation),
        definition: i.definition ?? null,
      })),
    );

    const documentIds = new Map<string, number>();
    for (const file of SEED_FILES) {
      const text = readSeedText(file);
      const sha256 = createHash("sha256").update(text).digest("hex");
      const { kind, year } = recogniseDocument(text);
      documentIds.set(file, await plans.insertDocument(tx, { file_name: file, sha256, text, kind, year }));
    }
    const span = (q: SourceQuote | null | undefined) => ({
      document: q ? documentIds.get(q.file) ?? null : null,
      start: q?.start ?? null,
      end: q?.end ?? null,
      quote: q?.quote ?? null,
    });

    const parentsFirst = [...planFiles].sort((a, b) => Number(a.plan.parentCode !== null) - Number(b.plan.parentCode !== null));
    for (const file of parentsFirst) await insertPlanFile(tx, file, documentIds, span);
  });
}

async function insertPlanFile(
  tx: Db,
  file: SeedPlanFile,
  documentIds: Map<string, number>,
  span: (q: SourceQuote | null | undefined) => { document: number | null; start: number | null; end: number | null; quote: string | null },
) {
  const p = file.plan;
  await plans.insertPlan(tx, {
    code: p.code,
    title_zh: p.titleZh,
    title_en: p.titleEn,
    doc_number: p.docNumber,
    issuer: p.issuer,
    issued_on: p.issuedOn,
    published_on: p.publishedOn,
    period_start: p.periodStart,
    period_end: p.periodEnd,
    level: p.level,
    parent_code: p.parentCode,
    place_code: p.placeCode,
    document_id: documentIds.get(p.sourceFile) ?? null,
    provenance: JSON.stringify(p.provenance),
  });
  await plans.insertTargets(
    tx,
    file.targets.map((t, position) => {
      const source = span(t.source);
      const baseline = span(t.baselineSource);
      return {
        plan_code: p.code,
        indicator_code: t.indicatorCode,
        place_code: t.placeCode,
        position,
        kind: t.spec.kind,
        comparator: t.spec.comparator,
        value: t.spec.value,
        value_max: t.spec.valueMax ?? null,
        unit: t.spec.unit ?? null,
        target_year: t.spec.targetYear,
        baseline_value: t.spec.baseline?.value ?? null,
        baseline_year: t.spec.baseline?.year ?? null,
        per_year: t.spec.perYear,
        cumulative: t.spec.cumulative,
        attribute: t.spec.attribute ?? null,
        source_document_id: source.document,
        source_start: source.start,
        source_end: source.end,
        source_quote: source.quote,
        baseline_document_id: baseline.document,
        baseline_start: baseline.start,
        baseline_end: baseline.end,
        baseline_quote: baseline.quote,
      };
    }),
  );
  for (const v of file.values) {
    const period = parsePeriod(v.period);
    if (!period) throw new Error(`seed value ${v.indicatorCode} has an invalid period ${v.period}`);
    const source = span(v.source);
    const sourceColumns = {
      source_kind: "document",
      source_ref: v.source.file,
      source_document_id: source.document,
      source_start: source.start,
      source_end: source.end,
      source_quote: source.quote,
    };
    const row = await values.insertValue(tx, {
      indicator_code: v.indicatorCode,
      place_code: v.placeCode,
      period: v.period,
      granularity: period.granularity,
      year: period.year,
      value: v.value,
      status: "approved",
      note: v.note ?? null,
      ...sourceColumns,
      // Figures read from published documents are public from the start.
      approved_by: "seed",
      approved_at: new Date(),
      published_at: new Date(),
    });
    await values.insertRevision(tx, { data_value_id: row.id, revision: 1, value: v.value, status: "approved", note: v.note ?? null, changed_by: "seed", ...sourceColumns });
  }
}
