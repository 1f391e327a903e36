import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indicators } from "./testing/catalogue.ts";
import { acceptedUnits, fromBaseValue, showInDisplayUnit, toBaseValue } from "./unit-entry.ts";

const contracts = indicators.get("tech-contract-value")!;
const smes = indicators.get("tech-smes")!;
const intensity = indicators.get("rd-intensity")!;

describe("toBaseValue", () => {
  it("reads a value without unit in the display unit (亿元 for money)", () => {
    expect(toBaseValue(contracts, 1005.3)).toEqual({ ok: true, value: 100_530_000_000 });
    expect(toBaseValue(contracts, 1005.3, "  ")).toEqual({ ok: true, value: 100_530_000_000 });
    expect(toBaseValue(smes, 26371)).toEqual({ ok: true, value: 26371 });
  });
  it("scales by the unit typed: 亿元, 万元, 元, 万亿元", () => {
    expect(toBaseValue(contracts, 1005.3, "亿元")).toEqual({ ok: true, value: 100_530_000_000 });
    expect(toBaseValue(contracts, 16.07, "万元")).toEqual({ ok: true, value: 160_700 });
    expect(toBaseValue(contracts, 1005.3, "元")).toEqual({ ok: true, value: 1005.3 });
    expect(toBaseValue(contracts, 1.2, "万亿元")).toEqual({ ok: true, value: 1.2e12 });
    expect(toBaseValue(contracts, 3, " 亿 元 ")).toEqual({ ok: true, value: 3e8 });
  });
  it("accepts % and full-width ％ for a share, and 家 / 万家 for a count", () => {
    expect(toBaseValue(intensity, 2.6, "%")).toEqual({ ok: true, value: 2.6 });
    expect(toBaseValue(intensity, 2.6, "％")).toEqual({ ok: true, value: 2.6 });
    expect(toBaseValue(smes, 26371, "家")).toEqual({ ok: true, value: 26371 });
    expect(toBaseValue(smes, 4.5, "万家")).toEqual({ ok: true, value: 45000 });
  });
  it("refuses a unit of another kind, naming the unit field and the units that fit", () => {
    const result = toBaseValue(smes, 3, "亿元");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ field: "unit", code: "unit_mismatch" });
    expect(result.problem.zh).toContain("“亿元”");
    expect(result.problem.zh).toContain("家");
    expect(result.problem.en).toContain("use 家");
    expect(toBaseValue(contracts, 3, "家").ok).toBe(false);
    expect(toBaseValue(intensity, 3, "万%").ok).toBe(false);
  });
  it("offers the display unit first", () => {
    expect(acceptedUnits(contracts)).toEqual(["亿元", "万元", "元"]);
    expect(acceptedUnits(smes)).toEqual(["家"]);
  });
});

describe("fromBaseValue", () => {
  it("gives the display value without binary noise", () => {
    expect(fromBaseValue(contracts, 100_530_000_000)).toBe(1005.3);
    expect(fromBaseValue(contracts, 160_700)).toBe(0.001607);
    expect(showInDisplayUnit(contracts, 100_530_000_000)).toBe("1005.3 亿元");
    expect(showInDisplayUnit(intensity, 2.6)).toBe("2.6%");
    expect(showInDisplayUnit(smes, 26371)).toBe("26371 家");
  });
  it("undoes toBaseValue for any display value and any unit that fits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(undefined, "亿元", "万元", "元"),
        (x, unit) => {
          const base = toBaseValue(contracts, x, unit);
          expect(base.ok).toBe(true);
          if (!base.ok) return;
          const scale = unit === "万元" ? 1e-4 : unit === "元" ? 1e-8 : 1;
          const back = fromBaseValue(contracts, base.value);
          expect(Math.abs(back - x * scale)).toBeLessThanOrEqual(1e-12 * Math.abs(x * scale) + Number.MIN_VALUE);
        },
      ),
    );
  });
  it("round-trips display values exactly when they have at most 15 significant digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        const base = toBaseValue(contracts, x);
        expect(base.ok && fromBaseValue(contracts, base.value)).toBe(x);
      }),
    );
  });
});
