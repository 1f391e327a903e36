/**
 * The plan office's import of 100,000 long-format values with full validation (importValues: read the
 * file, match names, validate the whole batch, write set-wise in one transaction with a revision per
 * figure) beside PostgreSQL's COPY of the same rows, on PGlite (a data directory on disk, as the
 * server keeps it) and on PostgreSQL, each run on a fresh database.
 *
 * The catalogue's additive indicators are all yearly and the city has 38 districts, so the rows are
 * 2,500 synthetic districts (bench-0001 …, inserted with SQL before each run) × 4 indicators
 * (tech-smes 家, rd-expenditure 亿元, gdp 亿元, tech-contract-value 亿元) × the 10 years before this one,
 * every figure within ±15 % of the year before (so no explanation is asked for).
 *
 * Every measurement runs in a process of its own (fresh heap, its own peak RSS), runs interleaved so
 * that load on the machine falls on every path alike. Run: npx tsx bench/reporting-import.bench.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { parsePeriod } from "../core/periods/period.ts";
import type { DatabaseTarget } from "../server/db/connect.ts";
import { readLongFormatSheets, validateLongFormat } from "../server/services/long-format.service.ts";
import { importValues, writeImportedValues } from "../server/services/values-import.service.ts";
import { readSpreadsheet } from "../server/spreadsheets/read-spreadsheet.ts";
import { insertSyntheticPlaces, pastYears, syntheticCsv, syntheticPlaceCode, syntheticRows, syntheticXlsx, type LongFormatRow } from "../server/testing/synthetic-returns.ts";
import { ENGINES, freshDatabase, pgliteTemplate, type Engine } from "./support/databases.ts";
import { mb, measured, median, perSecond, table } from "./support/measure.ts";

const PLACES = 2_500;
const YEARS = 10;
const WHO = { name: "规划处", id: null };
const COPY_COLUMNS = "indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, approved_by, approved_at, published_at";
const SCALE: Record<string, number> = { 家: 1, 亿元: 1e8 };

type Path = "xlsx" | "csv" | "parts" | "copy";
interface Outcome {
  seconds: number;
  rssBefore: number;
  rssPeak: number;
  stored: number;
  parts?: { read: number; validate: number; write: number };
}

/** The same rows as COPY takes them: CSV text of data_values columns, values in base units. */
function copyText(rows: LongFormatRow[]): string {
  const now = new Date().toISOString();
  return rows.map((r) => `${r.指标},${r.地区},${r.期间},year,${r.期间},${r.数值 * SCALE[r.单位]!},approved,import,bench.csv,规划处,${now},${now}\n`).join("");
}

async function copyInto(target: DatabaseTarget, text: string): Promise<number> {
  const statement = `COPY data_values (${COPY_COLUMNS}) FROM STDIN WITH (FORMAT csv)`;
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const started = performance.now();
      await pipeline(Readable.from([Buffer.from(text, "utf8")]), client.query(copyFrom(statement)));
      return (performance.now() - started) / 1000;
    } finally {
      await client.end();
    }
  }
  if (target.kind !== "pglite") throw new Error("COPY needs a data directory or a server");
  const pglite = await PGlite.create(target.dataDir);
  try {
    const started = performance.now();
    await pglite.query(statement.replace("STDIN", "'/dev/blob'"), [], { blob: new Blob([text]) });
    return (performance.now() - started) / 1000;
  } finally {
    await pglite.close();
  }
}

/** One measurement, in this process: a fresh database, the synthetic places, then the path. */
async function measureOne(engine: Engine, path: Path, dir: string): Promise<Outcome> {
  const fresh = await freshDatabase(engine, join(dir, "pglite-template"));
  try {
    await insertSyntheticPlaces(fresh.db, PLACES);
    const xlsx = new Uint8Array(readFileSync(join(dir, "import.xlsx")));
    let outcome: Omit<Outcome, "stored">;
    if (path === "xlsx" || path === "csv") {
      const bytes = path === "xlsx" ? xlsx : new Uint8Array(readFileSync(join(dir, "import.csv")));
      const m = await measured(() => importValues(fresh.db, bytes, `import.${path}`, WHO));
      outcome = m;
    } else if (path === "parts") {
      const read = await measured(() => readSpreadsheet(xlsx, "import.xlsx"));
      const validate = await measured(async () => validateLongFormat(fresh.db, await readLongFormatSheets(fresh.db, read.result, "import.xlsx"), "import.xlsx"));
      const write = await measured(() => writeImportedValues(fresh.db, validate.result, { fileName: "import.xlsx", sha256: "-" }, WHO));
      outcome = {
        seconds: read.seconds + validate.seconds + write.seconds,
        rssBefore: read.rssBefore,
        rssPeak: Math.max(read.rssPeak, validate.rssPeak, write.rssPeak),
        parts: { read: read.seconds, validate: validate.seconds, write: write.seconds },
      };
    } else {
      const text = readFileSync(join(dir, "copy.csv"), "utf8");
      await fresh.db.destroy();
      const before = process.memoryUsage().rss;
      const seconds = await copyInto(fresh.target, text);
      outcome = { seconds, rssBefore: before, rssPeak: Math.max(before, process.memoryUsage().rss) };
      const reopened = await freshStoredCount(fresh.target);
      return { ...outcome, stored: reopened };
    }
    const counted = await fresh.db.selectFrom("data_values").select((eb) => eb.fn.countAll<number>().as("n")).where("place_code", "like", "bench-%").executeTakeFirstOrThrow();
    return { ...outcome, stored: Number(counted.n) };
  } finally {
    await fresh.drop();
  }
}

async function freshStoredCount(target: DatabaseTarget): Promise<number> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM data_values WHERE place_code LIKE 'bench-%'");
    await client.end();
    return rows[0].n;
  }
  if (target.kind !== "pglite") return Number.NaN;
  const pglite = await PGlite.create(target.dataDir);
  const { rows } = await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM data_values WHERE place_code LIKE 'bench-%'");
  await pglite.close();
  return rows[0]!.n;
}

async function child(engine: Engine, path: Path, dir: string): Promise<void> {
  const outcome = await measureOne(engine, path, dir);
  process.stdout.write(`\nRESULT ${JSON.stringify(outcome)}\n`);
}

async function parent(runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kechuang-import-bench-"));
  try {
    const places = Array.from({ length: PLACES }, (_, i) => syntheticPlaceCode(i + 1));
    const years = pastYears(YEARS);
    const rows = syntheticRows(places, years);
    const t = performance.now();
    const xlsx = await syntheticXlsx(rows);
    const writeSeconds = (performance.now() - t) / 1000;
    const csv = syntheticCsv(rows);
    writeFileSync(join(dir, "import.xlsx"), xlsx);
    writeFileSync(join(dir, "import.csv"), csv);
    writeFileSync(join(dir, "copy.csv"), copyText(rows));
    if (!rows.every((r) => parsePeriod(String(r.期间)))) throw new Error("a period does not parse");
    // PGlite on disk takes ~20 s to migrate and seed: each of its fresh databases is a copy of this one.
    const template = await pgliteTemplate();
    cpSync(template, join(dir, "pglite-template"), { recursive: true });
    rmSync(dirname(template), { recursive: true, force: true });
    console.log(`${rows.length.toLocaleString("en-US")} rows: ${PLACES.toLocaleString("en-US")} synthetic districts (bench-0001 …, parent 500000) × 4 additive indicators × ${years[0]}–${years.at(-1)}, changes within ±15 % a year`);
    console.log(`.xlsx ${(xlsx.length / 2 ** 20).toFixed(1)} MB (writeXlsx ${writeSeconds.toFixed(1)} s), .csv ${(csv.length / 2 ** 20).toFixed(1)} MB; PGlite in a temp data directory on disk; median of ${runs} runs, each on a fresh database in a process of its own`);

    const results = new Map<string, Outcome[]>();
    const paths: Path[] = ["xlsx", "csv", "parts", "copy"];
    for (let run = 0; run < runs; run++) {
      for (const engine of ENGINES) {
        for (const path of paths) {
          const spawned = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--child", engine, path, dir], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
          const line = spawned.stdout.split("\n").find((l) => l.startsWith("RESULT "));
          if (spawned.status !== 0 || !line) throw new Error(`${engine} ${path} failed:\n${spawned.stdout}\n${spawned.stderr}`);
          const outcome = JSON.parse(line.slice(7)) as Outcome;
          if (outcome.stored !== rows.length) throw new Error(`${engine} ${path} stored ${outcome.stored} of ${rows.length} rows`);
          results.set(`${engine} ${path}`, [...(results.get(`${engine} ${path}`) ?? []), outcome]);
        }
      }
    }

    const n = rows.length;
    const lines: (string | number)[][] = [];
    for (const engine of ENGINES) {
      const of = (path: Path) => results.get(`${engine} ${path}`)!;
      const seconds = (path: Path) => median(of(path).map((o) => o.seconds));
      const copy = seconds("copy");
      const row = (label: string, path: Path, s: number, rss: string) => [engine, label, n.toLocaleString("en-US"), s.toFixed(2), perSecond(n, s), rss, (copy / s).toFixed(2)];
      const rss = (path: Path) => mb(median(of(path).map((o) => o.rssPeak)));
      lines.push(row("importValues .xlsx", "xlsx", seconds("xlsx"), rss("xlsx")));
      const parts = of("parts").map((o) => o.parts!);
      lines.push(row("  read .xlsx (exceljs)", "parts", median(parts.map((p) => p.read)), ""));
      lines.push(row("  long format + validation", "parts", median(parts.map((p) => p.validate)), ""));
      lines.push(row("  SQL write (values + revisions)", "parts", median(parts.map((p) => p.write)), ""));
      lines.push(row("importValues .csv", "csv", seconds("csv"), rss("csv")));
      lines.push(row("COPY data_values FROM STDIN", "copy", copy, engine === "pglite" ? rss("copy") : "-"));
    }
    console.log(table(["engine", "path", "rows", "seconds", "rows/s", "peak RSS MB", "import/COPY"], lines));
    console.log("import/COPY: COPY's seconds ÷ this path's seconds (the rate of this path as a share of COPY's). Peak RSS: the process's, sampled every 50 ms during the call");
    console.log("(for PGlite it includes the embedded engine's memory; for PostgreSQL the server's memory is not counted; COPY on PostgreSQL runs in the server).");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === "--child") await child(args[1] as Engine, args[2] as Path, args[3]!);
else await parent(Number(args[0] ?? 3));
