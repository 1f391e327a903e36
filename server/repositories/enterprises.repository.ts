/** SQL for the enterprise registry: enterprises, their years and statuses, written set-wise. */
import { sql } from "kysely";
import type { EnterpriseFile, EnterpriseStatus } from "../../core/enterprises/registry.model.ts";
import type { EnterpriseYear } from "../../core/enterprises/model.ts";
import type { Db } from "../db/connect.ts";

/** Rows per statement: arrays travel as one parameter each, so this bounds memory, not parameters. */
const CHUNK = 5_000;

/** Stored enterprise rows for the codes given (for the history's "before"). */
export function findEnterprisesByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("enterprises")
    .select(["credit_code", "name", "place_code", "zone_code", "park", "industry_code", sql<string | null>`registered_on::text`.as("registered_on"), "sample"])
    .where("credit_code", "=", sql<string>`any(${sql.val(codes)}::text[])`)
    .execute();
}

/** Inserts or updates enterprises, their years (one row per year, replaced) and statuses (by kind and start). */
export async function upsertEnterprises(db: Db, files: readonly EnterpriseFile[], meta: { by: string; sample: boolean; batchId: number | null }): Promise<void> {
  for (let i = 0; i < files.length; i += CHUNK) {
    const part = files.slice(i, i + CHUNK);
    const col = <T>(pick: (f: EnterpriseFile) => T) => part.map(pick);
    await sql`
      INSERT INTO enterprises (credit_code, name, place_code, zone_code, park, industry_code, registered_on, sample, import_batch_id, created_by, updated_by)
      SELECT t.code, t.name, t.place, t.zone, t.park, t.industry, t.registered::date, ${meta.sample}, ${meta.batchId}, ${meta.by}, ${meta.by}
      FROM unnest(${col((f) => f.creditCode)}::text[], ${col((f) => f.name)}::text[], ${col((f) => f.placeCode)}::text[], ${col((f) => f.zoneCode)}::text[],
                  ${col((f) => f.park)}::text[], ${col((f) => f.industryCode)}::text[], ${col((f) => f.registeredOn)}::text[])
        AS t(code, name, place, zone, park, industry, registered)
      ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, place_code = excluded.place_code, zone_code = excluded.zone_code, park = excluded.park,
        industry_code = excluded.industry_code, registered_on = coalesce(excluded.registered_on, enterprises.registered_on), sample = excluded.sample,
        import_batch_id = excluded.import_batch_id, updated_by = excluded.updated_by, updated_at = now()`.execute(db);
    const years = part.flatMap((f) => f.years.map((y) => ({ code: f.creditCode, year: y.year, figures: JSON.stringify(figuresOf(y)) })));
    if (years.length) {
      await sql`
        INSERT INTO enterprise_years (credit_code, year, figures)
        SELECT t.code, t.year, t.figures::jsonb FROM unnest(${years.map((y) => y.code)}::text[], ${years.map((y) => y.year)}::int[], ${years.map((y) => y.figures)}::text[]) AS t(code, year, figures)
        ON CONFLICT (credit_code, year) DO UPDATE SET figures = excluded.figures`.execute(db);
    }
    const statuses = part.flatMap((f) => f.statuses.map((s) => ({ code: f.creditCode, ...s })));
    if (statuses.length) {
      await sql`
        INSERT INTO enterprise_statuses (credit_code, kind, reference, valid_from, valid_to)
        SELECT t.code, t.kind, t.reference, t.valid_from::date, t.valid_to::date
        FROM unnest(${statuses.map((s) => s.code)}::text[], ${statuses.map((s) => s.kind)}::text[], ${statuses.map((s) => s.reference)}::text[],
                    ${statuses.map((s) => s.validFrom)}::text[], ${statuses.map((s) => s.validTo)}::text[]) AS t(code, kind, reference, valid_from, valid_to)
        ON CONFLICT (credit_code, kind, valid_from) DO UPDATE SET reference = excluded.reference, valid_to = excluded.valid_to`.execute(db);
    }
  }
}

/** A year's figures as stored: the record without its year. */
function figuresOf(y: EnterpriseYear): Record<string, unknown> {
  const { year: _, ...figures } = y;
  return figures;
}

/** One enterprise with its years and statuses, or undefined. */
export async function findEnterprise(db: Db, code: string): Promise<(EnterpriseFile & { sample: boolean; updatedAt: string }) | undefined> {
  const row = await db
    .selectFrom("enterprises")
    .select(["credit_code", "name", "place_code", "zone_code", "park", "industry_code", sql<string | null>`registered_on::text`.as("registered_on"), "sample", sql<string>`to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as("updated_at")])
    .where("credit_code", "=", code)
    .executeTakeFirst();
  if (!row) return undefined;
  const [years, statuses] = await Promise.all([findYears(db, [code]), findStatuses(db, [code])]);
  return {
    creditCode: row.credit_code,
    name: row.name,
    placeCode: row.place_code,
    zoneCode: row.zone_code,
    park: row.park,
    industryCode: row.industry_code,
    registeredOn: row.registered_on,
    sample: row.sample,
    updatedAt: row.updated_at,
    years: years.get(code) ?? [],
    statuses: statuses.get(code) ?? [],
  };
}

/** Years by credit code, oldest first. */
export async function findYears(db: Db, codes: readonly string[]): Promise<Map<string, EnterpriseYear[]>> {
  const rows = codes.length ? await db.selectFrom("enterprise_years").selectAll().where("credit_code", "=", sql<string>`any(${sql.val(codes)}::text[])`).orderBy("credit_code").orderBy("year").execute() : [];
  const out = new Map<string, EnterpriseYear[]>();
  for (const r of rows) {
    const figures = (typeof r.figures === "string" ? JSON.parse(r.figures) : r.figures) as Omit<EnterpriseYear, "year">;
    const list = out.get(r.credit_code) ?? [];
    list.push({ ...figures, year: r.year });
    out.set(r.credit_code, list);
  }
  return out;
}

/** Statuses by credit code, by kind and start. */
export async function findStatuses(db: Db, codes: readonly string[]): Promise<Map<string, EnterpriseStatus[]>> {
  const rows = codes.length
    ? await db
        .selectFrom("enterprise_statuses")
        .select(["credit_code", "kind", "reference", sql<string>`valid_from::text`.as("valid_from"), sql<string | null>`valid_to::text`.as("valid_to")])
        .where("credit_code", "=", sql<string>`any(${sql.val(codes)}::text[])`)
        .orderBy("credit_code")
        .orderBy("kind")
        .orderBy("valid_from")
        .execute()
    : [];
  const out = new Map<string, EnterpriseStatus[]>();
  for (const r of rows) {
    const list = out.get(r.credit_code) ?? [];
    list.push({ kind: r.kind as EnterpriseStatus["kind"], reference: r.reference, validFrom: r.valid_from, validTo: r.valid_to });
    out.set(r.credit_code, list);
  }
  return out;
}

/** Counts of enterprises stored, and how many of them are sample data. */
export async function countEnterprises(db: Db): Promise<{ total: number; sample: number }> {
  const row = await db.selectFrom("enterprises").select([sql<number>`count(*)::int`.as("total"), sql<number>`count(*) FILTER (WHERE sample)::int`.as("sample")]).executeTakeFirstOrThrow();
  return { total: Number(row.total), sample: Number(row.sample) };
}

/** Removes every sample (示例数据) enterprise, with its years and statuses. */
export async function deleteSampleEnterprises(db: Db): Promise<number> {
  const result = await db.deleteFrom("enterprises").where("sample", "=", true).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A page of enterprises by credit code after `after`, filtered by text, place and a status held on `on`. */
export async function findEnterprisePage(db: Db, filter: { q?: string; placeCode?: string; status?: string; on: string; after?: string; limit: number }) {
  let query = db.selectFrom("enterprises as e").select(["e.credit_code", "e.name", "e.place_code", "e.zone_code", "e.park", "e.industry_code", "e.sample"]);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) => eb.or([eb("e.name", "ilike", like), eb("e.credit_code", "like", `${filter.q!.toUpperCase().replace(/[\\%_]/g, "")}%`)]));
  }
  if (filter.placeCode && filter.placeCode !== "500000") query = query.where((eb) => eb.or([eb("e.place_code", "=", filter.placeCode!), eb("e.zone_code", "=", filter.placeCode!)]));
  if (filter.status) {
    query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM enterprise_statuses s WHERE s.credit_code = e.credit_code AND s.kind = ${filter.status} AND s.valid_from <= ${filter.on}::date AND (s.valid_to IS NULL OR s.valid_to >= ${filter.on}::date))`);
  }
  if (filter.after) query = query.where("e.credit_code", ">", filter.after);
  return query.orderBy("e.credit_code").limit(filter.limit).execute();
}

/** Status kinds each enterprise holds on the date. */
export async function findHeldKinds(db: Db, codes: readonly string[], on: string): Promise<Map<string, string[]>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectFrom("enterprise_statuses")
    .select(["credit_code", "kind"])
    .distinct()
    .where("credit_code", "=", sql<string>`any(${sql.val(codes)}::text[])`)
    .where(sql<boolean>`valid_from <= ${on}::date AND (valid_to IS NULL OR valid_to >= ${on}::date)`)
    .orderBy("credit_code")
    .orderBy("kind")
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.credit_code, [...(out.get(r.credit_code) ?? []), r.kind]);
  return out;
}
