/**
 * Reads at volume: the plan progress request at a fixed arrival rate and the whole plan list, served
 * by the real server (a child process started as `npm start` starts it) on the seed data alone and
 * then on 1,000,000 stored figures, 200 more plans (15 targets each) and 500 more documents, on
 * PostgreSQL and on PGlite (on disk), each a fresh database removed afterwards.
 *
 * Load: open loop. Requests are sent on a fixed schedule whatever the answers, and each latency is
 * counted from the moment its request was due, so a slow server is not hidden by a client that waits
 * for it. GET /api/plans/cq-sti-2021-2025/progress at 200 requests/s and GET /api/plans (its first
 * page: 100 plans with their status counts) at 10 requests/s, one after the other, each for KECHUANG_BENCH_SECONDS
 * (default 10) after a short warm-up. Signed out, as the public reads the dashboards.
 *
 * The 1,000,000 figures: every catalogue indicator × places (the seed's first, then synthetic
 * districts under the city) × 25 years, 60 months and 20 quarters, with the seed plans' own
 * indicator–place pairs among them (a longer series for each target of the measured plan); 95 %
 * approved (90 % of those published), the rest withdrawn. Loaded set-wise (INSERT … SELECT over
 * generate_series), then VACUUM ANALYZE as autovacuum would after a bulk load.
 *
 * The server keeps assessments until a change (see afterChange below), so a read right after a change
 * is also timed, in process.
 *
 * Environment: KECHUANG_BENCH_SCALE (e.g. 0.05 for a quick run: that share of the figures, plans and
 * documents), KECHUANG_BENCH_SECONDS, KECHUANG_BENCH_ENGINES (postgres,pglite), and the tests'
 * KECHUANG_TEST_PG_URL for the PostgreSQL server; KECHUANG_BENCH_KEEP=1 keeps the filled databases
 * (and prints where they are) to look at their query plans.
 * Run: npm run bench -- scale
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openDatabase, type DatabaseTarget, type Db } from "../server/db/connect.ts";
import { insertSyntheticPlaces } from "../server/testing/synthetic-returns.ts";
import { emptyDatabase, type Engine } from "./support/databases.ts";
import { mb, table } from "./support/measure.ts";
import { prepareDatabase } from "../server/start.ts";
import { getPlanProgress, listPlans } from "../server/services/plans.service.ts";

const SCALE = Number(process.env.KECHUANG_BENCH_SCALE ?? 1);
const SECONDS = Number(process.env.KECHUANG_BENCH_SECONDS ?? 10);
const ENGINES = (process.env.KECHUANG_BENCH_ENGINES ?? "postgres,pglite").split(",") as Engine[];
const VALUES = Math.round(1_000_000 * SCALE);
const PLANS = Math.max(1, Math.round(200 * SCALE));
const DOCUMENTS = Math.max(1, Math.round(500 * SCALE));
const TARGETS_PER_PLAN = 15;
const PROGRESS = { path: "/api/plans/cq-sti-2021-2025/progress", rate: 200 };
const LIST = { path: "/api/plans", rate: 10 };
const SERVER = fileURLToPath(new URL("../server/main.ts", import.meta.url));
const SEED_TEXT = readFileSync(fileURLToPath(new URL("../data/seeds/003_d7f53db3d6bb61e0.txt", import.meta.url)), "utf8");

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The p-th percentile (nearest rank) of sorted values. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  bytes: number;
}

/** `rate` requests a second for `seconds`, each sent when due whatever the others do; latency from the due time. */
async function openLoop(url: string, rate: number, seconds: number): Promise<Latencies> {
  const count = Math.max(1, Math.round(rate * seconds));
  const interval = 1000 / rate;
  const start = performance.now() + 20;
  let errors = 0;
  let bytes = 0;
  const pending: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0.5) await sleep(wait);
    pending.push(
      fetch(url).then(
        async (response) => {
          bytes = (await response.arrayBuffer()).byteLength;
          if (!response.ok) errors += 1;
          return performance.now() - due;
        },
        () => {
          errors += 1;
          return performance.now() - due;
        },
      ),
    );
  }
  const sorted = (await Promise.all(pending)).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]!, errors, bytes };
}

/** Median time of `count` requests sent one after another. */
async function closedLoop(url: string, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (await fetch(url)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

interface Server {
  url: string;
  /** Peak resident set of the server process so far (VmHWM), in bytes. */
  peakRss(): number;
  /** CPU time the server process has used so far (user + system), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** The server as `npm start` runs it, on `target`, in its own process; resolves once it listens. */
async function startServer(target: DatabaseTarget): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1" };
  delete env.DATABASE_URL;
  delete env.KECHUANG_DATA_DIR;
  if (target.kind === "postgres") env.DATABASE_URL = target.url;
  else if (target.kind === "pglite") env.KECHUANG_DATA_DIR = target.dataDir;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", SERVER], { env, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const found = /running at (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    url,
    peakRss: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
    },
    cpuMs: () => {
      // utime and stime are the 14th and 15th fields, in clock ticks (100 a second on Linux).
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

interface Figures {
  /** One request at a time: the time a request takes when it waits for no other. */
  alone: { progress: number; list: number };
  progress: Latencies;
  list: Latencies;
  rss: number;
  /** Server CPU per progress request, in ms. */
  cpuPerProgress: number;
}

async function measure(target: DatabaseTarget): Promise<Figures> {
  const server = await startServer(target);
  try {
    // Warm-up: compiled code paths, pooled connections, the database's caches.
    await openLoop(server.url + PROGRESS.path, 50, 1);
    await openLoop(server.url + LIST.path, 5, 1);
    const alone = { progress: await closedLoop(server.url + PROGRESS.path, 50), list: await closedLoop(server.url + LIST.path, 20) };
    // The list first: requests the progress load leaves queued would otherwise delay it.
    const list = await openLoop(server.url + LIST.path, LIST.rate, SECONDS);
    const cpuBefore = server.cpuMs();
    const progress = await openLoop(server.url + PROGRESS.path, PROGRESS.rate, SECONDS);
    const cpuPerProgress = (server.cpuMs() - cpuBefore) / Math.round(PROGRESS.rate * SECONDS);
    return { alone, progress, list, rss: server.peakRss(), cpuPerProgress };
  } finally {
    await server.stop();
  }
}

const count = async (db: Db, tableName: "data_values" | "plans" | "documents" | "targets") =>
  Number((await db.selectFrom(tableName).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

/** Adds figures up to VALUES, PLANS plans with their targets and DOCUMENTS documents, set-wise. Returns seconds. */
async function fill(db: Db): Promise<number> {
  const started = performance.now();
  const indicators = (await db.selectFrom("indicators").select("code").orderBy("code").execute()).map((r) => r.code);
  const periodsPerPair = 25 + 60 + 20;
  const existing = await count(db, "data_values");
  const placesNeeded = Math.ceil((VALUES - existing) / (indicators.length * periodsPerPair)) + 1;
  const real = Number((await db.selectFrom("places").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  await insertSyntheticPlaces(db, Math.max(0, placesNeeded - real));
  const lastYear = 2025;
  await sql`
    INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, approved_by, approved_at, published_at)
    SELECT i.code, p.code, per.period, per.granularity, per.year,
           (1 + abs(hashtext(p.code || i.code || per.period)) % 100000)::float8,
           CASE WHEN abs(hashtext(per.period || p.code || i.code)) % 20 = 0 THEN 'withdrawn' ELSE 'approved' END,
           'import', 'scale-bench', '规划处', now(),
           CASE WHEN abs(hashtext(i.code || per.period || p.code)) % 10 = 0 THEN NULL ELSE now() END
    FROM (SELECT code FROM places ORDER BY code LIKE 'bench-%', code LIMIT ${placesNeeded}) AS p
    CROSS JOIN (SELECT code FROM indicators) AS i
    CROSS JOIN (
      SELECT y::text AS period, 'year' AS granularity, y AS year FROM generate_series(${lastYear - 24}::int, ${lastYear}::int) AS y
      UNION ALL
      SELECT y::text || '-' || lpad(m::text, 2, '0'), 'month', y FROM generate_series(${lastYear - 4}::int, ${lastYear}::int) AS y CROSS JOIN generate_series(1, 12) AS m
      UNION ALL
      SELECT y::text || 'Q' || q, 'quarter', y FROM generate_series(${lastYear - 4}::int, ${lastYear}::int) AS y CROSS JOIN generate_series(1, 4) AS q
    ) AS per
    ORDER BY p.code, i.code, per.period
    LIMIT ${VALUES - existing}
    ON CONFLICT (indicator_code, place_code, period) DO NOTHING`.execute(db);

  const firstDocument = Number((await sql<{ n: number }>`SELECT coalesce(max(id), 0) + 1 AS n FROM documents`.execute(db)).rows[0]!.n);
  await sql`
    INSERT INTO documents (file_name, sha256, text, text_length, format)
    SELECT 'scale-' || n || '.txt', md5(n::text), ${SEED_TEXT} || n::text, ${SEED_TEXT.length} + length(n::text), 'text'
    FROM generate_series(1, ${DOCUMENTS}::int) AS n`.execute(db);
  await sql`
    INSERT INTO plans (code, title_zh, title_en, period_start, period_end, level, place_code, document_id, provenance, status)
    SELECT 'scale-plan-' || lpad(n::text, 4, '0'), '测试规划' || n, 'Test plan ' || n, 2021 + n % 3, 2025 + n % 3, 'district',
           (SELECT code FROM places ORDER BY code LIKE 'bench-%', code OFFSET n % ${placesNeeded} LIMIT 1),
           ${firstDocument} + (n - 1) % ${DOCUMENTS}, '{}', 'active'
    FROM generate_series(1, ${PLANS}::int) AS n`.execute(db);
  // Target forms in turn: levels, growth in %, increments, multiples; every target cites its plan's document.
  await sql`
    INSERT INTO targets (plan_code, indicator_code, place_code, position, kind, comparator, value, unit, target_year, baseline_value, baseline_year, per_year, cumulative, source_document_id, source_start, source_end, source_quote)
    SELECT pl.code, i.code, pl.place_code, k,
           (ARRAY['level', 'growth', 'increment', 'multiple'])[1 + k % 4], '>=',
           (ARRAY[60000, 10, 20000, 2])[1 + k % 4]::float8, CASE WHEN k % 4 = 1 THEN '%' END,
           pl.period_end, 30000, pl.period_start - 1, false, false, pl.document_id, 0, 10, '测试'
    FROM plans pl
    CROSS JOIN generate_series(0, ${TARGETS_PER_PLAN - 1}::int) AS k
    JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS r FROM indicators) AS i ON i.r = k % ${indicators.length}
    WHERE pl.code LIKE 'scale-plan-%'`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
  return (performance.now() - started) / 1000;
}

/**
 * The server keeps assessed progress until something it reads changes (server/services/monitoring-cache.ts),
 * so the loads above, which write nothing, are served from it after their first request. This is
 * what a read costs right after a change: each timed read follows a statement that moves the stamp.
 */
async function afterChange(target: DatabaseTarget): Promise<string> {
  const db = openDatabase(target);
  try {
    const timed = async (read: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 11; i++) {
        await sql`UPDATE plans SET code = code WHERE false`.execute(db);
        const started = performance.now();
        await read();
        times.push(performance.now() - started);
      }
      return percentile(times.sort((a, b) => a - b), 50);
    };
    const progress = await timed(() => getPlanProgress(db, "cq-sti-2021-2025", undefined, "public"));
    const list = await timed(() => listPlans(db, "public"));
    return `right after a change (in process, median of 11): progress ${ms(progress)} ms, plan list page ${ms(list)} ms`;
  } finally {
    await db.destroy();
  }
}

const ms = (x: number) => x.toFixed(1);
const rows: (string | number)[][] = [];
const notes: string[] = [];
for (const engine of ENGINES) {
  const { target, remove } = await emptyDatabase(engine);
  try {
    let db = await prepareDatabase(target);
    await db.destroy();
    const seed = await measure(target);
    db = openDatabase(target);
    const seconds = await fill(db);
    const stored = { values: await count(db, "data_values"), plans: await count(db, "plans"), documents: await count(db, "documents"), targets: await count(db, "targets") };
    await db.destroy();
    notes.push(
      `${engine}: ${stored.values.toLocaleString("en-US")} figures, ${stored.plans} plans (${stored.targets.toLocaleString("en-US")} targets), ${stored.documents} documents; loaded in ${seconds.toFixed(1)} s`,
    );
    const full = await measure(target);
    notes.push(`${engine}: ${await afterChange(target)}`);
    for (const [name, figures] of [["seed data", seed], ["filled", full]] as const) {
      rows.push([engine, name, "progress @200/s", ms(figures.alone.progress), ms(figures.progress.p50), ms(figures.progress.p95), ms(figures.progress.p99), ms(figures.progress.max), figures.progress.errors, name === "filled" ? (full.progress.p99 / seed.progress.p99).toFixed(2) : "", figures.cpuPerProgress.toFixed(2), mb(figures.rss)]);
      rows.push([engine, name, "plan list @10/s", ms(figures.alone.list), ms(figures.list.p50), ms(figures.list.p95), ms(figures.list.p99), ms(figures.list.max), figures.list.errors, name === "filled" ? (full.list.p99 / seed.list.p99).toFixed(2) : "", "", ""]);
    }
    notes.push(`${engine}: progress response ${(full.progress.bytes / 1024).toFixed(0)} KB, plan list (${stored.plans} plans) ${(full.list.bytes / 1024).toFixed(0)} KB`);
  } finally {
    if (process.env.KECHUANG_BENCH_KEEP) console.log(`kept: ${JSON.stringify(target)}`);
    else await remove();
  }
}
for (const note of notes) console.log(note);
console.log(`open loop, ${SECONDS} s each; latency from each request's due time, in ms; alone = median of requests sent one at a time; ×seed = p99 filled / p99 on the seed data; CPU = the server process's CPU time per progress request (the database's own is not in it); RSS = the server's peak resident set`);
console.log(table(["engine", "data", "request", "alone", "p50", "p95", "p99", "max", "errors", "×seed", "CPU ms", "server peak RSS MB"], rows));
