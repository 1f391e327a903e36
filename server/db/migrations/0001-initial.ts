/** Initial schema: places, bodies, indicators, documents, plans, targets, data values with history. */
import { sql, type Kysely } from "kysely";

const UP: string[] = [
  `CREATE TABLE places (
    code text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    kind text NOT NULL,
    admin_code text UNIQUE,
    parent_code text REFERENCES places(code)
  )`,
  `CREATE TABLE place_memberships (
    group_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
    member_code text NOT NULL REFERENCES places(code) ON DELETE CASCADE,
    role text,
    PRIMARY KEY (group_code, member_code)
  )`,
  `CREATE TABLE bodies (
    code text PRIMARY KEY,
    name_zh text NOT NULL,
    full_name_zh text NOT NULL,
    name_en text NOT NULL,
    level text NOT NULL,
    place_code text REFERENCES places(code)
  )`,
  `CREATE TABLE indicators (
    code text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    unit text NOT NULL,
    display_unit text,
    display_scale double precision NOT NULL DEFAULT 1,
    decimals integer NOT NULL DEFAULT 0,
    measure text NOT NULL,
    direction text NOT NULL,
    periodicity text NOT NULL,
    aggregation jsonb NOT NULL,
    definition text
  )`,
  `CREATE TABLE documents (
    id serial PRIMARY KEY,
    file_name text NOT NULL,
    sha256 text NOT NULL,
    text text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE plans (
    code text PRIMARY KEY,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    doc_number text,
    issuer text,
    issued_on text,
    published_on text,
    period_start integer NOT NULL,
    period_end integer NOT NULL CHECK (period_end >= period_start),
    level text NOT NULL,
    parent_code text REFERENCES plans(code),
    place_code text REFERENCES places(code),
    document_id integer REFERENCES documents(id),
    provenance jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE targets (
    id serial PRIMARY KEY,
    plan_code text NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicators(code),
    place_code text NOT NULL REFERENCES places(code),
    position integer NOT NULL,
    kind text NOT NULL,
    comparator text NOT NULL,
    value double precision NOT NULL,
    value_max double precision,
    unit text,
    target_year integer NOT NULL,
    baseline_value double precision,
    baseline_year integer,
    per_year boolean NOT NULL DEFAULT false,
    cumulative boolean NOT NULL DEFAULT false,
    attribute text,
    source_document_id integer REFERENCES documents(id),
    source_start integer,
    source_end integer,
    source_quote text,
    baseline_document_id integer REFERENCES documents(id),
    baseline_start integer,
    baseline_end integer,
    baseline_quote text
  )`,
  `CREATE INDEX targets_plan ON targets(plan_code, position)`,
  `CREATE TABLE data_values (
    id serial PRIMARY KEY,
    indicator_code text NOT NULL REFERENCES indicators(code),
    place_code text NOT NULL REFERENCES places(code),
    period text NOT NULL,
    granularity text NOT NULL,
    year integer NOT NULL,
    value double precision NOT NULL,
    status text NOT NULL,
    source_kind text NOT NULL,
    source_ref text,
    source_document_id integer REFERENCES documents(id),
    source_start integer,
    source_end integer,
    source_quote text,
    note text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (indicator_code, place_code, period)
  )`,
  `CREATE TABLE data_value_revisions (
    id serial PRIMARY KEY,
    data_value_id integer NOT NULL REFERENCES data_values(id) ON DELETE CASCADE,
    revision integer NOT NULL,
    value double precision NOT NULL,
    status text NOT NULL,
    source_kind text NOT NULL,
    source_ref text,
    source_document_id integer REFERENCES documents(id),
    source_start integer,
    source_end integer,
    source_quote text,
    note text,
    changed_by text,
    changed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (data_value_id, revision)
  )`,
];

const DOWN: string[] = [
  `DROP TABLE data_value_revisions`,
  `DROP TABLE data_values`,
  `DROP TABLE targets`,
  `DROP TABLE plans`,
  `DROP TABLE documents`,
  `DROP TABLE indicators`,
  `DROP TABLE bodies`,
  `DROP TABLE place_memberships`,
  `DROP TABLE places`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
