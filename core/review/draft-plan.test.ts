import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readMetadata } from "../documents/metadata.ts";
import { draftPlan, importedPlanCode } from "./draft-plan.ts";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/seeds");
const places = [
  { code: "500000", nameZh: "重庆市", kind: "city" },
  { code: "cq-hitech-zone", nameZh: "重庆高新区", kind: "hightech_zone" },
];

describe("draftPlan", () => {
  it("reads the city's five-year plan from its covering notice", () => {
    const text = readFileSync(resolve(seeds, "003_d7f53db3d6bb61e0.txt"), "utf8");
    const draft = draftPlan(text, readMetadata(text), places, "003.txt");
    expect(draft).toMatchObject({ titleZh: "重庆市科技创新“十四五”规划(2021—2025年)", docNumber: "渝府发〔2022〕3号", periodStart: 2021, periodEnd: 2025, placeCode: "500000", level: "municipal", issuedOn: "2022-01-05" });
  });

  it("reads the zone's action plan and its place", () => {
    const text = readFileSync(resolve(seeds, "000_b0eb32551eef246d.txt"), "utf8");
    const draft = draftPlan(text, readMetadata(text), places, "000.txt");
    expect(draft).toMatchObject({ periodStart: 2023, periodEnd: 2027, placeCode: "cq-hitech-zone", level: "zone", docNumber: "渝高新发〔2023〕8号", issuer: "重庆高新区管委会" });
  });

  it("falls back to the file name and the document's year", () => {
    const draft = draftPlan("没有标题的一段话，数字不少。", {}, places, "note.txt", new Date("2026-10-01"));
    expect(draft).toMatchObject({ titleZh: "note.txt", periodStart: 2026, periodEnd: 2026, periodFound: false, placeCode: null });
    expect(importedPlanCode(draft, "abcdef0123")).toBe("plan-2026-2026-abcdef");
  });

  it("gives a report the year it reviews and its own year as its period, whatever plan periods it quotes", () => {
    const text = "某区人民政府工作报告\n各位代表：\n“十四五”规划（2021—2025年）确定的目标稳步推进。";
    const draft = draftPlan(text, {}, places, "report.txt", new Date("2026-10-01"), { kind: "report", year: 2024 });
    expect(draft).toMatchObject({ periodStart: 2023, periodEnd: 2024, kind: "report", year: 2024 });
    expect(importedPlanCode(draft, "abcdef0123")).toBe("report-2024-abcdef");
    expect(draftPlan(text, {}, places, "report.txt", new Date("2026-10-01"))).toMatchObject({ periodStart: 2021, periodEnd: 2025, kind: "plan" });
  });
});
