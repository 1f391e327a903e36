import { describe, expect, it } from "vitest";
import { formatStatementFigure } from "./statement-figure.ts";

describe("formatStatementFigure", () => {
  it("writes figures as a reader expects", () => {
    expect(formatStatementFigure({ comparator: ">", value: 4500, valueMax: null, unit: "家", kind: "level" })).toBe(">4500家");
    expect(formatStatementFigure({ comparator: ">", value: 110000000000, valueMax: null, unit: "元", kind: "level" })).toBe(">1100亿元");
    expect(formatStatementFigure({ comparator: "=", value: 2, valueMax: 3, unit: "个", kind: "level" })).toBe("2—3个");
    expect(formatStatementFigure({ comparator: ">=", value: 2, valueMax: null, unit: "", kind: "multiple" })).toBe("≥×2");
    expect(formatStatementFigure({ comparator: "=", value: 86510000000, valueMax: null, unit: "元", kind: "level" })).toBe("865.1亿元");
  });
});
