/** The gold scorer on a hand-made document, gold set and predictions. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateQuote, parseJsonl, scoreDocument, scoreGold, type GoldStatement, type PredictedStatement } from "./score-gold.ts";

const doc = "到2025年，科技型企业超过4.5万家。研发投入强度达到2.6%。到2025年，科技型企业超过4.5万家。";
const at = (quote: string, occurrence = 1): { start: number; end: number } => {
  const [start, end] = locateQuote(doc, quote, occurrence)!;
  return { start, end };
};
const firms: GoldStatement = { type: "target", quote: "科技型企业超过4.5万家", value: 45000, unit: "家", comparator: ">", kind: "level", year: 2025 };
const firmsAgain: GoldStatement = { ...firms, occurrence: 2 };
const rnd: GoldStatement = { type: "target", quote: "研发投入强度达到2.6%", value: 2.6, unit: "%", comparator: ">=", kind: "level", year: 2025 };
const predict = (g: GoldStatement, changes: Partial<PredictedStatement> = {}): PredictedStatement => {
  const { quote, occurrence, ...rest } = g;
  return { ...rest, ...at(quote, occurrence), ...changes };
};

describe("gold scorer", () => {
  it("places a quote by its occurrence and skips blank and comment lines", () => {
    expect(locateQuote(doc, firms.quote, 2)![0]).toBeGreaterThan(locateQuote(doc, firms.quote)![0]);
    expect(locateQuote(doc, firms.quote, 3)).toBeNull();
    expect(parseJsonl<GoldStatement>(`// a note\n\n${JSON.stringify(firms)}\n  \n`)).toEqual([firms]);
  });

  it("matches type, overlapping span, value within 0.5 % and year", () => {
    const s = scoreDocument([firms, rnd], [predict(firms, { value: 45150, start: at(firms.quote).start + 5, end: 40 }), predict(rnd)], doc);
    expect([s.matched, s.p, s.r, s.f1]).toEqual([2, 1, 1, 1]);
  });

  it("refuses a value off by 1 %, a wrong year, a span elsewhere, another type or an unmatched range end", () => {
    for (const changes of [{ value: 45450 }, { year: 2024 }, at(rnd.quote), { type: "actual" }, { value_max: 50000 }]) {
      const s = scoreDocument([firms], [predict(firms, changes)], doc);
      expect([s.matched, s.missed.length, s.spurious.length], JSON.stringify(changes)).toEqual([0, 1, 1]);
    }
  });

  it("pairs one to one, the largest overlap first", () => {
    const partial = predict(firms, { end: at(firms.quote).start + 3 });
    const whole = predict(firms);
    const s = scoreDocument([firms], [partial, whole], doc);
    expect([s.matched, s.p, s.r]).toEqual([1, 0.5, 1]);
    expect(s.spurious).toEqual([partial]);
    const two = scoreDocument([firms, firmsAgain], [predict(firmsAgain), predict(firms)], doc);
    expect(two.matched).toBe(2);
  });

  it("scores unit, comparator direction and kind over matched pairs only", () => {
    const s = scoreDocument([firms, rnd], [predict(firms, { comparator: ">=", unit: "个" }), predict(rnd, { comparator: "=", kind: "growth" })], doc);
    expect([s.matched, s.unit, s.comparator, s.kind]).toEqual([2, 1, 1, 1]);
  });

  it("totals over gold files, a document without predictions predicting nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "score-gold-"));
    try {
      for (const name of ["a", "b"]) writeFileSync(join(dir, `${name}.txt`), doc);
      writeFileSync(join(dir, "a.jsonl"), [firms, rnd].map((g) => JSON.stringify(g)).join("\n"));
      writeFileSync(join(dir, "b.jsonl"), `// only the second one\n${JSON.stringify(firmsAgain)}\n`);
      const s = scoreGold({ a: [predict(firms), predict(rnd, { kind: "growth" })] }, dir, dir);
      expect(Object.keys(s.docs)).toEqual(["a", "b"]);
      expect([s.total.gold, s.total.predicted, s.total.matched, s.kind]).toEqual([3, 2, 2, 0.5]);
      expect(s.total.r).toBeCloseTo(2 / 3);
      expect(s.total.f1).toBeCloseTo(0.8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a gold quote the document does not hold", () => {
    expect(() => scoreDocument([{ ...firms, quote: "不在文中" }], [], doc)).toThrow(/不在文中/);
  });
});
