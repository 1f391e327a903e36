/**
 * A report's outline: its top-level parts (一、二、…) counted in the summary and its closing address
 * (各位代表！… after the last heading) as a node of its own — on invented reports, and on a State
 * Council government work report (fixtures/devset).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findClosingLine, matchSalutation } from "./closing.ts";
import { buildOutline, flattenOutline } from "./outline.ts";
import { summariseOutline } from "./outline-summary.ts";

const report = (closing: string) =>
  [
    "某区人民政府工作报告",
    "各位代表：",
    "现在，我代表区人民政府，向大会报告工作，请予审议。",
    "一、过去一年工作回顾",
    "地区生产总值增长6%。",
    "各位代表！",
    "成绩来之不易。",
    "二、今年工作安排",
    "（一）抓好科技创新。研发投入强度达到3%。",
    "（二）保障民生。新增就业2万人。",
    closing,
  ].join("\n");

describe("a report's closing address", () => {
  it("is the last salutation after the last heading, a root node running through the speech's last paragraph", () => {
    const text = report("各位代表！\n让我们团结一心，奋力实现全年目标任务！\n");
    const outline = buildOutline(text);
    expect(outline.nodes.map((n) => n.kind)).toEqual(["part", "part", "closing"]);
    const closing = outline.nodes[2]!;
    expect(closing).toMatchObject({ title: "各位代表", number: 1, children: [] });
    expect(text.slice(closing.start, closing.end)).toBe("各位代表！\n让我们团结一心，奋力实现全年目标任务！");
    // The part before it ends where the closing address starts; the salutation inside the first part stays there.
    const second = outline.nodes[1]!;
    expect(second.end).toBeLessThan(closing.start);
    expect(text.slice(second.start, second.end)).toMatch(/新增就业2万人。$/);
    expect(text.slice(outline.nodes[0]!.start, outline.nodes[0]!.end)).toContain("成绩来之不易");
  });

  it("ends before trailing lines that are not sentences of the speech (a licence notice, page furniture)", () => {
    const text = report("各位代表！\n让我们团结一心，奋力实现全年目标任务！\n\n本作品属于\n公有领域\nfalse\n");
    const closing = buildOutline(text).nodes.at(-1)!;
    expect(text.slice(closing.start, closing.end)).toBe("各位代表！\n让我们团结一心，奋力实现全年目标任务！");
  });

  it("is absent when no salutation follows the last heading, and a salutation with a colon opens rather than closes", () => {
    expect(buildOutline(report("让我们团结一心，奋力实现全年目标任务！")).nodes.map((n) => n.kind)).toEqual(["part", "part"]);
    expect(buildOutline(report("各位代表：\n让我们团结一心！")).nodes.map((n) => n.kind)).toEqual(["part", "part"]);
    // A plan's outline has no closing node.
    expect(flattenOutline(buildOutline("第一章 总则\n到2025年，研发投入强度达到3%。\n第二章 任务\n各项任务。").nodes).some((n) => n.kind === "closing")).toBe(false);
  });

  it("takes the closing salutations people use, and no sentence that merely starts with one", () => {
    for (const line of ["各位代表！", "各位委员！", "同志们！", "各位代表、同志们！", "各位代表!"]) expect(matchSalutation(line), line).not.toBeNull();
    for (const line of ["各位代表：", "各位代表，我们要继续努力！", "代表团审议！", "同志们好"]) expect(matchSalutation(line), line).toBeNull();
  });

  it("whatever the parts before it, starts at the last salutation and ends at the speech's last complete paragraph", () => {
    const paragraph = fc.stringMatching(/^[让我们团结奋斗实现目标]{1,12}$/).map((s) => `${s}！`);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(paragraph, { minLength: 0, maxLength: 4 }), fc.boolean(), (parts, closingParagraphs, furniture) => {
        const body = Array.from({ length: parts }, (_, i) => `${"一二三四五六"[i]}、第${i + 1}部分\n各位代表！\n工作扎实推进。`).join("\n");
        const closing = ["各位代表！", ...closingParagraphs].join("\n");
        const text = `${body}\n${closing}\n${furniture ? "本作品\n公有领域\n" : ""}`;
        const outline = buildOutline(text);
        const summary = summariseOutline(outline);
        expect(summary).toEqual({ chapters: 0, parts, boxes: 0, closing: true });
        const node = outline.nodes.at(-1)!;
        expect(text.slice(node.start, node.end)).toBe(closing);
        expect(findClosingLine(text, text.length)?.start).toBe(text.lastIndexOf("各位代表！"));
      }),
    );
  });
});

describe("outline of the 2023 government work report", () => {
  const text = readFileSync(new URL("../../fixtures/devset/text/gwr-2023-state-council.txt", import.meta.url), "utf8");
  const outline = buildOutline(text);

  it("has two top-level parts and a closing address, counted in the summary", () => {
    expect(summariseOutline(outline)).toEqual({ chapters: 0, parts: 2, boxes: 0, closing: true });
    expect(outline.nodes.map((n) => [n.kind, n.title])).toEqual([
      ["part", "过去一年和五年工作回顾"],
      ["part", "对今年政府工作的建议"],
      ["closing", "各位代表"],
    ]);
  });

  it("ends the closing address with the speech, before the licence notice the source appends", () => {
    const closing = outline.nodes[2]!;
    const span = text.slice(closing.start, closing.end);
    expect(span.startsWith("各位代表！")).toBe(true);
    expect(span.endsWith("不懈奋斗！")).toBe(true);
    expect(span).not.toContain("本作品");
    // Earlier salutations stay inside the parts they stand in.
    expect(text.slice(outline.nodes[1]!.start, outline.nodes[1]!.end).match(/各位代表！/g)?.length).toBeGreaterThan(0);
  });
});
