/**
 * People and the reporting loop (创新报表): accounts with their scopes, server-side sessions, login
 * throttling, the audit log of every change, reporting rounds (period, due date, indicators asked,
 * places or bodies asked), value submissions with their workflow (draft → submitted → approved, or
 * returned), import batches, and on data values who approved them and whether they are published.
 */
import { sql, type Kysely } from "kysely";

const UP: string[] = [
  `CREATE TABLE users (
    id serial PRIMARY KEY,
    username text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('administrator', 'plan_office', 'reporter', 'reviewer', 'leader')),
    password_hash text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT false,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE UNIQUE INDEX users_username ON users (lower(username))`,
  `CREATE TABLE user_scopes (
    user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('place', 'body')),
    code text NOT NULL,
    PRIMARY KEY (user_id, kind, code)
  )`,
  `CREATE TABLE sessions (
    id text PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  `CREATE INDEX sessions_user ON sessions (user_id)`,
  `CREATE TABLE login_throttle (
    key text PRIMARY KEY,
    failures integer NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until timestamptz
  )`,
  `CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    entity text NOT NULL,
    entity_id text NOT NULL,
    action text NOT NULL,
    actor text NOT NULL,
    actor_id integer,
    at timestamptz NOT NULL DEFAULT now(),
    before jsonb,
    after jsonb,
    reason text
  )`,
  `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)`,
  `CREATE TABLE reporting_rounds (
    id serial PRIMARY KEY,
    title text NOT NULL,
    period text NOT NULL,
    granularity text NOT NULL,
    year integer NOT NULL,
    due_on date NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    published_at timestamptz,
    note text,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE round_indicators (
    round_id integer NOT NULL REFERENCES reporting_rounds(id) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicators(code),
    position integer NOT NULL,
    PRIMARY KEY (round_id, indicator_code)
  )`,
  `CREATE TABLE round_units (
    round_id integer NOT NULL REFERENCES reporting_rounds(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('place', 'body')),
    code text NOT NULL,
    PRIMARY KEY (round_id, kind, code)
  )`,
  `CREATE TABLE import_batches (
    id serial PRIMARY KEY,
    kind text NOT NULL,
    file_name text NOT NULL,
    sha256 text NOT NULL,
    row_count integer NOT NULL,
    round_id integer REFERENCES reporting_rounds(id),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `ALTER TABLE data_values ADD COLUMN round_id integer REFERENCES reporting_rounds(id)`,
  `ALTER TABLE data_values ADD COLUMN body_code text REFERENCES bodies(code)`,
  `ALTER TABLE data_values ADD COLUMN approved_by text`,
  `ALTER TABLE data_values ADD COLUMN approved_at timestamptz`,
  `ALTER TABLE data_values ADD COLUMN published_at timestamptz`,
  `ALTER TABLE data_values ADD COLUMN import_batch_id integer REFERENCES import_batches(id)`,
  `ALTER TABLE data_value_revisions ADD COLUMN reason text`,
  `ALTER TABLE data_value_revisions ADD COLUMN submission_id integer`,
  // Figures stored before accounts existed came from published documents or the first users' entries.
  `UPDATE data_values SET published_at = updated_at, approved_at = updated_at WHERE status = 'approved'`,
  `CREATE INDEX data_values_indicator_place ON data_values (indicator_code, place_code, year)`,
  `CREATE INDEX data_values_import_batch ON data_values (import_batch_id) WHERE import_batch_id IS NOT NULL`,
  `CREATE INDEX data_values_round ON data_values (round_id) WHERE round_id IS NOT NULL`,
  `CREATE TABLE value_submissions (
    id serial PRIMARY KEY,
    round_id integer REFERENCES reporting_rounds(id),
    indicator_code text NOT NULL REFERENCES indicators(code),
    place_code text NOT NULL REFERENCES places(code),
    body_code text REFERENCES bodies(code),
    period text NOT NULL,
    granularity text NOT NULL,
    year integer NOT NULL,
    action text NOT NULL DEFAULT 'set' CHECK (action IN ('set', 'withdraw')),
    value double precision,
    note text,
    explanation text,
    state text NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'cancelled')),
    version integer NOT NULL DEFAULT 1,
    data_value_id integer REFERENCES data_values(id),
    review_comment text,
    returned_by text,
    returned_at timestamptz,
    submitted_by text,
    submitted_at timestamptz,
    decided_by text,
    decided_at timestamptz,
    import_batch_id integer REFERENCES import_batches(id),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (action = 'withdraw' OR value IS NOT NULL)
  )`,
  // At most one open submission per figure: concurrent first writes meet here, not in a duplicate.
  `CREATE UNIQUE INDEX value_submissions_open ON value_submissions (indicator_code, place_code, period) WHERE state IN ('draft', 'submitted')`,
  `CREATE INDEX value_submissions_round ON value_submissions (round_id, state)`,
];

const DOWN: string[] = [
  `DROP TABLE value_submissions`,
  `DROP INDEX data_values_round`,
  `DROP INDEX data_values_import_batch`,
  `DROP INDEX data_values_indicator_place`,
  `ALTER TABLE data_value_revisions DROP COLUMN submission_id`,
  `ALTER TABLE data_value_revisions DROP COLUMN reason`,
  `ALTER TABLE data_values DROP COLUMN import_batch_id`,
  `ALTER TABLE data_values DROP COLUMN published_at`,
  `ALTER TABLE data_values DROP COLUMN approved_at`,
  `ALTER TABLE data_values DROP COLUMN approved_by`,
  `ALTER TABLE data_values DROP COLUMN body_code`,
  `ALTER TABLE data_values DROP COLUMN round_id`,
  `DROP TABLE import_batches`,
  `DROP TABLE round_units`,
  `DROP TABLE round_indicators`,
  `DROP TABLE reporting_rounds`,
  `DROP TABLE audit_log`,
  `DROP TABLE login_throttle`,
  `DROP TABLE sessions`,
  `DROP TABLE user_scopes`,
  `DROP TABLE users`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
