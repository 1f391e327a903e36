/**
 * The reporting loop from a terminal, on both databases: accounts made with --password-stdin (refused
 * without a password on stdin), a round opened, a long-format CSV imported all or nothing, the
 * roll-up to the city, and every change in the audit log under the name given with --by.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { jsonOf, runKechuang, runKechuangWithInput, useCliDatabase } from "./testing/cli-harness.ts";

describe.each(TEST_DATABASES)("kechuang reporting commands on $name", (database) => {
  const { env, dir } = useCliDatabase(database, "kechuang-reporting-");
  const kechuang = (...args: string[]) => runKechuang(env, ...args);

  it("creates accounts with a password from standard input, scoped to a district", { timeout: 120_000 }, async () => {
    const noStdin = await kechuang("users", "add", "沙坪坝区填报员", "--role", "reporter", "--scope", "500106", "--by", "系统管理员");
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toContain("--password-stdin");
    const made = await runKechuangWithInput(env, "a-long-enough-password\n", "users", "add", "沙坪坝区填报员", "--role", "reporter", "--scope", "500106", "--password-stdin", "--by", "系统管理员", "--json");
    expect(made.code).toBe(0);
    expect(jsonOf(made)).toMatchObject({ username: "沙坪坝区填报员", role: "reporter", scopes: [{ kind: "place", code: "500106" }], createdBy: "系统管理员" });
    const weak = await runKechuangWithInput(env, "short\n", "users", "add", "弱密码", "--role", "leader", "--password-stdin", "--by", "系统管理员");
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("password");
  });

  it("opens a round, imports a CSV all or nothing, and rolls the districts up to the city", { timeout: 180_000 }, async () => {
    const round = await kechuang("rounds", "create", "--title", "2025年度创新报表", "--period", "2025", "--due", "2027-03-31", "--indicator", "tech-smes", "gdp", "--place", "500106", "500107", "--by", "规划处", "--json");
    expect(round.code).toBe(0);
    expect(jsonOf(round)).toMatchObject({ period: "2025", indicatorCount: 2, unitCount: 2 });

    const bad = join(dir(), "bad.csv");
    writeFileSync(bad, "\uFEFF指标,地区,期间,数值,单位\n科技型企业,沙坪坝区,2024,1500,家\n科技型企业,九龙坡区,2024,abc,家\n");
    const refused = await kechuang("values", "import", bad, "--by", "规划处");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("第 3 行");
    const good = join(dir(), "good.csv");
    writeFileSync(good, "\uFEFF指标,地区,期间,数值,单位\n科技型企业,沙坪坝区,2024,1500,家\n科技型企业,九龙坡区,2024,1300,家\n");
    const imported = await kechuang("values", "import", good, "--by", "规划处", "--json");
    expect(imported.code).toBe(0);
    expect(jsonOf(imported)).toMatchObject({ rows: 2, created: 2 });

    const rolled = jsonOf(await kechuang("rollup", "--indicator", "tech-smes", "--period", "2024", "--json"));
    expect(rolled.rows.find((r: { placeCode: string }) => r.placeCode === "500000")).toMatchObject({ sum: 2800, childrenReporting: 2, reported: null });
    const audit = jsonOf(await kechuang("audit", "--entity", "import", "--json"));
    expect(audit[0]).toMatchObject({ actor: "规划处", action: "import_values" });
  });
});
