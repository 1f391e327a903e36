import { describe, expect, it } from "vitest";
import { unitLabel } from "./unit.format.ts";

describe("unitLabel", () => {
  it("keeps Chinese units in zh and names them in en", () => {
    expect(unitLabel("亿元", "zh")).toBe("亿元");
    expect(unitLabel("亿元", "en")).toBe("100m yuan");
    expect(unitLabel("家", "en")).toBe("firms");
    expect(unitLabel("%", "en")).toBe("%");
    expect(unitLabel("吨标准煤", "en")).toBe("吨标准煤");
  });
});
