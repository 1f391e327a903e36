/** Metadata read from the seed documents' own text. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isoDate, readMetadata } from "./metadata.ts";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/seeds");
const seed = (name: string) => readFileSync(resolve(seeds, name), "utf8");
const values = (m: ReturnType<typeof readMetadata>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.value]));

describe("readMetadata", () => {
  it("reads the notice issuing the five-year plan (003)", () => {
    const text = seed("003_d7f53db3d6bb61e0.txt");
    const m = readMetadata(text);
    expect(values(m)).toEqual({
      title: "重庆市科技创新“十四五”规划(2021—2025年)",
      noticeTitle: "重庆市人民政府关于印发重庆市科技创新“十四五”规划(2021—2025年)的通知",
      documentNumber: "渝府发〔2022〕3号",
      issuer: "重庆市人民政府",
      writtenDate: "2022-01-05",
      publishedDate: "2022-01-19",
    });
    expect(text.slice(m.writtenDate!.start, m.writtenDate!.end)).toBe("2022年1月5日");
    expect(text.slice(m.documentNumber!.start, m.documentNumber!.end)).toBe("渝府发〔2022〕3号");
    expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.value);
    expect(text.slice(m.noticeTitle!.start, m.noticeTitle!.end)).toBe(m.noticeTitle!.value);
  });

  it("takes the plan's title from a covering notice, without 《》", () => {
    const text = "某区管委会关于印发《某区科技创新行动计划(2026—2028年)》的通知\n现将计划印发给你们。\n";
    const m = readMetadata(text);
    expect(m.title?.value).toBe("某区科技创新行动计划(2026—2028年)");
    expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.value);
    expect(m.noticeTitle?.value).toBe("某区管委会关于印发《某区科技创新行动计划(2026—2028年)》的通知");
  });

  it("reads a portal's metadata table (000)", () => {
    expect(values(readMetadata(seed("000_b0eb32551eef246d.txt")))).toEqual({
      title: "重庆高新区融入成渝地区双城经济圈建设行动计划(2023—2027年)",
      documentNumber: "渝高新发〔2023〕8号",
      issuer: "重庆高新区管委会",
      publisher: "高新区改革发展局",
      writtenDate: "2023-04-26",
      publishedDate: "2023-05-05",
    });
  });

  it("reads the source line of an interpretation (001) and leaves out what a reply does not state (004)", () => {
    expect(values(readMetadata(seed("001_183537f7fb0cdf0e.txt")))).toMatchObject({ issuer: "重庆高新区改革发展局", publisher: "重庆高新区改革发展局", publishedDate: "2023-05-05" });
    expect(readMetadata(seed("004_fcf4330f7d3d8b28.txt"))).toEqual({});
  });

  it("prefers the issuing organ (notice title, 文号 line) to the office that published the page", () => {
    const notice = "[ 发布机构 ] | 某区科技局 |\n某区管委会关于印发某区创新计划的通知\n";
    const m = readMetadata(notice);
    expect(values(m)).toMatchObject({ issuer: "某区管委会", publisher: "某区科技局" });
    expect(notice.slice(m.issuer!.start, m.issuer!.end)).toBe("某区管委会");
    const numbered = "来源:某区科技局 发布时间:2024-01-02\n某区人民政府 某府发〔2024〕1号\n";
    const n = readMetadata(numbered);
    expect(values(n)).toMatchObject({ issuer: "某区人民政府", publisher: "某区科技局", documentNumber: "某府发〔2024〕1号" });
    expect(numbered.slice(n.issuer!.start, n.issuer!.end)).toBe("某区人民政府");
  });

  it("normalises dates", () => {
    expect(isoDate("2023年4月6日")).toBe("2023-04-06");
    expect(isoDate("2022-01-19 17:03")).toBe("2022-01-19");
    expect(isoDate("今年")).toBeNull();
  });
});
