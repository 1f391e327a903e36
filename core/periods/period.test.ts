import { describe, expect, it } from "vitest";
import { formatPeriod, parsePeriod, previousPeriod } from "./period.ts";

const before = (text: string) => formatPeriod(previousPeriod(parsePeriod(text)!));

describe("previousPeriod", () => {
  it("steps back one year, quarter or month, across year ends", () => {
    expect(before("2025")).toBe("2024");
    expect(before("2025Q3")).toBe("2025Q2");
    expect(before("2025Q1")).toBe("2024Q4");
    expect(before("2025-07")).toBe("2025-06");
    expect(before("2025-01")).toBe("2024-12");
  });
});
