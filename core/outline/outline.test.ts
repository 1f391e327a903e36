/** The outline tree on the seed plans: 003's 15 chapters, sections and 27 boxes; lost headings in 000; run-in items in 004. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOutline, flattenOutline, Outline, OutlineNodeFields } from "./outline.ts";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/seeds");
const seed = (prefix: string) => readFileSync(resolve(seeds, `${prefix}.txt`), "utf8");

describe("outline of the city's five-year S&T plan (003)", () => {
  const text = seed("003_d7f53db3d6bb61e0");
  const outline = buildOutline(text);

  it("keeps the table of contents apart and gives each of the 15 chapters once", () => {
    expect(outline.toc).not.toBeNull();
    const chapters = outline.nodes.filter((n) => n.kind === "chapter");
    expect(chapters.map((c) => c.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const c of chapters) expect(c.start).toBeGreaterThan(outline.toc!.end);
    expect(flattenOutline(outline.nodes).filter((n) => n.kind === "chapter")).toHaveLength(15);
  });

  it("gives every chapter the sections its contents list", () => {
    const listed = new Map<number, string[]>();
    let chapter = 0;
    for (const e of outline.toc!.entries) {
      if (e.kind === "chapter") listed.set((chapter = e.number), []);
      else listed.get(chapter)!.push(e.title);
    }
    for (const c of outline.nodes) {
      expect(c.children.filter((n) => n.kind === "section").map((s) => s.title), c.title).toEqual(listed.get(c.number));
    }
  });

  it("finds the 27 boxes (专栏) in order, inside the sections where they stand", () => {
    const boxes = flattenOutline(outline.nodes).filter((n) => n.kind === "box");
    expect(boxes.map((b) => b.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    const first = outline.nodes[0]!.children.find((s) => s.title === "主要目标")!;
    expect(first.children.map((b) => b.number)).toEqual([1]);
    expect(text.slice(first.children[0]!.start, first.children[0]!.end)).toContain("13科技进步贡献率");
  });

  it("gives spans that nest and start at the heading", () => {
    for (const n of flattenOutline(outline.nodes)) {
      expect(text.slice(n.start, n.headingEnd)).toContain(n.title);
      for (const child of n.children) {
        expect(child.start).toBeGreaterThanOrEqual(n.start);
        expect(child.end).toBeLessThanOrEqual(n.end);
      }
    }
  });
});

describe("outline where headings were lost (000)", () => {
  it("shows the headings that are there, flags the gaps and invents none", () => {
    const outline = buildOutline(seed("000_b0eb32551eef246d"));
    expect(outline.nodes.map((n) => [n.kind, n.number, !!n.gap])).toEqual([["part", 2, true], ["part", 4, true]]);
    const subparts = outline.nodes[1]!.children.map((n) => [n.number, !!n.gap]);
    expect(subparts).toEqual([[1, false], [2, false], [3, false], [1, true], [6, true]]);
  });
});

describe("outline of run-in numbered items (004)", () => {
  it("reads 1. items with their title up to the first full stop", () => {
    const outline = buildOutline(seed("004_fcf4330f7d3d8b28"));
    const items = outline.nodes[0]!.children[0]!.children;
    expect(items.map((i) => i.title)).toEqual(["推动跨区域要素优化配置", "推动跨区域合作利益联结", "推动区域市场一体化"]);
  });
});

describe("table of contents", () => {
  it("ends where the body repeats its first entry", () => {
    const text = "目录\n第一章 总则\n第二章 目标\n第一章 总则\n正文。\n第二章 目标\n正文。\n";
    const outline = buildOutline(text);
    expect(outline.toc!.entries).toHaveLength(2);
    expect(outline.nodes.map((n) => n.number)).toEqual([1, 2]);
  });
});

describe("outline schemas", () => {
  it("the base node schema has a node's fields without children, and the tree parses with it", () => {
    const outline = buildOutline(seed("003_d7f53db3d6bb61e0"));
    const node = outline.nodes[0]!;
    const { children, ...fields } = node;
    expect(children.length).toBeGreaterThan(0);
    expect(OutlineNodeFields.parse(node)).toEqual(fields);
    expect(Object.keys(OutlineNodeFields.shape)).not.toContain("children");
    expect(Outline.parse(outline)).toEqual(outline);
  });
});
