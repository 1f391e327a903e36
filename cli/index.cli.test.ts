/**
 * `kechuang index` as a user runs it: compute on COINr's ASEM example against its published results
 * table, located errors for bad CSV and pipeline files, seeded uncertainty and explanations from files,
 * and list/export of the stored templates on both databases.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { refDir as REF } from "../core/indices/testing/coinr.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { jsonOf, runKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const BIN = resolve(here, "../kechuang");
const PIPELINE = resolve(here, "../examples/asem/pipeline.json");
const dir = mkdtempSync(join(tmpdir(), "kechuang-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `kechuang` with the Chinese messages, plus `env`. */
const kechuang = (args: string[], env: NodeJS.ProcessEnv = {}) => runKechuang({ ...process.env, KECHUANG_LANG: "zh", ...env }, ...args);

const files = (idata = join(REF, "ASEM_iData.csv"), pipeline = PIPELINE) => ["--idata", idata, "--imeta", join(REF, "ASEM_iMeta.csv"), "--pipeline", pipeline];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe("kechuang index (files)", () => {
  it("computes the ASEM example exactly as results_Aggs_amean_minmax.csv", async () => {
    const units = jsonOf(await kechuang(["index", "compute", ...files(), "--json"])) as Record<string, number | string>[];
    const [header, ...rows] = parse(readFileSync(join(REF, "results_Aggs_amean_minmax.csv"), "utf8")) as string[][];
    expect(units.map((u) => u.uCode)).toEqual(rows.map((r) => r[0]));
    rows.forEach((r, i) => {
      const u = units[i]!;
      expect(u.rank).toBe(Number(r[1]));
      expect(close(u.score as number, Number(r[2]))).toBe(true);
      header!.slice(2).forEach((col, j) => expect(close(u[col] as number, Number(r[j + 2])), `${u.uCode} ${col}`).toBe(true));
    });
  });

  it("refuses a bad cell naming the file, row, column and field, with a non-zero exit", async () => {
    const lines = readFileSync(join(REF, "ASEM_iData.csv"), "utf8").split("\n");
    const cells = lines[3]!.split(",");
    const col = lines[0]!.split(",").map((h) => h.replace(/"/g, "")).indexOf("LPI");
    cells[col] = "abc";
    lines[3] = cells.join(",");
    const bad = join(dir, "bad_iData.csv");
    writeFileSync(bad, lines.join("\n"));
    const zh = await kechuang(["index", "compute", ...files(bad), "--json"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("[iData[4].LPI]");
    expect(zh.stderr).toContain(`iData（${bad}）第 4 行「LPI」列`);
    const en = await kechuang(["index", "compute", ...files(bad)], { KECHUANG_LANG: "en" });
    expect(en.stderr).toContain(`row 4 column "LPI": "abc" is not a number`);
  });

  it("refuses a broken pipeline file naming the setting", async () => {
    const bad = join(dir, "pipeline.json");
    writeFileSync(bad, JSON.stringify({ normalise: { method: "minmax", low: "zero" } }));
    const r = await kechuang(["index", "compute", ...files(undefined, bad)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[pipeline.normalise.low]");
    writeFileSync(bad, "{oops");
    expect((await kechuang(["index", "compute", ...files(undefined, bad)])).stderr).toContain("不是有效的 JSON");
  });

  it("takes --normalise identity and prints ratio nodes beside the aggregates", async () => {
    const imeta = join(dir, "ratio_iMeta.csv");
    const idata = join(dir, "ratio_iData.csv");
    const pipeline = join(dir, "empty.json");
    writeFileSync(imeta, ["Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type,Numerator", "1,a,A,1,1,,,,input,Indicator,", "1,b,B,1,1,,,,output,Indicator,", "2,input,Input,1,1,,,,index,Aggregate,", "2,output,Output,1,1,,,,index,Aggregate,", "3,index,Index,1,1,,,,,Aggregate,", ",eff,Efficiency,,,,,input,,Ratio,output"].join("\n"));
    writeFileSync(idata, "uCode,uName,a,b\np,P,40,30\nq,Q,80,20\n");
    writeFileSync(pipeline, "{}");
    const args = ["index", "compute", "--idata", idata, "--imeta", imeta, "--pipeline", pipeline, "--json"];
    const identity = jsonOf(await kechuang([...args, "--normalise", "identity"])) as Record<string, number | string>[];
    expect(identity.find((u) => u.uCode === "p")).toMatchObject({ score: 35, input: 40, output: 30, eff: 0.75 });
    // Without it the pipeline's default, min-max, applies: q is best on a, worst on b.
    const minmax = jsonOf(await kechuang(args)) as Record<string, number | string>[];
    expect(minmax.find((u) => u.uCode === "q")).toMatchObject({ input: 100, output: 0, eff: 0 });
    const bad = await kechuang([...args, "--normalise", "nothing"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("[pipeline.normalise.method]");
  });

  it("gives the same rank intervals for the same seed and explains a unit", async () => {
    const args = ["index", "uncertainty", ...files(), "--n", "40", "--seed", "5", "--json"];
    const a = await kechuang(args);
    expect(a.code).toBe(0);
    expect((await kechuang(args)).stdout).toBe(a.stdout);
    const stats = jsonOf(a) as { uCode: string; nominal: number; q5: number; q95: number }[];
    expect(stats[0]).toMatchObject({ uCode: "CHE", nominal: 1 });
    const e = jsonOf(await kechuang(["index", "explain", ...files(), "--unit", "CHE", "--json"]));
    expect(e).toMatchObject({ uCode: "CHE", rank: 1 });
    const sum = e.contributions.filter((c: { level: number }) => c.level === 1).reduce((s: number, c: { contribution: number }) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(e.score, 6);
  });

  it("gives sensitivity indices per uncertain input and the rank shift of dropping each dimension, the same for the same seed", async () => {
    const args = ["index", "sensitivity", ...files(), "--n", "16", "--seed", "3", "--json"];
    const a = await kechuang(args);
    expect(a.code).toBe(0);
    expect((await kechuang(args)).stdout).toBe(a.stdout);
    const r = jsonOf(a) as { indices: { name: string; si: number; sti: number }[]; drops: { code: string; level: number; meanRankShift: number }[] };
    expect(r.indices.map((x) => x.name)).toEqual(expect.arrayContaining(["normalise", "weights", "aggregate"]));
    for (const x of r.indices) expect(Number.isFinite(x.si) && Number.isFinite(x.sti)).toBe(true);
    expect(r.drops.map((d) => d.code).sort()).toEqual(["Conn", "Sust"]);
    for (const d of r.drops) expect(d.meanRankShift).toBeGreaterThan(0);
    const table = await kechuang(["index", "sensitivity", ...files(), "--n", "8"]);
    expect(table.stdout).toContain("mean |Δrank|");
    const bad = await kechuang(["index", "sensitivity", ...files(), "--n", "2"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--n");
  });
});

describe("kechuang index uncertainty as a long run", () => {
  it("shows its progress on stderr and stops cleanly on Ctrl-C", async () => {
    const shown = await kechuang(["index", "uncertainty", ...files(), "--n", "40", "--progress"]);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain("40/40 100%");
    expect(shown.stdout).toContain("CHE");

    const child = spawn(BIN, ["index", "uncertainty", ...files(), "--n", "1000000", "--progress"], { env: { ...process.env, KECHUANG_LANG: "zh" } });
    let stderr = "";
    let interrupted = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      // Interrupt once replications are being counted, as a person would after watching the bar (once:
      // a second Ctrl-C after the cancellation is handled ends the process the default way).
      if (!interrupted && / [1-9]\d*\/1000000 /.test(stderr)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    const code = await new Promise<number | null>((done) => child.once("exit", (c) => done(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/已取消（完成 \d+\/1000000）/);
  });
});

describe.each(TEST_DATABASES)("kechuang index (stored) on $name", (database) => {
  const { env } = useCliDatabase(database, "kechuang-index-stored-");

  it("lists the templates and exports the district ranking labelled as sample data", async () => {
    const list = await kechuang(["index", "list", "--json"], env);
    expect(list.code).toBe(0);
    expect(jsonOf(list).map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(["cq-district-innovation", "cq-hitech-zone-ranking"]));
    const out = join(dir, `ranking-${database.name}.csv`);
    expect((await kechuang(["index", "export", "cq-district-innovation", "--table", "ranking", "--out", out], env)).code).toBe(0);
    // A UTF-8 byte-order mark first, so that Excel on a Chinese Windows reads the names right.
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines).toHaveLength(39);
    expect(lines[0]).toContain("数据说明");
    expect(lines[0]).toContain("创新投入");
    expect(lines[1]).toContain("示例数据");
    expect((await kechuang(["index", "export", "cq-district-innovation", "--table", "nope"], env)).code).toBe(2);
  });
});
