/**
 * The kechuang command on an embedded database in a temporary directory and on a PostgreSQL
 * database: progress JSON and .xlsx on the seed data, the value commands'
 * validation, and — as a user runs it, a child process — the lock that keeps a second process off an
 * embedded database in use.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { startServerProcess } from "../e2e/testing/server-process.ts";
import { jsonOf, runKechuang, spawnKechuang, useCliDatabase } from "./testing/cli-harness.ts";
import { readSheets, rowsOf } from "../e2e/testing/table-download.ts";

describe.each(TEST_DATABASES)("kechuang CLI on $name", (database) => {
  const { env } = useCliDatabase(database, "kechuang-cli-");
  const kechuang = (...args: string[]) => runKechuang(env, ...args);

  it("prints the plan's progress as JSON, one object per target", async () => {
    const list = jsonOf(await kechuang("progress", "--plan", "cq-sti-2021-2025", "--json")) as Record<string, any>[];
    expect(list).toHaveLength(13);
    const tech = list.find((p) => p.indicator === "科技型企业");
    expect(tech).toMatchObject({ unit: "家", baseline: { value: 26371, year: 2020 }, target: { value: 45000, year: 2025, comparator: ">", kind: "level" }, latest: { value: 58524, year: 2023 }, status: "achieved" });
    const contracts = list.find((p) => p.indicator === "技术合同成交额");
    expect(contracts).toMatchObject({ unit: "元", baseline: { value: 14570000000, year: 2020 }, latest: { value: 86510000000, year: 2023 }, target: { value: 110000000000 }, status: "on_track" });
    expect(contracts?.requiredAnnualGrowth).toBeCloseTo(0.1276, 3);
    expect(list.find((p) => p.indicator === "全社会研发经费占地区生产总值的比重")).toMatchObject({ baseline: { value: 2.11 }, latest: { value: 2.45 }, target: { value: 2.6 }, status: "on_track" });
    for (const p of list.filter((p) => p.latest === null)) expect(p).toMatchObject({ status: "no_data", projection: null });
    for (const p of list) expect(Object.keys(p)).toEqual(expect.arrayContaining(["indicator", "unit", "baseline", "target", "latest", "status", "requiredAnnualGrowth", "realisedAnnualGrowth", "projection"]));
  });

  it("writes the progress table as .xlsx with Chinese headers (--as xlsx --out)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "kechuang-xlsx-")), "进展.xlsx");
    const run = await kechuang("progress", "--plan", "cq-sti-2021-2025", "--as", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已写入");
    const rows = rowsOf((await readSheets(readFileSync(out))).get("目标进展")!);
    expect(rows[1]!.slice(0, 3)).toEqual(["指标", "属性", "单位"]);
    expect(rows.slice(2)).toHaveLength(13);
  });

  it("refuses a bad value with the field named and a non-zero exit, then accepts a good one", async () => {
    const bad = await kechuang("values", "add", "--indicator", "rd-intensity", "--period", "2024", "--value", "120", "--by", "规划处");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("[value]");
    expect(bad.stderr).toContain("0 到 100");
    const notNumber = await kechuang("values", "add", "--indicator", "rd-intensity", "--period", "2024", "--value", "abc", "--by", "规划处");
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toContain("[value]");
    const good = await kechuang("values", "add", "--indicator", "rd-intensity", "--period", "2024", "--value", "2.52", "--json", "--by", "规划处");
    expect(good.code).toBe(0);
    expect(jsonOf(good)).toMatchObject({ indicatorCode: "rd-intensity", period: "2024", value: 2.52 });
    const listed = jsonOf(await kechuang("values", "list", "--indicator", "rd-intensity", "--json"));
    expect(listed.map((v: { period: string }) => v.period)).toEqual(["2020", "2023", "2024"]);
  });

  it("answers an unknown plan with exit code 3 and a message", async () => {
    const res = await kechuang("progress", "--plan", "no-such-plan");
    expect(res.code).toBe(3);
    expect(res.stderr).toContain("no-such-plan");
  });

  it.runIf(database.name === "pglite")("refuses an embedded database a running server holds, saying where it runs and what to do", async () => {
    // A lock file naming a live process (as older versions wrote it) means nothing.
    writeFileSync(`${env.KECHUANG_DATA_DIR}.lock`, String(process.pid));
    expect((await spawnKechuang(env, "plans")).code).toBe(0);
    const server = await startServerProcess({ dataDir: `${env.KECHUANG_DATA_DIR}/` });
    try {
      const zh = await spawnKechuang(env, "plans");
      expect(zh.code).toBe(4);
      expect(zh.stderr).toContain(`运行中的科创服务器使用（进程 ${server.pid}，地址 ${server.url}）`);
      expect(zh.stderr).toContain("先停止该服务器");
      expect(zh.stderr).toContain("DATABASE_URL");
      const en = await spawnKechuang({ ...env, KECHUANG_LANG: "en", KECHUANG_DATA_DIR: relative(process.cwd(), env.KECHUANG_DATA_DIR!) }, "plans");
      expect(en.code).toBe(4);
      expect(en.stderr).toContain(`in use by the Kechuang server running at ${server.url} (process ${server.pid})`);
      expect(en.stderr).toContain("stop that server first");
    } finally {
      expect((await server.stop("SIGTERM")).code).toBe(0);
    }
    // Stopped, it has let go: the command works at once.
    expect((await spawnKechuang(env, "plans")).code).toBe(0);
  });
});
