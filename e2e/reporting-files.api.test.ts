/**
 * Spreadsheets in the reporting loop, on both databases: the office imports a 200-row long-format
 * .xlsx — refused whole with all 3 bad rows listed by sheet, row and column while nothing is stored,
 * then accepted whole once corrected; a district reporter downloads the round's template, fills it
 * and uploads it back as drafts; exported cells cannot run as formulas.
 */
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { readSpreadsheet } from "../server/spreadsheets/read-spreadsheet.ts";
import { writeXlsx } from "../server/spreadsheets/write-spreadsheet.ts";
import { useTestServer } from "./test-server.ts";
import { uploadForm } from "./testing/api-client.ts";

type Row = Record<string, string | number | null>;
const COLUMNS = ["指标", "地区", "期间", "数值", "单位", "备注"].map((h) => ({ header: h, key: h }));

const xlsx = (rows: Row[]) => writeXlsx([{ name: "数据", columns: COLUMNS, rows }]);
const upload = uploadForm;

describe.each(TEST_DATABASES)("reporting files on $name", (database) => {
  const server = useTestServer(database);

  /** 200 rows: three additive indicators for the districts in 2023 and 2024, a few per cent apart. */
  async function twoHundredRows(): Promise<Row[]> {
    const places = ((await server.anonymous().get("/api/places")).body as { code: string; nameZh: string; kind: string }[]).filter((p) => p.kind === "district" || p.kind === "county");
    const rows: Row[] = [];
    for (const [i, place] of places.entries()) {
      for (const year of [2023, 2024]) {
        const growth = year === 2024 ? 1.05 : 1;
        rows.push({ 指标: "科技型企业", 地区: place.nameZh, 期间: year, 数值: Math.round((300 + i * 10) * growth), 单位: "家", 备注: null });
        rows.push({ 指标: "rd-expenditure", 地区: place.code, 期间: year, 数值: Number(((8 + i) * growth).toFixed(2)), 单位: "亿元", 备注: null });
        rows.push({ 指标: "gdp", 地区: place.code, 期间: year, 数值: Number(((500 + i * 40) * growth).toFixed(1)), 单位: null, 备注: "统计快报" });
      }
    }
    return rows.slice(0, 200);
  }

  it("refuses a 200-row file with 3 bad rows, listing all 3 by sheet, row and column, storing nothing; accepts it corrected", async () => {
    const office = await server.office();
    const rows = await twoHundredRows();
    expect(rows).toHaveLength(200);
    const bad = rows.map((r) => ({ ...r }));
    bad[9]!["指标"] = "不存在的指标"; // spreadsheet row 11
    bad[99]!["数值"] = "很多"; // row 101
    bad[149]!["期间"] = 2099; // row 151
    const before = (await office.get("/api/values?indicator=gdp&limit=10000")).body.length;
    const refused = await office.post("/api/values/import", upload(await xlsx(bad), "区县数据.xlsx"));
    expect(refused.status).toBe(422);
    const details = refused.body.error.details as { sheet: string; row: number; column: string; field: string; messages: { zh: string; en: string } }[];
    expect(details.map((d) => [d.sheet, d.row, d.column])).toEqual([
      ["数据", 11, "A"],
      ["数据", 101, "D"],
      ["数据", 151, "C"],
    ]);
    expect(refused.body.error.messages.zh).toContain("区县数据.xlsx");
    expect(refused.body.error.messages.zh).toContain("3 处错误");
    expect(details[0]!.messages.zh).toContain("第 11 行");
    expect(details[2]!.messages.en).toMatch(/2099/);
    expect((await office.get("/api/values?indicator=gdp&limit=10000")).body.length).toBe(before);
    expect((await office.get("/api/values?indicator=tech-smes&place=500101")).body).toEqual([]);

    const accepted = await office.post("/api/values/import", upload(await xlsx(rows), "区县数据.xlsx"));
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ rows: 200, created: 200, replaced: 0, unchanged: 0 });
    const smes = (await office.get("/api/values?indicator=tech-smes&limit=10000")).body.filter((v: { placeCode: string }) => v.placeCode !== "500000");
    expect(smes.length).toBeGreaterThan(60);
    const rd = (await office.get("/api/values?indicator=rd-expenditure&place=500101&period=2024")).body[0];
    expect(rd).toMatchObject({ value: 840_000_000, source: { kind: "import", ref: "区县数据.xlsx" }, approvedBy: "规划处" });
    expect((await office.get(`/api/values/${rd.id}/history`)).body).toHaveLength(1);

    // The same file again changes nothing; one changed figure gets a second revision.
    const again = await office.post("/api/values/import", upload(await xlsx(rows), "区县数据.xlsx"));
    expect(again.body).toMatchObject({ created: 0, replaced: 0, unchanged: 200 });
    const changed = rows.map((r) => (r["指标"] === "rd-expenditure" && r["地区"] === "500101" && r["期间"] === 2024 ? { ...r, 数值: 8.5 } : r));
    expect((await office.post("/api/values/import", upload(await xlsx(changed), "更正.xlsx"))).body).toMatchObject({ replaced: 1, unchanged: 199 });
    const history = (await office.get(`/api/values/${rd.id}/history`)).body as { value: number; changedBy: string }[];
    expect(history.map((h) => h.value)).toEqual([840_000_000, 850_000_000]);
  });

  it("lets a district reporter fill the round's template and upload it back as drafts", async () => {
    const office = await server.office();
    const round = (await office.post("/api/rounds", { title: "2025年度创新报表", period: "2025", dueOn: "2027-03-31", indicatorCodes: ["tech-smes", "rd-expenditure"], units: [{ kind: "place", code: "500106" }, { kind: "place", code: "500107" }] })).body;
    const reporter = await server.as({ username: "沙坪坝区填报员", role: "reporter", scopes: [{ kind: "place", code: "500106" }] });
    const template = await reporter.get(`/api/rounds/${round.id}/template`);
    expect(template.status).toBe(200);
    expect(template.headers.get("content-disposition")).toContain(encodeURIComponent("填报模板"));
    const [sheet] = await readSpreadsheet(template.body as Uint8Array, "template.xlsx");
    expect(sheet!.cells[0]).toEqual(["指标", "指标名称", "地区", "地区名称", "期间", "单位", "上期值", "数值", "备注", "说明"]);
    expect(sheet!.cells.slice(1).map((r) => [r[0], r[2], r[5]])).toEqual([
      ["tech-smes", "500106", "家"],
      ["rd-expenditure", "500106", "亿元"],
    ]);
    // Last period's figure (2024, imported above) is pre-filled beside the field.
    expect(sheet!.cells[1]![6]).toBeGreaterThan(0);

    const filled = sheet!.cells.map((r, i) => (i === 0 ? r : [...r.slice(0, 7), i === 1 ? Number(sheet!.cells[1]![6]) + 20 : null, ...r.slice(8)]));
    const bytes = await writeXlsx([{ name: "填报", columns: filled[0]!.map((h) => ({ header: String(h), key: String(h) })), rows: filled.slice(1).map((r) => Object.fromEntries(filled[0]!.map((h, j) => [String(h), r[j] ?? null]))) }]);
    const saved = await reporter.post(`/api/rounds/${round.id}/upload`, upload(bytes, "沙坪坝.xlsx"));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ created: 1, rows: 1 });
    const drafts = (await reporter.get(`/api/submissions?round=${round.id}`)).body;
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ indicatorCode: "tech-smes", placeCode: "500106", state: "draft" });

    // A row for 九龙坡区 in the same file is refused: outside the reporter's scope, nothing saved.
    const foreign = filled.map((r, i) => (i === 2 ? ["tech-smes", null, "500107", null, "2025", "家", null, 10, null, null] : r));
    const foreignBytes = await writeXlsx([{ name: "填报", columns: foreign[0]!.map((h) => ({ header: String(h), key: String(h) })), rows: foreign.slice(1).map((r) => Object.fromEntries(foreign[0]!.map((h, j) => [String(h), r[j] ?? null]))) }]);
    const refused = await reporter.post(`/api/rounds/${round.id}/upload`, upload(foreignBytes, "越权.xlsx"));
    expect(refused.status).toBe(403);
    expect(refused.body.error.messages.zh).toContain("第 3 行");
    expect((await reporter.get(`/api/submissions?round=${round.id}`)).body).toHaveLength(1);
  });

  it("exports cells that cannot run as formulas", async () => {
    const bytes = await writeXlsx([{ name: "x", columns: [{ header: "名称", key: "n" }], rows: [{ n: "=HYPERLINK(\"http://evil\")" }, { n: "+1" }, { n: "@SUM(A1)" }] }]);
    const [sheet] = await readSpreadsheet(bytes, "x.xlsx");
    expect(sheet!.cells.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1", "'@SUM(A1)"]);
  });

  it("rolls the districts' figures up to the city: sums, a ratio from its parts, the city's own figure beside them", async () => {
    const office = await server.office();
    const rollupOf = async (indicator: string, period: string) => (await office.get(`/api/rollup?indicator=${indicator}&period=${period}`)).body;
    const smes = (await rollupOf("tech-smes", "2023")).rows.find((r: { placeCode: string }) => r.placeCode === "500000");
    const districts = (await office.get("/api/values?indicator=tech-smes&period=2023&limit=10000")).body.filter((v: { placeCode: string }) => v.placeCode !== "500000");
    expect(smes.sum).toBe(districts.reduce((n: number, v: { value: number }) => n + v.value, 0));
    expect(smes.reported).toBe(58524); // the city's own 2023 figure, from the Bureau's report
    expect(smes.difference).toBe(58524 - smes.sum);
    expect(smes.childrenReporting).toBe(districts.length);
    expect(smes.missing).toHaveLength(smes.childCount - districts.length);
    const intensity = (await rollupOf("rd-intensity", "2023")).rows.find((r: { placeCode: string }) => r.placeCode === "500000");
    // Over the districts reporting both parts: Σ R&D / Σ GDP × 100, not the mean of their intensities.
    const figures = async (code: string) => new Map(((await office.get(`/api/values?indicator=${code}&period=2023&limit=10000`)).body as { placeCode: string; value: number }[]).filter((v) => v.placeCode !== "500000").map((v) => [v.placeCode, v.value]));
    const [rd, gdp] = [await figures("rd-expenditure"), await figures("gdp")];
    const both = [...gdp.keys()].filter((p) => rd.has(p));
    expect(both.length).toBeLessThan(rd.size);
    const sum = (m: Map<string, number>) => both.reduce((n, p) => n + m.get(p)!, 0);
    expect(intensity.sum).toBeCloseTo((sum(rd) / sum(gdp)) * 100, 10);
    expect(intensity.childrenReporting).toBe(both.length);
    expect(intensity.reported).toBe(2.45);
    expect((await server.anonymous().get("/api/rollup?indicator=gdp&period=2023")).status).toBe(401);
  });
});
