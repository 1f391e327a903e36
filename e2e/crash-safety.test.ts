/**
 * Crash safety of the office import, on both databases: the real server runs as a child process, a
 * 40,000-row .xlsx is posted to /api/values/import and the server is killed with SIGKILL while it
 * works on it — at several moments: once while it reads the file, then from the moment the write is
 * seen (on PostgreSQL the statement in pg_stat_activity, on PGlite its WAL files changing), and once
 * right after its reply — and then started again on the same data. Every import is found whole or not at all, never in part, every
 * stored figure with its revision; the database opens and answers. PGlite runs on a data directory on
 * disk (one in memory would die with the process), whose lock file the killed process leaves behind.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase, type DatabaseTarget } from "../server/db/connect.ts";
import { fillDataDir, TEST_DATABASES } from "../server/db/test-databases.ts";
import { prepareDatabase } from "../server/start.ts";
import { insertSyntheticPlaces, pastYears, syntheticPlaceCode, syntheticRows, syntheticXlsx } from "../server/testing/synthetic-returns.ts";
import { administratorOf, ApiClient, TEST_PASSWORD } from "./testing/api-client.ts";
import { startServerProcess, type ServerDatabase, type ServerProcess } from "./testing/server-process.ts";

const PLACES_PER_IMPORT = 1_000;
const YEARS = pastYears(10);
/** Values of one import: its own places × 4 indicators × 10 years, keys no other import touches. */
const ROWS = PLACES_PER_IMPORT * 4 * YEARS.length;

/** The places of import `k` (0-based): a block of its own, so its stored values can be counted by place. */
const placesOf = (k: number) => Array.from({ length: PLACES_PER_IMPORT }, (_, i) => syntheticPlaceCode(k * PLACES_PER_IMPORT + i + 1));
const fileOf = async (k: number) => syntheticXlsx(syntheticRows(placesOf(k), YEARS, 100 + k));

function upload(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  return form;
}

/**
 * When to kill, per import after the first (which runs to the end and gives the time a whole import
 * takes, D): `fraction` × D after the post, after the write is seen, or after the server's reply
 * (then the import must be stored whole: a commit survives the kill).
 */
type KillAt = { from: "post" | "write" | "reply"; fraction: number };
const KILLS: KillAt[] = [
  { from: "post", fraction: 0.15 },
  { from: "write", fraction: 0 },
  { from: "write", fraction: 0.1 },
  { from: "write", fraction: 0.25 },
  { from: "reply", fraction: 0 },
];

const describeKill = (k: KillAt) => (k.from === "post" ? `${k.fraction} D after the post` : k.from === "write" ? `${k.fraction} D after the write was seen` : "as soon as it replied");

/** Resolves once a statement writing data_values runs in `url`'s database (polled every 20 ms); rejects after `timeoutMs`. */
async function writeStatementSeen(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%INSERT INTO data_values%'",
      );
      if (rowCount) return;
      await sleep(20);
    }
    throw new Error(`no write to data_values seen within ${timeoutMs} ms`);
  } finally {
    await client.end();
  }
}

/**
 * Resolves once PGlite, inside the server process, is seen writing: its WAL segments change on three
 * polls in a row, 20 ms apart (a commit of a small change touches them once; an import's write for
 * seconds). Rejects after `timeoutMs`.
 */
async function walWritesSeen(dataDir: string, timeoutMs: number): Promise<void> {
  const wal = join(dataDir, "pg_wal");
  const state = () =>
    readdirSync(wal)
      .filter((f) => /^[0-9A-F]{24}$/.test(f))
      .map((f) => `${f}:${statSync(join(wal, f)).mtimeMs}`)
      .join(",");
  let last = state();
  let changes = 0;
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    await sleep(20);
    const now = state();
    changes = now === last ? 0 : changes + 1;
    last = now;
    if (changes >= 3) return;
  }
  throw new Error(`no WAL writes seen within ${timeoutMs} ms`);
}

/** Values stored per import, and revisions of them, counted straight in the database (the server stopped). */
async function countStored(target: DatabaseTarget, imports: number) {
  const db = openDatabase(target);
  try {
    const counts: { values: number; revisions: number }[] = [];
    for (let k = 0; k < imports; k++) {
      const values = await db.selectFrom("data_values").select((eb) => eb.fn.countAll<number>().as("n")).where("place_code", "in", placesOf(k)).executeTakeFirstOrThrow();
      const revisions = await db
        .selectFrom("data_value_revisions as r")
        .innerJoin("data_values as v", "v.id", "r.data_value_id")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("v.place_code", "in", placesOf(k))
        .executeTakeFirstOrThrow();
      counts.push({ values: Number(values.n), revisions: Number(revisions.n) });
    }
    const batches = await db.selectFrom("import_batches").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return { counts, batches: Number(batches.n) };
  } finally {
    await db.destroy();
  }
}

describe.each(TEST_DATABASES)("an import killed with SIGKILL on $name", (database) => {
  it(
    "leaves all of it or none, and the database opens again",
    async () => {
      const kills = KILLS;
      const imports = kills.length + 1;
      const folder = database.name === "pglite" ? mkdtempSync(join(tmpdir(), "kechuang-crash-")) : undefined;
      const created = folder ? undefined : await database.create();
      const target: DatabaseTarget = folder ? { kind: "pglite", dataDir: join(folder, "pglite") } : created!.target;
      const serverDb: ServerDatabase = target.kind === "pglite" ? { dataDir: target.dataDir } : { url: (target as { url: string }).url };
      let server: ServerProcess | undefined;
      try {
        if (target.kind === "pglite") await fillDataDir(target.dataDir);
        const prepared = await prepareDatabase(target);
        await insertSyntheticPlaces(prepared, PLACES_PER_IMPORT * imports);
        await prepared.destroy();
        const files = await Promise.all(Array.from({ length: imports }, (_, k) => fileOf(k)));

        server = await startServerProcess(serverDb);
        expect(server.initialPassword).toBeTruthy();
        let admin = await administratorOf(server.url, server.initialPassword!);

        // Import 0 runs to the end: all of it stored, and the time a whole import takes here.
        let started = performance.now();
        const whole = await admin.post("/api/values/import", upload(files[0]!, "import-0.xlsx"));
        const wholeMs = performance.now() - started;
        expect(whole.status, JSON.stringify(whole.body).slice(0, 500)).toBe(201);
        expect(whole.body).toMatchObject({ rows: ROWS, created: ROWS });

        const outcomes: { k: number; killAfterMs: number; writeSeenMs?: number; reply: string; stored: number }[] = [];
        for (const [i, kill] of kills.entries()) {
          const k = i + 1;
          started = performance.now();
          let writeSeenMs: number | undefined;
          const reply = admin.post("/api/values/import", upload(files[k]!, `import-${k}.xlsx`)).then(
            (r) => `${r.status}`,
            (error: unknown) => `no reply (${(error as Error).cause ? String((error as Error & { cause: unknown }).cause) : String(error)})`.slice(0, 80),
          );
          if (kill.from === "write") {
            if (target.kind === "postgres") await writeStatementSeen(target.url, wholeMs * 3);
            else if (target.kind === "pglite") await walWritesSeen(target.dataDir, wholeMs * 3);
            writeSeenMs = Math.round(performance.now() - started);
          }
          if (kill.from === "reply") expect(await reply).toBe("201");
          await sleep(kill.fraction * wholeMs);
          const killAfterMs = performance.now() - started;
          const ended = await server.stop("SIGKILL");
          expect(ended.signal).toBe("SIGKILL");
          const replied = await reply;

          // Started again on the same data: it opens, answers, and holds the import whole or not at all.
          server = await startServerProcess(serverDb);
          expect(server.initialPassword).toBeUndefined();
          admin = await new ApiClient(server.url).signIn("admin", TEST_PASSWORD);
          const [first, last] = [placesOf(k)[0]!, placesOf(k).at(-1)!];
          const firstValues = (await admin.get(`/api/values?place=${first}&limit=1000`)).body as unknown[];
          const lastValues = (await admin.get(`/api/values?place=${last}&limit=1000`)).body as unknown[];
          expect([0, 4 * YEARS.length]).toContain(firstValues.length);
          expect(lastValues.length).toBe(firstValues.length);
          if (kill.from === "reply") expect(firstValues.length, "an import the server had answered").toBe(4 * YEARS.length);
          outcomes.push({ k, killAfterMs: Math.round(killAfterMs), writeSeenMs, reply: replied, stored: firstValues.length === 0 ? 0 : ROWS });
        }
        // A last import after all the kills goes through.
        const after = await admin.post("/api/values/import", upload(files[1]!, "import-1-again.xlsx"));
        expect(after.status).toBe(201);
        await server.stop("SIGTERM");
        server = undefined;

        const { counts, batches } = await countStored(target, imports);
        for (const [k, c] of counts.entries()) {
          expect([0, ROWS], `values of import ${k}`).toContain(c.values);
          expect(c.revisions, `revisions of import ${k}`).toBe(c.values);
        }
        expect(counts[0]!.values).toBe(ROWS);
        expect(counts[1]!.values).toBe(ROWS);
        for (const o of outcomes.filter((o) => o.k > 1)) expect(counts[o.k]!.values, `import ${o.k} after the restarts`).toBe(o.stored);
        // A batch for each import kept, and none for an import lost: the batch row is written in the same transaction.
        expect(batches).toBe(2 + outcomes.filter((o) => o.stored === ROWS).length);
        console.log(
          `${database.name}: a whole import of ${ROWS} rows took ${Math.round(wholeMs)} ms; killed imports:\n` +
            outcomes.map((o, i) => `  import ${o.k}: SIGKILL ${o.killAfterMs} ms after the post (${describeKill(kills[i]!)}${o.writeSeenMs !== undefined ? `, write seen at ${o.writeSeenMs} ms` : ""}), reply ${o.reply}, stored ${o.stored} of ${ROWS}`).join("\n"),
        );
      } finally {
        await server?.stop("SIGKILL");
        await created?.drop();
        if (folder) rmSync(folder, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
