/**
 * The evaluation API end to end, on both databases: the two templates seeded with sample data, a
 * ranking of the 38 districts and counties labelled sample, a draft weight changing the ranking, rank
 * intervals reproducible by seed, explanations, CSV import refused naming row and column with nothing
 * stored, and export back to CSV that re-imports with every node's English name and catalogue link.
 */
import { describe, expect, it } from "vitest";
import { useTestServer } from "./test-server.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { download, readSheets, rowsOf } from "./testing/table-download.ts";
import type { ComputeResponse, ExplainResponse, IndexDefinitionResponse, SensitivityResponse, UncertaintyResponse } from "../contract/indices.ts";

const DISTRICTS = "cq-district-innovation";
const ZONES = "cq-hitech-zone-ranking";

const iMeta = `Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
1,a,甲,1,1,,,,D1,Indicator
1,b,乙,1,1,,,,D1,Indicator
1,c,丙,-1,1,,,,D2,Indicator
2,D1,维度一,1,1,,,,Idx,Aggregate
2,D2,维度二,1,1,,,,Idx,Aggregate
3,Idx,指数,1,1,,,,,Aggregate
`;
const iData = `uCode,uName,a,b,c
P1,一,1,2,3
P2,二,2,abc,1
P3,三,3,1,2
`;

describe.each(TEST_DATABASES)("evaluation API on $name", (database) => {
  const server = useTestServer(database);

  /** As the plan office, which builds and runs indices. */
  const call = async (method: string, path: string, body?: unknown, lang = "zh-CN") => (await server.office()).send(method, path, body as string, { "accept-language": lang });

  it("holds both templates, flagged as sample data", async () => {
    const { status, body } = await call("GET", "/api/indices");
    expect(status).toBe(200);
    const codes = body.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining([DISTRICTS, ZONES]));
    const def = (await call("GET", `/api/indices/${DISTRICTS}`)).body as IndexDefinitionResponse;
    expect(def).toMatchObject({ sample: true, template: true, dataSource: "dataset", dimensionCount: 4 });
    expect(def.dataset).toMatchObject({ source: "sample", sample: true, rowCount: 38 * 4 });
    expect(def.nodes.find((n) => n.code === "rd_intensity")).toMatchObject({ nameZh: "研发投入强度", parent: "input", direction: 1 });
  });

  it("ranks the 38 districts and counties with every dimension's score, labelled sample", async () => {
    const { status, body } = await call("POST", `/api/indices/${DISTRICTS}/compute`, {});
    expect(status).toBe(200);
    const r = body as ComputeResponse;
    expect(r).toMatchObject({ sample: true, source: "dataset", time: 2025, years: [2022, 2023, 2024, 2025], root: "index" });
    expect(r.units).toHaveLength(38);
    expect(r.units.map((u) => u.rank)).toContain(1);
    expect(Object.keys(r.units[0]!.scores)).toEqual(expect.arrayContaining(["input", "actors", "output", "environment", "index"]));
    expect(r.aggregates.find((a) => a.code === "input")).toMatchObject({ nameZh: "创新投入", level: 2 });
    const zones = (await call("POST", `/api/indices/${ZONES}/compute`, {})).body as ComputeResponse;
    expect(zones.units.length).toBeGreaterThanOrEqual(10);
  });

  it("recomputes a draft with one weight changed without saving it", async () => {
    const def = (await call("GET", `/api/indices/${DISTRICTS}`)).body as IndexDefinitionResponse;
    const before = (await call("POST", `/api/indices/${DISTRICTS}/compute`, {})).body as ComputeResponse;
    const nodes = def.nodes.map((n) => (n.code === "output" ? { ...n, weight: 10 } : n));
    const after = (await call("POST", `/api/indices/${DISTRICTS}/compute`, { nodes })).body as ComputeResponse;
    expect(after.units.map((u) => u.score)).not.toEqual(before.units.map((u) => u.score));
    expect((await call("GET", `/api/indices/${DISTRICTS}`)).body.nodes).toEqual(def.nodes);
  });

  it("creates and updates a definition built in the UI, refusing a broken tree", async () => {
    const def = (await call("GET", `/api/indices/${DISTRICTS}`)).body as IndexDefinitionResponse;
    const request = { code: "my-index", nameZh: "自建指数", nameEn: "My index", years: [2025], nodes: def.nodes, pipeline: def.pipeline };
    const broken = def.nodes.map((n) => (n.code === "input" ? { ...n, parent: "nowhere" } : n));
    const bad = await call("POST", "/api/indices", { ...request, nodes: broken });
    expect(bad.status).toBe(422);
    expect(bad.body.error.messages.zh).toContain("nowhere");
    expect((await call("GET", "/api/indices/my-index")).status).toBe(404);
    expect((await call("POST", "/api/indices", request)).status).toBe(201);
    expect((await call("POST", "/api/indices", request)).status).toBe(409);
    const nodes = def.nodes.map((n) => (n.code === "input" ? { ...n, weight: 2 } : n));
    const updated = await call("PUT", "/api/indices/my-index", { ...request, nodes });
    expect(updated.status).toBe(200);
    expect(updated.body.nodes.find((n: { code: string }) => n.code === "input").weight).toBe(2);
  });

  it("reports missing values when computed on approved database values", async () => {
    const r = (await call("POST", `/api/indices/${DISTRICTS}/compute`, { source: "database" })).body as ComputeResponse;
    expect(r).toMatchObject({ sample: false, source: "database" });
    expect(r.missing.length).toBe(38 * 12);
  });

  it("ranks on the districts' approved figures instead of sample data as soon as they exist", async () => {
    const before = (await call("POST", `/api/indices/${DISTRICTS}/compute`, { source: "database", year: 2025 })).body as ComputeResponse;
    const csv = "\uFEFF指标,地区,期间,数值\n" + ["500106,3.1", "500107,2.4", "500112,1.9"].map((r) => `研发投入强度,${r.split(",")[0]},2025,${r.split(",")[1]}`).join("\n").replace(/研发投入强度/g, "rd-intensity");
    const form = new FormData();
    form.set("file", new File([csv], "区县研发强度.csv"));
    expect((await (await server.office()).post("/api/values/import", form)).status).toBe(201);
    const after = (await call("POST", `/api/indices/${DISTRICTS}/compute`, { source: "database", year: 2025 })).body as ComputeResponse;
    expect(after).toMatchObject({ sample: false, source: "database" });
    expect(before.missing.length - after.missing.length).toBe(3);
    const rank = (code: string) => after.units.find((u) => u.uCode === code)!.rank!;
    expect(rank("500106")).toBeLessThan(rank("500107"));
    expect(rank("500107")).toBeLessThan(rank("500112"));
  });

  it("gives rank intervals reproducible with the same seed", async () => {
    const ask = (seed: number) => call("POST", `/api/indices/${DISTRICTS}/uncertainty`, { seed, replications: 60 });
    const a = (await ask(7)).body as UncertaintyResponse;
    const b = (await ask(7)).body as UncertaintyResponse;
    expect(a.units).toHaveLength(38);
    expect(a.units).toEqual(b.units);
    for (const u of a.units) expect(u.q5 <= u.median && u.median <= u.q95).toBe(true);
    const c = (await ask(8)).body as UncertaintyResponse;
    expect(c.units).not.toEqual(a.units);
  });

  it("gives sensitivity indices and the effect of dropping each dimension", async () => {
    const r = (await call("POST", `/api/indices/${DISTRICTS}/sensitivity`, { n: 16, seed: 3 })).body as SensitivityResponse;
    expect(r.indices.map((i) => i.name)).toEqual(["winsorMaxPoints", "normalise", "weights", "aggregate"]);
    expect(r.drops.map((d) => d.code)).toEqual(["input", "actors", "output", "environment"]);
  });

  it("explains a place's score and its change since an earlier year", async () => {
    const top = ((await call("POST", `/api/indices/${DISTRICTS}/compute`, {})).body as ComputeResponse).units[0]!;
    const r = (await call("POST", `/api/indices/${DISTRICTS}/explain`, { unit: top.uCode, compareYear: 2024 })).body as ExplainResponse;
    expect(r.rank).toBe(1);
    const indicators = r.contributions.filter((c) => c.level === 1);
    expect(indicators.reduce((s, c) => s + (c.contribution ?? 0), 0)).toBeCloseTo(top.score!, 6);
    expect(r.change).toMatchObject({ time0: 2024 });
    expect(r.change!.drivers.filter((d) => d.level === 2).reduce((s, d) => s + d.delta, 0)).toBeCloseTo(r.change!.score1 - r.change!.score0, 6);
  });

  it("refuses a CSV with a bad cell naming row and column, and stores nothing", async () => {
    const { status, body } = await call("POST", "/api/indices/import", { code: "bad-upload", nameZh: "测试", iData, iMeta });
    expect(status).toBe(422);
    expect(body.error.field).toBe("iData[3].b");
    expect(body.error.messages.zh).toContain("第 3 行");
    expect(body.error.messages.en).toContain('row 3 column "b"');
    expect((await call("GET", "/api/indices/bad-upload")).status).toBe(404);
  });

  it("imports a good CSV pair, computes it and exports it back", async () => {
    const good = iData.replace("abc", "4");
    const { status, body } = await call("POST", "/api/indices/import", { code: "small", nameZh: "小指数", iData: good, iMeta });
    expect(status).toBe(201);
    expect(body).toMatchObject({ sample: false, dataSource: "dataset", indicatorCount: 3 });
    const r = (await call("POST", "/api/indices/small/compute", {})).body as ComputeResponse;
    expect(r.units.map((u) => u.uCode)).toHaveLength(3);
    const meta = (await call("GET", "/api/indices/small/export?table=imeta")).body as string;
    const data = (await call("GET", "/api/indices/small/export?table=idata")).body as string;
    expect(meta.split("\n")[0]).toContain("iCode");
    const again = await call("POST", "/api/indices/import", { code: "small-copy", nameZh: "副本", iData: data, iMeta: meta });
    expect(again.status).toBe(201);
    const r2 = (await call("POST", "/api/indices/small-copy/compute", {})).body as ComputeResponse;
    expect(r2.units).toEqual(r.units);
  });

  it("imports with identity normalisation and a ratio node, stores the normalisation written out, and explains the ratio", async () => {
    const meta = iMeta.trim().split("\n").map((line, i) => (i === 0 ? `${line},Numerator` : `${line},`)).join("\n") + "\n,eff,效率,,,,,D1,,Ratio,D2\n";
    const scores = "uCode,uName,a,b,c\nP1,一,40,60,30\nP2,二,80,,20\n";
    const created = await call("POST", "/api/indices/import", { code: "scored", nameZh: "已评分", iData: scores, iMeta: meta, pipeline: { normalise: { method: "identity" } } });
    expect(created.status).toBe(201);
    expect((created.body as IndexDefinitionResponse).pipeline).toEqual({ normalise: { method: "identity" } });
    const r = (await call("POST", "/api/indices/scored/compute", {})).body as ComputeResponse;
    expect(r.ratios).toEqual([{ code: "eff", nameZh: "效率", nameEn: "效率", numerator: "D2", denominator: "D1" }]);
    // c points down: identity keeps the scale and turns the sign, as every method applies direction first.
    const p1 = r.units.find((u) => u.uCode === "P1")!;
    expect(p1.scores).toMatchObject({ D1: 50, D2: -30, eff: -0.6 });
    expect(r.units.find((u) => u.uCode === "P2")!.scores.D1).toBe(80);
    const e = (await call("POST", "/api/indices/scored/explain", { unit: "P1" })).body as ExplainResponse;
    expect(e.ratios).toEqual([{ code: "eff", nameZh: "效率", nameEn: "效率", numerator: "D2", denominator: "D1", numeratorValue: -30, denominatorValue: 50, value: -0.6 }]);
    // Left out, the normalisation is stored as the min-max it means.
    await call("POST", "/api/indices/import", { code: "scored-default", nameZh: "默认", iData: scores, iMeta: meta });
    expect(((await call("GET", "/api/indices/scored-default")).body as IndexDefinitionResponse).pipeline).toEqual({ normalise: { method: "minmax", low: 0, high: 100 } });
  });

  it("labels every export of sample data", async () => {
    for (const table of ["idata", "imeta", "ranking", "pipeline"]) {
      const text = (await call("GET", `/api/indices/${DISTRICTS}/export?table=${table}`)).body;
      expect(typeof text === "string" ? text : JSON.stringify(text)).toContain("示例数据");
    }
    const data = (await call("GET", `/api/indices/${DISTRICTS}/export?table=idata`)).body as string;
    const meta = (await call("GET", `/api/indices/${DISTRICTS}/export?table=imeta`)).body as string;
    const back = await call("POST", "/api/indices/import", { code: "district-copy", nameZh: "副本", iData: data, iMeta: meta, sample: true });
    expect(back.status).toBe(201);
    expect(back.body.nodes.find((n: { code: string }) => n.code === "input")).toMatchObject({ nameEn: "Innovation input" });
  });

  it("keeps every node's English name and catalogue link through export and import", async () => {
    const original = (await call("GET", `/api/indices/${DISTRICTS}`)).body as IndexDefinitionResponse;
    expect(original.nodes.filter((n) => n.indicatorCode).length).toBeGreaterThan(0);
    const data = (await call("GET", `/api/indices/${DISTRICTS}/export?table=idata`)).body as string;
    const meta = (await call("GET", `/api/indices/${DISTRICTS}/export?table=imeta`)).body as string;
    expect(meta.split("\n")[0]).toContain("indicatorCode");
    const back = await call("POST", "/api/indices/import", { code: "district-links", nameZh: "副本", iData: data, iMeta: meta, sample: true });
    expect(back.status).toBe(201);
    expect((back.body as IndexDefinitionResponse).nodes).toEqual(original.nodes);
  });

  it("exports the ranking as .xlsx with node names as headers and rank intervals, and as CSV", async () => {
    const office = await server.office();
    const xlsx = await download(office, `/api/indices/${DISTRICTS}/ranking/export?replications=50`);
    expect(xlsx.status).toBe(200);
    const rows = rowsOf((await readSheets(xlsx.bytes)).get("排名")!);
    expect(String(rows[0]![0])).toContain("排名（2025年，示例数据");
    expect(rows[1]).toEqual(expect.arrayContaining(["排名", "地区", "综合得分", "创新投入", "排名区间下限（5%）", "排名区间上限（95%）", "数据说明"]));
    expect(rows.slice(2)).toHaveLength(38);
    const q5 = rows[1]!.indexOf("排名区间下限（5%）");
    expect(rows.slice(2).every((r) => Number.isInteger(r[q5]) && (r[q5] as number) <= (r[q5 + 1] as number))).toBe(true);
    expect(rows[2]![0]).toBe(1);
    const csv = await download(office, `/api/indices/${DISTRICTS}/ranking/export?format=csv&replications=0&lang=en`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder().decode(csv.bytes).split("\r\n")[0]!;
    expect(header).toContain("Rank,Code,Place,Score,");
    expect(header).toContain("Innovation input");
    expect(header).not.toContain("Rank interval");
    expect((await download(server.anonymous(), `/api/indices/${DISTRICTS}/ranking/export`)).status).toBe(401);
    // The screen's unsaved edits: posted with the draft tree, the file ranks the draft and says so.
    const def = (await call("GET", `/api/indices/${DISTRICTS}`)).body as IndexDefinitionResponse;
    const nodes = def.nodes.map((n) => (n.code === "input" ? { ...n, weight: 5 } : n));
    const draft = await office.send("POST", `/api/indices/${DISTRICTS}/ranking/export`, { nodes, format: "xlsx", replications: 0 });
    expect(draft.status).toBe(200);
    const drafted = rowsOf((await readSheets(draft.body as Uint8Array)).get("排名")!);
    expect(String(drafted[0]![0])).toContain("按未保存的修改计算");
    const computed = (await call("POST", `/api/indices/${DISTRICTS}/compute`, { nodes })).body as ComputeResponse;
    expect(drafted.slice(2).map((r) => r[1])).toEqual(computed.units.map((u) => u.uCode));
  });

  it("lets a leader run analyses but not change an index, and the signed out neither", async () => {
    const leader = await server.as({ username: "领导乙", role: "leader" });
    expect((await leader.post(`/api/indices/${DISTRICTS}/compute`, {})).status).toBe(200);
    const def = (await leader.get(`/api/indices/${DISTRICTS}`)).body;
    expect((await leader.put(`/api/indices/${DISTRICTS}`, { ...def, nameZh: "改名" })).status).toBe(403);
    expect((await server.anonymous().get("/api/indices")).status).toBe(401);
    expect((await server.anonymous().post(`/api/indices/${DISTRICTS}/compute`, {})).status).toBe(401);
    expect((await leader.get(`/api/indices/${DISTRICTS}`)).body.nameZh).toBe(def.nameZh);
  });
});
