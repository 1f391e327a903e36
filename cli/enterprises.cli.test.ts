/**
 * The registry from a terminal, on both databases: an import refused with located errors and then
 * accepted, both rule packs on a JSON file of figures and on a credit code, the funnel of a district,
 * a snapshot, and a small generated sample registry labelled 示例数据.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withCheckCharacter } from "../core/enterprises/credit-code.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { jsonOf, runKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const code = (n: number) => withCheckCharacter(`91500106${String(n).padStart(9, "0")}`);
const HEADER = "统一社会信用代码,企业名称,区县,年度,职工总数,科技人员数,研发费用(万元),境内研发费用(万元),销售收入(万元),成本费用总额(万元),资产总额(万元),净资产(万元),高新技术产品收入(万元),总收入(万元),发明专利,实用新型,市科技型企业入库日期";
const rows = [
  `${code(1)},重庆甲科技有限公司,沙坪坝区,2023,120,30,200,200,4000,3800,3000,2000,3000,4100,1,3,2020-05-01`,
  `${code(1)},重庆甲科技有限公司,沙坪坝区,2024,120,30,260,260,5200,4900,3500,2600,4000,5300,1,3,`,
  `${code(1)},重庆甲科技有限公司,沙坪坝区,2025,120,30,300,300,6500,6100,4000,3200,5000,6600,1,3,`,
];

describe.each(TEST_DATABASES)("kechuang enterprises on $name", (database) => {
  const { env, dir } = useCliDatabase(database, "kechuang-enterprises-");
  const kechuang = (...args: string[]) => runKechuang(env, ...args);

  it("imports all or nothing, assesses by both packs, shows the funnel and loads sample data", { timeout: 180_000 }, async () => {
    const bad = join(dir(), "bad.csv");
    writeFileSync(bad, [HEADER, ...rows, `${code(2).slice(0, 17)}Z,乙,沙坪坝区,2025,10,1,1,1,1,1,1,1,1,1,0,0,`].join("\n"));
    const refused = await kechuang("enterprises", "import", bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("第 5 行 A 列");

    const good = join(dir(), "good.csv");
    writeFileSync(good, [HEADER, ...rows].join("\n"));
    const imported = await kechuang("enterprises", "import", good, "--by", "沙坪坝区科技局", "--json");
    expect(imported.code).toBe(0);
    expect(jsonOf(imported)).toMatchObject({ rows: 3, enterprises: 1, created: 1 });

    const figures = join(dir(), "figures.json");
    writeFileSync(figures, JSON.stringify([{ year: 2025, staff: 120, sciTechStaff: 30, salesRevenue: 3e7, rdExpense: 1.65e6, totalCost: 2.8e7, totalAssets: 2.5e7, ip: { utilityModel: 3 } }]));
    const sme = await kechuang("enterprises", "assess", "--pack", "tech-sme", figures, "--json");
    expect(sme.code).toBe(0);
    expect(jsonOf(sme)).toMatchObject({ pack: "tech-sme", verdict: "pass", score: { min: 74, max: 74 } });

    const ht = await kechuang("enterprises", "assess", "--pack", "high-tech", code(1), "--json");
    expect(ht.code).toBe(0);
    const a = jsonOf(ht);
    expect(a.conditions.find((c: { id: string }) => c.id === "rdIntensity")).toMatchObject({ verdict: "pass", figures: { required: 0.04 } });
    expect(a.items.find((i: { id: string }) => i.id === "netAssetGrowth").points).toEqual({ min: 7, max: 8 });
    const table = await kechuang("enterprises", "assess", "--pack", "high-tech", code(1));
    expect(table.stdout).toContain("4.84%");

    const funnel = await kechuang("enterprises", "funnel", "--place", "500106", "--on", "2026-01-15", "--json");
    expect(funnel.code).toBe(0);
    expect(jsonOf(funnel).counts).toContainEqual({ year: 2025, kind: "cq-tech", real: 1, sample: 0 });

    const demo = await kechuang("enterprises", "demo", "--total", "300", "--json");
    expect(jsonOf(demo)).toMatchObject({ enterprises: 300 });
    const list = await kechuang("enterprises", "list", "--q", "示例", "--limit", "3");
    expect(list.stdout).toContain("示例数据");
  });
});
