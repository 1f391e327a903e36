import { describe, expect, it } from "vitest";
import { checkStatementFit } from "./statement-fit.ts";

const smes = { nameZh: "科技型企业", nameEn: "Tech SMEs", unit: "家", measure: "count" } as const;
const intensity = { nameZh: "研发投入强度", nameEn: "R&D intensity", unit: "%", measure: "share" } as const;
const growth = { nameZh: "研发经费增长", nameEn: "R&D growth", unit: "%", measure: "rate" } as const;

describe("checkStatementFit", () => {
  it("accepts figures in the indicator's unit and forms with their own unit", () => {
    expect(checkStatementFit({ type: "target", kind: "level", unit: "家" }, smes)).toBeNull();
    expect(checkStatementFit({ type: "target", kind: "multiple", unit: "" }, smes)).toBeNull();
    expect(checkStatementFit({ type: "target", kind: "growth", unit: "%" }, smes)).toBeNull();
    expect(checkStatementFit({ type: "target", kind: "growth", unit: "个百分点" }, intensity)).toBeNull();
    expect(checkStatementFit({ type: "actual", kind: "growth", unit: "%" }, growth)).toBeNull();
  });

  it("names the field to correct when the link is wrong", () => {
    expect(checkStatementFit({ type: "target", kind: "level", unit: "%" }, smes)).toMatchObject({ field: "unit" });
    expect(checkStatementFit({ type: "target", kind: "level", unit: "%" }, smes)?.zh).toContain("科技型企业");
    expect(checkStatementFit({ type: "actual", kind: "growth", unit: "%" }, smes)).toMatchObject({ field: "kind" });
    expect(checkStatementFit({ type: "actual", kind: "multiple", unit: "" }, smes)).toMatchObject({ field: "kind" });
  });
});
