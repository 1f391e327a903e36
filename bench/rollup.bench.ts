/**
 * Roll-up of 1,000,000 stored figures to the city: rollupAll (every additive indicator summed to the
 * parent place, R&D intensity from the sums of R&D expenditure and GDP over the districts reporting
 * both, the city's own figures beside them) against a plain GROUP BY of the same rows, median of 5
 * runs each, interleaved, on PostgreSQL and on PGlite (on disk), each a fresh database.
 *
 * Rows: every child of the city (its districts, counties and zones, and synthetic districts
 * bench-0001 … to make 10,000) × 4 additive indicators (tech-smes, rd-expenditure, gdp,
 * tech-contract-value) × the 25 years before this one, all approved, loaded with one INSERT … SELECT
 * over generate_series per indicator, then VACUUM ANALYZE (what autovacuum does after a bulk load).
 * Measured twice: with every child reporting every year, then with the latest year's GDP missing for
 * 500 districts (a round still open), where R&D intensity needs the join of its parts for that year.
 * Run: npx tsx bench/rollup.bench.ts [engines, e.g. postgres,pglite]
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import type { Db } from "../server/db/connect.ts";
import { rollupAll } from "../server/services/rollup.service.ts";
import { CITY_CODE, insertSyntheticPlaces, SYNTHETIC_INDICATORS } from "../server/testing/synthetic-returns.ts";
import { freshDatabase, type Engine } from "./support/databases.ts";
import { median, table } from "./support/measure.ts";

/** Children of the city: its real districts, counties and zones, and synthetic districts to make up the number. */
const CHILDREN = 10_000;
const YEARS = 25;
const LAST_YEAR = new Date().getFullYear() - 1;
const FIRST_YEAR = LAST_YEAR - YEARS + 1;
/** Districts whose latest GDP is not in yet, in the second measurement. */
const LATE = 500;
const RUNS = 5;
const engines = (process.argv[2] ?? "postgres,pglite").split(",") as Engine[];

/** The plain GROUP BY the roll-up is measured against: every figure of an administrative division summed to its parent (the rows the roll-up reads; zones overlap their districts). */
const plainGroupBy = (db: Db) =>
  sql<{ indicator_code: string; parent_code: string; period: string; total: number }>`
    SELECT v.indicator_code, p.parent_code, v.period, sum(v.value) AS total
    FROM data_values v JOIN places p ON p.code = v.place_code
    WHERE p.admin_code IS NOT NULL
    GROUP BY v.indicator_code, p.parent_code, v.period`.execute(db);

/**
 * 1,000,000 approved figures: every child of the city (its 38 districts and counties, the zones under
 * it, and synthetic districts to make 10,000 children) × 4 indicators × 25 years, one statement per
 * indicator; the seeded figures of the city's children are replaced. Returns the seconds taken.
 */
async function load(db: Db): Promise<{ seconds: number; children: number }> {
  const started = performance.now();
  const real = await db.selectFrom("places").select((eb) => eb.fn.countAll<number>().as("n")).where("parent_code", "=", CITY_CODE).executeTakeFirstOrThrow();
  await insertSyntheticPlaces(db, CHILDREN - Number(real.n));
  await db.deleteFrom("data_values").where("place_code", "in", (eb) => eb.selectFrom("places").select("code").where("parent_code", "=", CITY_CODE)).execute();
  for (const indicator of SYNTHETIC_INDICATORS) {
    // A value per place and year from a hash: deterministic, spread over 1 … 100,000 (× 亿 for amounts).
    const scale = indicator.unit === "亿元" ? 1e8 : 1;
    await sql`
      INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, approved_by, approved_at, published_at)
      SELECT ${indicator.code}, p.code, y::text, 'year', y, (1 + abs(hashtext(p.code || ${indicator.code} || y::text)) % 100000) * ${scale}::float8,
             'approved', 'import', 'rollup-bench', '规划处', now(), now()
      FROM places p CROSS JOIN generate_series(${FIRST_YEAR}::int, ${LAST_YEAR}::int) AS y
      WHERE p.parent_code = ${CITY_CODE}`.execute(db);
  }
  await sql`VACUUM ANALYZE`.execute(db);
  const children = await db.selectFrom("places").select((eb) => eb.fn.countAll<number>().as("n")).where("parent_code", "=", CITY_CODE).executeTakeFirstOrThrow();
  return { seconds: (performance.now() - started) / 1000, children: Number(children.n) };
}

/**
 * The latest year made incomplete, as while a round is open: GDP of LATE districts not in yet (their
 * tech-smes figure of the year before the range stands in, so the count stays 1,000,000).
 */
async function leaveLatestYearIncomplete(db: Db): Promise<void> {
  const late = sql`(SELECT code FROM places WHERE code LIKE 'bench-%' ORDER BY code LIMIT ${LATE})`;
  await sql`DELETE FROM data_values WHERE indicator_code = 'gdp' AND period = ${String(LAST_YEAR)} AND place_code IN ${late}`.execute(db);
  await sql`
    INSERT INTO data_values (indicator_code, place_code, period, granularity, year, value, status, source_kind, source_ref, approved_by, approved_at, published_at)
    SELECT 'tech-smes', code, ${String(FIRST_YEAR - 1)}, 'year', ${FIRST_YEAR - 1}, 1, 'approved', 'import', 'rollup-bench', '规划处', now(), now() FROM places WHERE code IN ${late}`.execute(db);
  await sql`ANALYZE data_values`.execute(db);
}

/** Median seconds of rollupAll and of the plain GROUP BY, RUNS runs each, interleaved; checks they agree first. */
async function compare(db: Db) {
  const [summary, plain] = [await rollupAll(db), await plainGroupBy(db)];
  const key = (i: string, p: string, t: string) => `${i}|${p}|${t}`;
  const plainBy = new Map(plain.rows.map((r) => [key(r.indicator_code, r.parent_code ?? "", r.period), Number(r.total)]));
  const city = summary.filter((r) => r.placeCode === CITY_CODE && r.indicatorCode === "gdp");
  if (city.length !== YEARS || city.some((r) => Math.abs((r.sum ?? 0) - plainBy.get(key("gdp", CITY_CODE, r.period))!) > 1e-9 * Math.abs(r.sum ?? 1))) throw new Error("rollupAll and the plain GROUP BY disagree on gdp");
  if (summary.filter((r) => r.indicatorCode === "rd-intensity" && r.placeCode === CITY_CODE).length !== YEARS) throw new Error("rollupAll gave no R&D intensity for the city");
  const times = { rollup: [] as number[], plain: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, step] of [["rollup", () => rollupAll(db)], ["plain", () => plainGroupBy(db)]] as const) {
      const t = performance.now();
      await step();
      times[name].push((performance.now() - t) / 1000);
    }
  }
  console.log(`  runs (s): rollupAll ${times.rollup.map((t) => t.toFixed(3)).join(" ")}; plain ${times.plain.map((t) => t.toFixed(3)).join(" ")}`);
  return { rollup: median(times.rollup), plain: median(times.plain), rows: summary.length, plainRows: plain.rows.length };
}

const lines: (string | number)[][] = [];
for (const engine of engines) {
  const fresh = await freshDatabase(engine);
  try {
    const loaded = await load(fresh.db);
    const { n } = await fresh.db.selectFrom("data_values").select((eb) => eb.fn.countAll<number>().as("n")).where("place_code", "in", (eb) => eb.selectFrom("places").select("code").where("parent_code", "=", CITY_CODE)).executeTakeFirstOrThrow();
    console.log(`${engine}: ${Number(n).toLocaleString("en-US")} approved figures of the city's ${loaded.children.toLocaleString("en-US")} children loaded and analysed in ${loaded.seconds.toFixed(1)} s`);
    for (const state of ["every child reports every year", `latest year: GDP of ${LATE} districts not in`]) {
      if (state !== "every child reports every year") await leaveLatestYearIncomplete(fresh.db);
      console.log(` ${state}:`);
      const m = await compare(fresh.db);
      lines.push([engine, state, "rollupAll(db)", m.rows, m.rollup.toFixed(3), (m.rollup / m.plain).toFixed(2)]);
      lines.push([engine, state, "plain GROUP BY", m.plainRows, m.plain.toFixed(3), "1.00"]);
    }
  } finally {
    await fresh.drop();
  }
}
console.log(table(["engine", "figures", "query", "result rows", `median of ${RUNS} s`, "× plain"], lines));
