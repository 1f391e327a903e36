/**
 * 工作体系: a plan's tasks (drafted from its outline, reviewed like extracted statements, matched by
 * division tables), the bodies that lead or cooperate on each, the indicators each serves, their
 * milestones, and the progress lead bodies report in reporting rounds with its review. Dates are
 * kept as YYYY-MM-DD text, so they compare and travel without a time zone.
 */
import { sql, type Kysely } from "kysely";

const DATE = (column: string) => `CHECK (${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')`;

const UP: string[] = [
  `CREATE TABLE tasks (
    id serial PRIMARY KEY,
    plan_code text NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    document_id integer REFERENCES documents(id),
    parent_id integer REFERENCES tasks(id) ON DELETE SET NULL,
    position integer NOT NULL,
    outline_key text,
    level text NOT NULL,
    title text NOT NULL,
    span_start integer,
    span_end integer CHECK (span_end >= span_start),
    quote text,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected', 'merged')),
    merged_into integer REFERENCES tasks(id),
    origin text NOT NULL DEFAULT 'outline' CHECK (origin IN ('outline', 'split')),
    due_on text ${DATE("due_on")},
    annual_goal text,
    unmatched_bodies jsonb NOT NULL DEFAULT '[]',
    version integer NOT NULL DEFAULT 1,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Two drafts of the same plan at once meet here: the later one gets 409 instead of duplicates.
  `CREATE UNIQUE INDEX tasks_outline_key ON tasks (plan_code, outline_key) WHERE outline_key IS NOT NULL`,
  `CREATE INDEX tasks_plan ON tasks (plan_code, position)`,
  `CREATE TABLE task_bodies (
    task_id integer NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    body_code text NOT NULL REFERENCES bodies(code),
    role text NOT NULL CHECK (role IN ('lead', 'cooperating')),
    PRIMARY KEY (task_id, body_code)
  )`,
  `CREATE INDEX task_bodies_body ON task_bodies (body_code, role)`,
  `CREATE TABLE task_indicators (
    task_id integer NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicators(code),
    span_start integer,
    span_end integer,
    PRIMARY KEY (task_id, indicator_code)
  )`,
  `CREATE TABLE task_milestones (
    id serial PRIMARY KEY,
    task_id integer NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    due_on text NOT NULL ${DATE("due_on")},
    deliverable text NOT NULL,
    done_on text ${DATE("done_on")},
    origin text NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'division')),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX task_milestones_task ON task_milestones (task_id, due_on)`,
  `CREATE TABLE task_progress (
    id serial PRIMARY KEY,
    task_id integer NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    round_id integer NOT NULL REFERENCES reporting_rounds(id),
    body_code text NOT NULL REFERENCES bodies(code),
    state text NOT NULL CHECK (state IN ('not_started', 'in_progress', 'done', 'late')),
    percent integer CHECK (percent BETWEEN 0 AND 100),
    text text NOT NULL,
    evidence jsonb NOT NULL DEFAULT '[]',
    milestones_done jsonb NOT NULL DEFAULT '[]',
    review text NOT NULL CHECK (review IN ('draft', 'submitted', 'approved', 'returned')),
    version integer NOT NULL DEFAULT 1,
    review_comment text,
    submitted_by text,
    submitted_at timestamptz,
    decided_by text,
    decided_at timestamptz,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // One report per task and round: a returned one is corrected and submitted again.
  `CREATE UNIQUE INDEX task_progress_round ON task_progress (task_id, round_id)`,
  `CREATE INDEX task_progress_round_review ON task_progress (round_id, review)`,
];

const DOWN: string[] = [`DROP TABLE task_progress`, `DROP TABLE task_milestones`, `DROP TABLE task_indicators`, `DROP TABLE task_bodies`, `DROP TABLE tasks`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
