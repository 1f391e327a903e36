import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigramSimilarity, suggestIndicator, suggestIndicators } from "./suggest-indicator.ts";

const catalogue = [
  { code: "tech-smes", nameZh: "科技型企业", unit: "家" },
  { code: "hitech-enterprises", nameZh: "高新技术企业", unit: "家" },
  { code: "rd-intensity", nameZh: "全社会研发经费占地区生产总值的比重", unit: "%" },
  { code: "tech-contract-value", nameZh: "技术合同成交额", unit: "元" },
];

describe("suggestIndicator", () => {
  it("finds the catalogue indicator a document's phrase names", () => {
    expect(suggestIndicator("科技型企业", catalogue)?.code).toBe("tech-smes");
    expect(suggestIndicator("国家高新技术企业", catalogue)?.code).toBe("hitech-enterprises");
    expect(suggestIndicator("全社会研发经费投入占地区生产总值比重", catalogue)?.code).toBe("rd-intensity");
    expect(suggestIndicator("技术合同成交额", catalogue)?.score).toBe(1);
  });

  it("suggests nothing for an unrelated phrase", () => {
    expect(suggestIndicator("轨道交通运营里程", catalogue)).toBeNull();
    expect(suggestIndicators("", catalogue)).toEqual([]);
  });

  it("is symmetric, bounded and 1 on equal phrases", () => {
    const phrase = fc.string({ unit: fc.constantFrom(..."科技型企业高新技术研发经费比重"), minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const s = bigramSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(bigramSimilarity(b, a), 12);
        expect(bigramSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
