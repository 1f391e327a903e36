/** Tests of reading, validating and writing the iData / iMeta CSV pair. */
import { describe, expect, it } from "vitest";
import { parseIData, parseIMeta, parseTables, writeIData, writeIMeta } from "./csv.ts";
import { effectiveWeights } from "./definition.ts";
import { IndexDefinitionError, formatIssue } from "./messages.ts";
import { readRef, refTable, close } from "./testing/coinr.ts";

const iMeta = readRef("ASEM_iMeta.csv");
const iData = readRef("ASEM_iData.csv");

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof IndexDefinitionError) return e.issues;
    throw e;
  }
  throw new Error("expected an IndexDefinitionError");
}

describe("ASEM tables", () => {
  const { def, data } = parseTables(iData, iMeta);

  it("builds the 49 → 8 → 2 → 1 tree", () => {
    expect(def.indicators).toHaveLength(49);
    expect(def.aggregates).toHaveLength(11);
    expect(def.root).toBe("Index");
    expect(def.nodes.get("Conn")!.children).toEqual(["Physical", "ConEcFin", "Political", "Instit", "P2P"]);
    expect(def.groups).toEqual(["GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"]);
    expect(data.units).toHaveLength(51);
    expect(data.units[0]!.groups.EurAsia_group).toBe("Europe");
  });

  it("gives COINr's effective weights", () => {
    const eff = effectiveWeights(def);
    for (const [code, , , w] of refTable("effective_weights.csv").rows) expect(close(eff.get(code!)!, Number(w))).toBe(true);
  });

  it("round-trips through CSV text", () => {
    const def2 = parseIMeta(writeIMeta(def));
    expect(def2.meta).toEqual(def.meta);
    const data2 = parseIData(writeIData(data), def2);
    expect(data2.units).toEqual(data.units);
    expect([...data2.values.keys()]).toEqual([...data.values.keys()]);
    for (const [k, v] of data.values) expect(Array.from(data2.values.get(k)!)).toEqual(Array.from(v));
  });
});

describe("columns the engine does not use", () => {
  const meta = `Level,iCode,iName,iNameEn,Direction,Weight,Parent,Type,indicatorCode
1,a,甲,"Alpha, first",1,1,D,Indicator,rd-intensity
1,b,乙,,1,1,D,Indicator,
2,D,维度,Dimension,1,1,,Aggregate,
`;

  it("keeps them per row, leaving empty cells out", () => {
    const def = parseIMeta(meta);
    expect(def.meta.map((m) => m.extra)).toEqual([{ iNameEn: "Alpha, first", indicatorCode: "rd-intensity" }, {}, { iNameEn: "Dimension" }]);
  });

  it("writes them back after the engine's columns, so they survive a round trip", () => {
    const written = writeIMeta(parseIMeta(meta));
    expect(written.split("\n")[0]).toBe("Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type,iNameEn,indicatorCode");
    expect(parseIMeta(written).meta).toEqual(parseIMeta(meta).meta);
  });
});

describe("validation messages", () => {
  it("locates a bad weight and an unknown parent by row and column, in both languages", () => {
    const broken = iMeta
      .replace('1,"LPI","Logistics Performance Index",1,1,', '1,"LPI","Logistics Performance Index",1,abc,')
      .replace('20.113377295,,"Physical"', '20.113377295,,"Physicl"');
    const issues = issuesOf(() => parseIMeta(broken));
    expect(issues[0]).toMatchObject({ table: "iMeta", row: 2, column: "Weight", value: "abc", code: "notNumber" });
    const fixedWeight = broken.replace(",1,abc,", ",1,1,");
    const parent = issuesOf(() => parseIMeta(fixedWeight));
    expect(parent).toContainEqual(expect.objectContaining({ row: 4, column: "Parent", code: "unknownParent" }));
    expect(formatIssue(parent[0]!, "zh")).toContain("第 4 行「Parent」");
    expect(formatIssue(parent[0]!, "en")).toContain('row 4 column "Parent"');
  });

  it("rejects directions other than ±1 and unknown types", () => {
    const bad = iMeta.replace('Connectivity Index",1,1,', 'Connectivity Index",2,1,').replace('"GDP group",,,,,,,"Group"', '"GDP group",,,,,,,"Grp"');
    const codes = issuesOf(() => parseIMeta(bad)).map((i) => `${i.row}:${i.column}:${i.code}`);
    expect(codes).toEqual(expect.arrayContaining(["4:Direction:badDirection", "62:Type:badType"]));
  });

  it("reports non-numeric data cells and missing indicator columns", () => {
    const def = parseIMeta(iMeta);
    const lines = iData.split("\n");
    lines[3] = lines[3]!.replace(",2018,", ",2018x,");
    const cells = issuesOf(() => parseIData(lines.join("\n"), def));
    expect(cells[0]).toMatchObject({ table: "iData", row: 4, column: "Time", value: "2018x" });
    const noLpi = issuesOf(() => parseIData(iData.replace('"LPI"', '"LPX"'), def));
    expect(noLpi.map((i) => i.code)).toEqual(expect.arrayContaining(["notInData", "unknownColumn"]));
  });
});
