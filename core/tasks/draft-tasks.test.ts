/** Drafting tasks from the seed plans' outlines: every section of 003 a task whose heading stands at its span; chapter 10 serves 技术合同成交额. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOutline } from "../outline/outline.ts";
import { draftTasks } from "./draft-tasks.ts";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../../data");
const seed = (prefix: string) => readFileSync(resolve(data, "seeds", `${prefix}.txt`), "utf8");
const plan = (code: string) => JSON.parse(readFileSync(resolve(data, "plans", `${code}.json`), "utf8")) as { indicators: Array<{ code: string; nameZh: string }> };
const bodies = (JSON.parse(readFileSync(resolve(data, "bodies.json"), "utf8")) as { bodies: Array<{ code: string; nameZh: string; fullNameZh: string }> }).bodies;
const indicators = [...plan("cq-sti-2021-2025").indicators, ...plan("cq-hitech-2023-2027").indicators];

describe("tasks drafted from the city's five-year S&T plan (003)", () => {
  const text = seed("003_d7f53db3d6bb61e0");
  const outline = buildOutline(text);
  const tasks = draftTasks(text, outline, { indicators, bodies });

  it("drafts a task for every section of every chapter, its heading quoted at its span", () => {
    const sections = outline.nodes.flatMap((c) => c.children.filter((s) => s.kind === "section").map((s) => `c${c.number}.s${s.number}`));
    expect(sections.length).toBeGreaterThan(55);
    expect(tasks.filter((t) => t.level === "section").map((t) => t.key)).toEqual(sections);
    for (const t of tasks) {
      expect(text.slice(t.start, t.start + t.quote.length)).toBe(t.quote);
      expect(t.quote).toContain(t.title);
      expect(t.end).toBeGreaterThan(t.start);
    }
  });

  it("drafts the items of a 专栏 box below the section it stands in", () => {
    const items = tasks.filter((t) => t.level === "item" && t.parentKey === "c10.s3");
    expect(items.map((t) => t.title)).toEqual(["示范建设一批环大学创新生态圈", "新建一批环大学创新生态圈", "打造大型科技企业孵化载体", "打造专业化科技企业孵化器"]);
  });

  it("links chapter 10's tasks that name 技术合同成交额 to it, at the name's offsets", () => {
    const linked = tasks.filter((t) => t.key.startsWith("c10.") && t.indicators.some((i) => i.code === "tech-contract-value"));
    expect(linked.map((t) => t.key)).toEqual(["c10.s2"]);
    const mention = linked[0]!.indicators.find((i) => i.code === "tech-contract-value")!;
    expect(text.slice(mention.start, mention.end)).toBe("技术合同成交额");
  });

  it("lists body names it cannot match instead of guessing, and keeps 负责人 and 负责制 out", () => {
    const unmatched = tasks.flatMap((t) => t.unmatchedBodies.map((b) => b.name));
    expect(unmatched).toContain("市科技领导小组");
    expect(unmatched.some((n) => /人$|制$/.test(n))).toBe(false);
    for (const t of tasks) for (const b of t.unmatchedBodies) expect(text.slice(b.start, b.start + b.name.length)).toBe(b.name);
  });
});

describe("tasks drafted from the High-tech Zone's action plan (000)", () => {
  const text = seed("000_b0eb32551eef246d");
  const tasks = draftTasks(text, buildOutline(text), { indicators, bodies });

  it("takes an action without sub-headings as one task, and the sub-headings of the others", () => {
    expect(tasks.map((t) => t.key)).toEqual(["p2", "p4.q1", "p4.q2", "p4.q3", "p4.q1~2", "p4.q6"]);
  });

  it("matches 重庆市科技局 and 四川省科技厅, named as joint leads, to the catalogue", () => {
    const joint = tasks.find((t) => t.lead.includes("cq-science-technology-bureau"));
    expect(joint?.lead).toEqual(expect.arrayContaining(["cq-science-technology-bureau", "sc-science-technology-department"]));
  });
});
