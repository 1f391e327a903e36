/**
 * The enterprise registry's API on both databases (one server per database): nothing for the public,
 * an import refused with every error located and then stored, a reporter confined to their district
 * (reading, and importing), an enterprise's card with both packs' assessments and history, the
 * assessment of figures sent, the funnel and a snapshot whose counts stand beside reported figures.
 */
import { describe, expect, it } from "vitest";
import { withCheckCharacter } from "../core/enterprises/credit-code.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { uploadForm } from "./testing/api-client.ts";
import { useTestServer } from "./test-server.ts";

const code = (district: string, n: number) => withCheckCharacter(`91${district}${String(n).padStart(9, "0")}`);
const HEADER = "统一社会信用代码,企业名称,区县,年度,职工总数,科技人员数,研发费用(万元),销售收入(万元),成本费用总额(万元),资产总额(万元),实用新型,市科技型企业入库日期,高企证书编号,高企发证日期";
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n"));
const A = code("500106", 1);
const B = code("500107", 2);

describe.each(TEST_DATABASES)("enterprises API on $name", (database) => {
  const server = useTestServer(database);

  it("is closed to the public", async () => {
    const anon = server.anonymous();
    expect((await anon.send("GET", "/api/enterprises")).status).toBe(401);
    expect((await anon.send("GET", "/api/enterprises/funnel?place=500106")).status).toBe(401);
  });

  it("refuses a file with errors, listing each by sheet, row, column and field, then stores a sound one", async () => {
    const office = await server.office();
    const bad = await office.send("POST", "/api/enterprises/import", uploadForm(csv([`${A.slice(0, 17)}0,甲,沙坪坝区,2025,120,30,165,3000,2800,2500,3,2022-03-01,,`.replace(`${A.slice(0, 17)}0`, A[17] === "0" ? `${A.slice(0, 17)}1` : `${A.slice(0, 17)}0`), `${B},乙,九龙坡区,2025,x,1,1,1,1,1,0,,,`]), "企业库.csv"));
    expect(bad.status).toBe(422);
    expect(bad.body.error.messages.zh).toContain("未保存任何数据");
    const details = bad.body.error.details as { field: string; row: number; column: string; sheet: string }[];
    expect(details.map((d) => [d.row, d.column, d.field])).toEqual([
      [2, "A", "creditCode"],
      [3, "E", "staff"],
    ]);
    expect((await office.send("GET", "/api/enterprises")).body).toEqual([]);
    const ok = await office.send("POST", "/api/enterprises/import", uploadForm(csv([`${A},甲,沙坪坝区,2025,120,30,165,3000,2800,2500,3,2022-03-01,GR202350000001,2023-11-20`, `${B},乙,九龙坡区,2025,60,5,10,1000,900,800,0,2024-04-01,,`]), "企业库.csv"));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ enterprises: 2, created: 2 });
  });

  it("confines a reporter to their district", async () => {
    const reporter = await server.as({ username: "沙坪坝企业填报员", role: "reporter", scopes: [{ kind: "place", code: "500106" }] });
    expect((await reporter.send("GET", "/api/enterprises")).status).toBe(403);
    const mine = await reporter.send("GET", "/api/enterprises?place=500106");
    expect(mine.status).toBe(200);
    expect(mine.body.map((e: { creditCode: string }) => e.creditCode)).toEqual([A]);
    expect((await reporter.send("GET", `/api/enterprises/${B}`)).status).toBe(403);
    const outside = await reporter.send("POST", "/api/enterprises/import", uploadForm(csv([`${B},乙,九龙坡区,2025,60,6,10,1000,900,800,0,,,`]), "越权.csv"));
    expect(outside.status).toBe(422);
    expect(outside.body.error.details[0]).toMatchObject({ field: "placeCode", code: "out_of_scope" });
    const leader = await server.as({ username: "领导甲", role: "leader" });
    expect((await leader.send("GET", "/api/enterprises")).status).toBe(200);
    expect((await leader.send("POST", "/api/enterprises/snapshots", { sample: false })).status).toBe(403);
  });

  it("gives an enterprise's card with both assessments and its history", async () => {
    const office = await server.office();
    const card = await office.send("GET", `/api/enterprises/${A}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ creditCode: A, name: "甲", sample: false, holds: expect.arrayContaining(["cq-tech"]) });
    expect(card.body.statuses).toContainEqual({ kind: "high-tech", reference: "GR202350000001", validFrom: "2023-11-20", validTo: "2026-11-19" });
    expect(card.body.assessments.techSme).toMatchObject({ verdict: "pass", score: { min: 74, max: 74 } });
    expect(card.body.assessments.highTech.pack).toBe("high-tech");
    expect(card.body.history[0]).toMatchObject({ action: "create_enterprise", actor: "规划处" });
    expect((await office.send("GET", `/api/enterprises/${code("500106", 99)}`)).status).toBe(404);
  });

  it("assesses figures sent, in English on request", async () => {
    const office = await server.office();
    const years = [
      { year: 2023, salesRevenue: 4e7, rdExpense: 2e6, rdDomestic: 2e6, netAssets: 2e7, staff: 200, sciTechStaff: 40 },
      { year: 2024, salesRevenue: 5.2e7, rdExpense: 2.6e6, rdDomestic: 2.6e6, netAssets: 2.6e7, staff: 200, sciTechStaff: 40 },
      { year: 2025, salesRevenue: 6.5e7, rdExpense: 3e6, rdDomestic: 3e6, netAssets: 3.2e7, staff: 200, sciTechStaff: 40, highTechRevenue: 5e7, totalRevenue: 6.6e7, ip: { invention: 1 } },
    ];
    const r = await office.send("POST", "/api/enterprises/assess", { pack: "high-tech", years }, { "accept-language": "en" });
    expect(r.status).toBe(200);
    expect(r.body.conditions.find((c: { id: string }) => c.id === "rdIntensity")).toMatchObject({ verdict: "pass" });
    expect(r.body.judgedParts).toContain("rdManagement");
    expect((await office.send("POST", "/api/enterprises/assess", { pack: "other", years })).status).toBe(422);
  });

  it("shows the funnel and writes a snapshot beside a reported figure", async () => {
    const office = await server.office();
    await office.send("POST", "/api/values", { indicatorCode: "tech-smes", placeCode: "500106", period: "2025", value: 4 });
    const snap = await office.send("POST", "/api/enterprises/snapshots", { on: "2025-12-31", sample: false });
    expect(snap.status).toBe(201);
    const f = await office.send("GET", "/api/enterprises/funnel?place=500106&on=2026-01-15");
    expect(f.status).toBe(200);
    expect(f.body.figures.find((x: { indicatorCode: string; period: string }) => x.indicatorCode === "tech-smes" && x.period === "2025")).toMatchObject({ reported: 4, registry: 1, difference: -3 });
    expect(f.body.lapsing.map((l: { creditCode: string }) => l.creditCode)).toEqual([A]);
  });
});
