/** Recognising plans and reports, and the year a report speaks for. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recogniseDocument } from "./document-kind.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const seed = (name: string) => readFileSync(resolve(root, "data/seeds", name), "utf8");

describe("recogniseDocument", () => {
  it.each([
    ["a titled government work report with its date line", "政府工作报告\n\n——2031年3月5日在某市第三届人民代表大会第二次会议上\n\n各位代表：\n\n一、2030年工作回顾\n\n2029年以来，……", 2031, "date-line"],
    ["a report whose title carries the year", "某区2032年政府工作报告\n各位代表：\n过去一年，……", 2032, "title"],
    ["a speech without a title, read from its review heading", "各位代表：\n\n现在，我代表区政府报告工作。\n\n一、2027年工作回顾\n\n2020年以来……", 2028, "review-heading"],
    ["a bureau's summary of the year it reviews", "某市科学技术局2029年工作总结和2030年工作安排\n一、主要工作\n……", 2030, "title"],
    ["a bureau's annual report", "某市统计局2026年度工作报告\n一、过去一年……", 2026, "title"],
  ])("reads %s", (_, text, year, source) => {
    const r = recogniseDocument(text);
    expect(r.kind).toBe("report");
    expect(r.year).toBe(year);
    expect(r.reviewedYear).toBe(year - 1);
    expect(r.period).toBeNull();
    expect(r.yearEvidence?.source).toBe(source);
    expect(text.slice(r.yearEvidence!.start, r.yearEvidence!.end)).toMatch(/^\d{4}$/);
  });

  it("does not take the first year mentioned as a report's year", () => {
    const text = "政府工作报告\n——2024年3月5日在大会上\n各位代表：\n2018年以来，我们……到2035年基本实现现代化。";
    expect(recogniseDocument(text).year).toBe(2024);
  });

  it("reads plans with their period and issue date", () => {
    const text = "某区管委会关于印发《某区科技创新行动计划(2026—2028年)》的通知\n现将计划印发给你们。\n某区管委会\n2026年2月3日\n";
    const r = recogniseDocument(text);
    expect(r).toMatchObject({ kind: "plan", year: 2026, reviewedYear: null, period: { start: 2026, end: 2028 } });
    expect(text.slice(r.yearEvidence!.start, r.yearEvidence!.end)).toBe("2026年2月3日");
  });

  it("takes a five-year plan's first year when it states no date", () => {
    expect(recogniseDocument("某市科技创新“十五五”规划\n第一章 发展基础\n")).toMatchObject({ kind: "plan", year: 2026, period: { start: 2026, end: 2030 } });
  });

  it("reads the seed plans as plans and the seed progress texts as reports", () => {
    expect(recogniseDocument(seed("000_b0eb32551eef246d.txt"))).toMatchObject({ kind: "plan", year: 2023, period: { start: 2023, end: 2027 } });
    expect(recogniseDocument(seed("003_d7f53db3d6bb61e0.txt"))).toMatchObject({ kind: "plan", year: 2022, period: { start: 2021, end: 2025 } });
    expect(recogniseDocument(seed("002_085781b0c4483538.txt")).kind).toBe("report");
    expect(recogniseDocument(seed("004_fcf4330f7d3d8b28.txt")).kind).toBe("report");
  });

  it("finds a report's year from its date line whatever year the review names", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1950, max: 2099 }), (year, mentioned) => {
        const text = `政府工作报告\n\n——${year}年3月5日在第一次会议上\n\n各位代表：\n\n${mentioned}年以来，我们……\n`;
        const r = recogniseDocument(text);
        return r.kind === "report" && r.year === year && r.reviewedYear === year - 1;
      }),
    );
  });
});
