/**
 * The enterprise registry (企业库): enterprises keyed by 统一社会信用代码, their yearly figures, their
 * statuses with validity periods (科技型企业, 高新技术企业 certificates …), registry snapshots and
 * the counts per place, status and year each snapshot derives. Generated sample registries
 * (示例数据) are flagged on every row so that nothing built from them passes for real figures.
 * Changes to an enterprise are kept in the audit log (entity 'enterprise').
 */
import { sql, type Kysely } from "kysely";

const UP: string[] = [
  `CREATE TABLE enterprises (
    credit_code text PRIMARY KEY CHECK (length(credit_code) = 18),
    name text NOT NULL,
    place_code text NOT NULL REFERENCES places(code),
    zone_code text REFERENCES places(code),
    park text,
    industry_code text,
    registered_on date,
    sample boolean NOT NULL DEFAULT false,
    import_batch_id integer REFERENCES import_batches(id),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX enterprises_place ON enterprises (place_code, credit_code)`,
  `CREATE INDEX enterprises_zone ON enterprises (zone_code) WHERE zone_code IS NOT NULL`,
  `CREATE TABLE enterprise_years (
    credit_code text NOT NULL REFERENCES enterprises(credit_code) ON DELETE CASCADE,
    year integer NOT NULL,
    figures jsonb NOT NULL,
    PRIMARY KEY (credit_code, year)
  )`,
  `CREATE TABLE enterprise_statuses (
    id serial PRIMARY KEY,
    credit_code text NOT NULL REFERENCES enterprises(credit_code) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('cq-tech', 'tech-sme', 'high-tech', 'specialised', 'little-giant', 'star-market')),
    reference text,
    valid_from date NOT NULL,
    valid_to date,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (credit_code, kind, valid_from)
  )`,
  `CREATE INDEX enterprise_statuses_kind ON enterprise_statuses (kind, valid_from, valid_to)`,
  `CREATE TABLE registry_snapshots (
    id serial PRIMARY KEY,
    taken_on date NOT NULL,
    sample boolean NOT NULL,
    enterprises integer NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE registry_counts (
    snapshot_id integer NOT NULL REFERENCES registry_snapshots(id) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicators(code),
    place_code text NOT NULL REFERENCES places(code),
    period text NOT NULL,
    value double precision NOT NULL,
    PRIMARY KEY (snapshot_id, indicator_code, place_code, period)
  )`,
];

const DOWN: string[] = [`DROP TABLE registry_counts`, `DROP TABLE registry_snapshots`, `DROP TABLE enterprise_statuses`, `DROP TABLE enterprise_years`, `DROP TABLE enterprises`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
