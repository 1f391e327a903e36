/** Body names matched to the catalogue, and the names a text gives before 牵头 / 负责 / 配合. */
import { describe, expect, it } from "vitest";
import { findBodyMentions, matchBody, splitBodyNames } from "./bodies.ts";

const catalogue = [
  { code: "cq-science-technology-bureau", nameZh: "市科技局", fullNameZh: "重庆市科学技术局" },
  { code: "cq-development-reform-commission", nameZh: "市发展改革委", fullNameZh: "重庆市发展和改革委员会" },
  { code: "cq-education-commission", nameZh: "市教委", fullNameZh: "重庆市教育委员会" },
  { code: "cn-most", nameZh: "科技部", fullNameZh: "中华人民共和国科学技术部" },
];

describe("matchBody", () => {
  it.each([
    ["市科技局", "cq-science-technology-bureau"],
    ["重庆市科技局", "cq-science-technology-bureau"],
    ["重庆市科学技术局", "cq-science-technology-bureau"],
    ["市科学技术局", "cq-science-technology-bureau"],
    [" 市发改委 ", "cq-development-reform-commission"],
    ["重庆市发展和改革委员会", "cq-development-reform-commission"],
    ["科学技术部", "cn-most"],
    ["市教委（市委教育工委）", "cq-education-commission"],
  ])("%s → %s", (name, code) => expect(matchBody(name, catalogue)).toBe(code));

  it.each(["科技局", "市科协", "各区县政府", ""])("does not guess %s", (name) => expect(matchBody(name, catalogue)).toBeNull());
});

describe("splitBodyNames", () => {
  it("splits a cell on the separators tables use and drops 等", () => {
    expect(splitBodyNames("市发展改革委、市教委，市财政局等\n市科技局")).toEqual(["市发展改革委", "市教委", "市财政局", "市科技局"]);
  });
});

describe("findBodyMentions", () => {
  it("reads the lead before 牵头 and the cooperating bodies before 按职责分工负责", () => {
    const text = "建设科学中心，市科技局牵头，市发展改革委、市教委按职责分工负责。";
    const mentions = findBodyMentions(text, 100);
    expect(mentions.map((m) => [m.name, m.role])).toEqual([["市科技局", "lead"], ["市发展改革委", "cooperating"], ["市教委", "cooperating"]]);
    for (const m of mentions) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.name);
  });

  it("keeps phrases that are not organisations out (企业牵头, 负责人, 负责制)", () => {
    expect(findBodyMentions("支持优势民营企业牵头，强化项目负责人经费审批权，推行业主单位负责制。")).toEqual([]);
  });
});
