/**
 * Evaluation (评价体系): composite-index definitions (区县创新活跃指数, 高新区榜单 …) with their
 * indicator tree and pipeline, and the data tables they are computed on (uploaded or generated sample).
 */
import { sql, type Kysely } from "kysely";

const UP: string[] = [
  `CREATE TABLE index_definitions (
    code text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    place_kinds jsonb NOT NULL DEFAULT '[]',
    place_codes jsonb,
    years jsonb NOT NULL DEFAULT '[]',
    nodes jsonb NOT NULL,
    pipeline jsonb NOT NULL,
    data_source text NOT NULL CHECK (data_source IN ('dataset', 'database')),
    sample boolean NOT NULL DEFAULT false,
    template boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE index_datasets (
    id serial PRIMARY KEY,
    definition_code text NOT NULL REFERENCES index_definitions(code) ON DELETE CASCADE,
    source text NOT NULL CHECK (source IN ('sample', 'upload')),
    sample boolean NOT NULL,
    rows jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX index_datasets_definition ON index_datasets (definition_code, id)`,
];

const DOWN: string[] = [`DROP TABLE index_datasets`, `DROP TABLE index_definitions`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
