/**
 * Review of imported plan documents: a plan's status (pending_review until a person marks it
 * reviewed; seed plans are active), the document's format and outline, every extracted statement
 * with its span and review state, and the decisions taken on them with who took them.
 */
import { sql, type Kysely } from "kysely";

const UP: string[] = [
  `ALTER TABLE plans ADD COLUMN status text NOT NULL DEFAULT 'active'`,
  `ALTER TABLE documents ADD COLUMN format text`,
  `ALTER TABLE documents ADD COLUMN outline jsonb`,
  `ALTER TABLE documents ADD COLUMN metadata jsonb`,
  `CREATE TABLE statements (
    id serial PRIMARY KEY,
    plan_code text NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    document_id integer NOT NULL REFERENCES documents(id),
    position integer NOT NULL,
    type text NOT NULL CHECK (type IN ('target', 'actual')),
    span_start integer NOT NULL,
    span_end integer NOT NULL CHECK (span_end >= span_start),
    quote text NOT NULL,
    value double precision NOT NULL,
    value_max double precision,
    unit text NOT NULL,
    comparator text NOT NULL,
    kind text NOT NULL,
    year integer,
    per_year boolean NOT NULL DEFAULT false,
    cumulative boolean NOT NULL DEFAULT false,
    baseline_value double precision,
    baseline_year integer,
    scope text,
    attribute text,
    indicator_text text NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected', 'merged')),
    merged_into integer REFERENCES statements(id),
    indicator_code text REFERENCES indicators(code),
    place_code text REFERENCES places(code),
    target_id integer REFERENCES targets(id) ON DELETE SET NULL,
    data_value_id integer REFERENCES data_values(id) ON DELETE SET NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX statements_plan ON statements(plan_code, position)`,
  `CREATE TABLE review_decisions (
    id serial PRIMARY KEY,
    plan_code text NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    statement_id integer REFERENCES statements(id) ON DELETE CASCADE,
    action text NOT NULL,
    before jsonb,
    after jsonb,
    decided_by text NOT NULL,
    decided_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX review_decisions_plan ON review_decisions(plan_code, id)`,
];

const DOWN: string[] = [
  `DROP TABLE review_decisions`,
  `DROP TABLE statements`,
  `ALTER TABLE documents DROP COLUMN metadata`,
  `ALTER TABLE documents DROP COLUMN outline`,
  `ALTER TABLE documents DROP COLUMN format`,
  `ALTER TABLE plans DROP COLUMN status`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
