/** Indicator tables with run-together cells: row reading and the plausibility of splits. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findIndicatorTables } from "./indicator-table.ts";
import { splitFigures } from "./figure-split.ts";

describe("indicator tables whose cells ran together", () => {
  it("splits rows by header years, units and plausibility", () => {
    const text = "专栏3  主要指标\n序号指标名称2022年2027年指标属性\n1孵化器数量(家)3560预期性\n2研发投入强度(%)2.353.1约束性\n3专利拥有量(万件)1.22预期性\n4增速(%)8.1>7预期性\n";
    const [table] = findIndicatorTables(text);
    expect(table!.years).toEqual([2022, 2027]);
    expect(table!.rows.map((r) => [r.name, r.unit, r.cells.map((c) => c.value), r.attribute])).toEqual([
      ["孵化器数量", "家", [35, 60], "expected"],
      ["研发投入强度", "%", [2.35, 3.1], "binding"],
      ["专利拥有量", "万件", [1.2, 2], "expected"],
      ["增速", "%", [8.1, 7], "expected"],
    ]);
    expect(table!.rows[3]!.cells[1]).toMatchObject({ comparator: ">" });
    expect(text.slice(table!.rows[0]!.start, table!.rows[0]!.end)).toBe("1孵化器数量(家)3560预期性");
  });

  it("reads rows whose cells kept their spaces, with the unit in its own cell", () => {
    const text = "序号 指标名称 单位 2025年 2030年 属性\n1 研发投入强度 % 2.6 3.2 预期性\n2 高新技术企业 家 8500 15000 约束性\n3 科技进步贡献率 (%) 60 >65 预期性\n";
    const [table] = findIndicatorTables(text);
    expect(table!.rows.map((r) => [r.name, r.unit, r.cells.map((c) => c.value)])).toEqual([
      ["研发投入强度", "%", [2.6, 3.2]],
      ["高新技术企业", "家", [8500, 15000]],
      ["科技进步贡献率", "%", [60, 65]],
    ]);
    expect(table!.rows[2]!.cells[1]!.comparator).toBe(">");
  });

  it("never reads a share above 100", () => {
    expect(splitFigures("3235", 2, true)).toEqual([32, 35]);
    expect(splitFigures("9899", 2, true)).toEqual([98, 99]);
  });

  it("recovers any baseline and a moderately higher target written together", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99999 }), fc.integer({ min: 105, max: 250 }), (base, pct) => {
        const target = Math.round((base * pct) / 100);
        fc.pre(target > base && String(target).length >= String(base).length);
        expect(splitFigures(`${base}${target}`, 2, false)).toEqual([base, target]);
      }),
    );
  });
});
