/**
 * The HTTP API end to end, on both databases: plans and their progress on the seed data, the
 * catalogue, and adding data values — refused with a clear zh/en message naming the field, and
 * nothing stored, for every kind of bad input. Well-formed requests go through the client typed by
 * the OpenAPI document (`client.api`); malformed ones are sent raw on purpose.
 */
import { describe, expect, it } from "vitest";
import { useTestServer } from "./test-server.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import type { components } from "../contract/openapi.d.ts";
import { download, readSheets, rowsOf } from "./testing/table-download.ts";

type TargetProgress = components["schemas"]["TargetProgress"];

describe.each(TEST_DATABASES)("API on $name", (database) => {
  const server = useTestServer(database);


  /** Reads as the public (signed out), or as the plan office when `signedIn`. */
  const get = async (path: string, lang = "zh-CN", signedIn = false) => {
    const client = signedIn ? await server.office() : server.anonymous(lang);
    return client.send("GET", path, undefined, { "accept-language": lang });
  };
  /** Writes as the plan office. */
  const post = async (path: string, body: unknown, lang = "zh-CN") => (await server.office()).send("POST", path, (typeof body === "string" ? body : JSON.stringify(body)), { "accept-language": lang, "content-type": "application/json" });
  const anonymous = () => server.anonymous().api;
  /** The data of a typed call that must succeed. */
  const ok = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>) => {
    const { data, error, response } = await call;
    if (data === undefined) throw new Error(`${response.status} ${JSON.stringify(error)}`);
    return data;
  };
  const progressOf = (code: string) => ok(anonymous().GET("/api/plans/{code}/progress", { params: { path: { code } } }));
  const valueCount = async () => (await ok(anonymous().GET("/api/values"))).length;
  const byName = (list: TargetProgress[], name: string) => {
    const found = list.find((p) => p.indicator === name);
    if (!found) throw new Error(`no target for ${name}`);
    return found;
  };

  it("lists both seed plans with their document numbers", async () => {
    const plans = await ok(anonymous().GET("/api/plans"));
    const sti = plans.find((p) => p.code === "cq-sti-2021-2025");
    expect(sti).toMatchObject({ docNumber: "渝府发〔2022〕3号", periodStart: 2021, periodEnd: 2025, targetCount: 13 });
    expect(plans.some((p) => p.code === "cq-hitech-2023-2027" && p.parentCode === "cq-sti-2021-2025")).toBe(true);
  });

  it("gives the progress of the 13 main indicators from the plan and the 2023 report", async () => {
    const progress = await progressOf("cq-sti-2021-2025");
    expect(progress).toHaveLength(13);
    expect(byName(progress, "科技型企业")).toMatchObject({ baseline: { value: 26371, year: 2020 }, target: { value: 45000, year: 2025 }, latest: { value: 58524, year: 2023 }, status: "achieved" });
    const contracts = byName(progress, "技术合同成交额");
    expect(contracts).toMatchObject({ baseline: { value: 14570000000, year: 2020 }, latest: { value: 86510000000, year: 2023 }, target: { value: 110000000000 }, status: "on_track" });
    expect(contracts.requiredAnnualGrowth).toBeCloseTo(0.1276, 3);
    expect(byName(progress, "全社会研发经费占地区生产总值的比重")).toMatchObject({ baseline: { value: 2.11 }, latest: { value: 2.45 }, target: { value: 2.6 }, status: "on_track" });
    const patents = byName(progress, "每万人口高价值发明专利拥有量");
    expect(patents).toMatchObject({ latest: null, status: "no_data", projection: null });
    expect(contracts.source?.quote).toContain("技术合同成交额");
  });

  it("exports the dashboard's table as .xlsx and CSV to the public, with Chinese headers and display units", async () => {
    const xlsx = await download(server.anonymous(), "/api/plans/cq-sti-2021-2025/progress/export?asOf=2023");
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toContain("spreadsheetml");
    expect(xlsx.disposition).toContain("filename*=UTF-8''cq-sti-2021-2025_");
    const sheet = (await readSheets(xlsx.bytes)).get("目标进展")!;
    const rows = rowsOf(sheet);
    expect(String(rows[0]![0])).toMatch(/^重庆市科技创新“十四五”规划.*目标进展（截至2023年）$/);
    expect(rows[1]!.slice(0, 8)).toEqual(["指标", "属性", "单位", "基期值", "基期年份", "目标", "目标年份", "最新值"]);
    expect(rows.slice(2)).toHaveLength(13);
    const contracts = rows.find((r) => r[0] === "技术合同成交额")!;
    expect(contracts.slice(2, 5)).toEqual(["亿元", 145.7, 2020]);
    expect(contracts[7]).toBe(865.1);
    expect(sheet.getRow(rows.indexOf(contracts) + 1).getCell(12)).toMatchObject({ numFmt: "0.0%" });
    const en = rowsOf((await readSheets((await download(server.anonymous("en"), "/api/plans/cq-sti-2021-2025/progress/export")).bytes)).get("Progress")!);
    expect(en[1]!.slice(0, 3)).toEqual(["Indicator", "Attribute", "Unit"]);
    const csv = await download(server.anonymous(), "/api/plans/cq-sti-2021-2025/progress/export?format=csv&lang=zh");
    expect(csv.contentType).toContain("text/csv");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv.bytes).trim().split("\r\n");
    expect(lines).toHaveLength(14);
    expect(lines[0]!.startsWith("指标,属性,单位,基期值")).toBe(true);
    expect((await download(server.anonymous(), "/api/plans/no-such-plan/progress/export")).status).toBe(404);
    expect((await download(server.anonymous(), "/api/plans/cq-sti-2021-2025/progress/export?format=pdf")).status).toBe(422);
  });

  it("serves the catalogue: 38 districts and counties under the city, groupings, bodies", async () => {
    const places = await ok(anonymous().GET("/api/places"));
    expect(places.filter((p) => p.kind === "district" || p.kind === "county")).toHaveLength(38);
    expect(places.find((p) => p.code === "500106")?.memberOf.length).toBeGreaterThan(0); // 沙坪坝区 in the Science City
    const indicators = await ok(anonymous().GET("/api/indicators"));
    expect(indicators.map((i) => i.code)).toEqual(expect.arrayContaining(["rd-intensity", "tech-smes", "tech-contract-value"]));
    expect((await ok(anonymous().GET("/api/bodies"))).length).toBeGreaterThan(3);
  });

  const badInputs: [string, Record<string, unknown>, string, string][] = [
    ["an unknown indicator", { indicatorCode: "no-such-indicator", period: "2024", value: 1 }, "indicatorCode", "不存在"],
    ["a value that is not a number", { indicatorCode: "rd-intensity", period: "2024", value: "很多" }, "value", "数字"],
    ["a quarter for a yearly indicator", { indicatorCode: "rd-intensity", period: "2024Q1", value: 2.5 }, "period", "年度"],
    ["a malformed period", { indicatorCode: "rd-intensity", period: "2024Q5", value: 2.5 }, "period", "格式不正确"],
    ["a share above 100 %", { indicatorCode: "rd-intensity", period: "2024", value: 120 }, "value", "0 到 100"],
    ["an unknown place", { indicatorCode: "rd-intensity", placeCode: "999999", period: "2024", value: 2.5 }, "placeCode", "不存在"],
  ];

  it.each(badInputs)("refuses %s with a 4xx naming the field, storing nothing", async (_what, body, field, zhWords) => {
    const before = await valueCount();
    const zh = await post("/api/values", body);
    expect(zh.status).toBeGreaterThanOrEqual(400);
    expect(zh.status).toBeLessThan(500);
    expect(zh.body.error.field).toBe(field);
    expect(zh.body.error.message).toContain(zhWords);
    const en = await post("/api/values", body, "en");
    expect(en.body.error.message).toMatch(/[a-z]/);
    expect(en.body.error.message).not.toMatch(/[\u4e00-\u9fff]{2}/);
    expect(await valueCount()).toBe(before);
  });

  it("refuses a body that is not JSON", async () => {
    const { status, body } = await post("/api/values", "{not json");
    expect(status).toBe(400);
    expect(body.error.messages.en).toContain("JSON");
  });

  it("stores a valid value, shows it in progress, and keeps every revision", async () => {
    const office = (await server.office()).api;
    const created = await office.POST("/api/values", { body: { indicatorCode: "rd-intensity", period: "2024", value: 2.5 } });
    expect(created.response.status).toBe(201);
    expect(byName(await progressOf("cq-sti-2021-2025"), "全社会研发经费占地区生产总值的比重").latest).toEqual({ value: 2.5, year: 2024 });
    const replaced = await ok(office.POST("/api/values", { body: { indicatorCode: "rd-intensity", period: "2024", value: 2.55 } }));
    expect(replaced.id).toBe(created.data!.id);
    const history = await ok(office.GET("/api/values/{id}/history", { params: { path: { id: replaced.id } } }));
    expect(history.map((r) => r.value)).toEqual([2.5, 2.55]);
    expect(history.map((r) => r.changedBy)).toEqual(["规划处", "规划处"]);
  });

  it("asks for the base-period value of a 双倍增 target, takes it from the plan office only, and then assesses it", async () => {
    const needs = (await progressOf("cq-hitech-2023-2027")).filter((p) => p.needsBaseline);
    expect(needs.map((p) => [p.target.kind, p.reason, p.status])).toEqual([
      ["multiple", "no_target_level", "no_data"],
      ["multiple", "no_target_level", "no_data"],
    ]);
    const id = needs[0]!.targetId;
    const anon = await anonymous().PUT("/api/targets/{id}/baseline", { params: { path: { id } }, body: { value: 500, year: 2022 } });
    expect([401, 403]).toContain(anon.response.status);
    const office = (await server.office()).api;
    const late = await office.PUT("/api/targets/{id}/baseline", { params: { path: { id } }, body: { value: 500, year: 2027 } });
    expect([late.response.status, late.error?.error.field]).toEqual([422, "year"]);
    const set = await ok(office.PUT("/api/targets/{id}/baseline", { params: { path: { id } }, body: { value: 500, year: 2022, reason: "2022年统计公报" } }));
    expect(set).toEqual({ targetId: id, baseline: { value: 500, year: 2022 }, previous: null });
    const after = (await progressOf("cq-hitech-2023-2027")).find((p) => p.targetId === id)!;
    expect([after.needsBaseline, after.baseline, after.targetLevel]).toEqual([false, { value: 500, year: 2022 }, 1000]);
    const audit = await ok(office.GET("/api/audit", { params: { query: { entity: "target", entityId: String(id) } } }));
    expect(audit.map((a) => [a.action, a.reason])).toEqual([["set_baseline", "2022年统计公报"]]);
  });

  it("keeps the 2023 figures traceable to the report's text", async () => {
    const values = await ok(anonymous().GET("/api/values", { params: { query: { indicator: "tech-contract-value", period: "2023" } } }));
    expect(values).toHaveLength(1);
    expect(values[0]!.source).toMatchObject({ kind: "document", ref: "002_085781b0c4483538.txt" });
    expect(values[0]!.source?.quote).toContain("865.1亿元");
  });

  it("answers unknown plans and routes with 404 and a message", async () => {
    const nope = await anonymous().GET("/api/plans/{code}/progress", { params: { path: { code: "nope" } } });
    expect([nope.response.status, nope.error?.error.field]).toEqual([404, "code"]);
    const missing = await get("/api/nothing-here", "en", true);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("no API route");
  });

  it("publishes an OpenAPI document describing every route", async () => {
    const { body } = await get("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const path of ["/api/plans", "/api/plans/{code}/progress", "/api/indicators", "/api/places", "/api/values"]) expect(body.paths[path]).toBeDefined();
    expect(body.paths["/api/values"].post.requestBody).toBeDefined();
  });
});
