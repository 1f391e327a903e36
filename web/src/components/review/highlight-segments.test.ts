import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments.ts";

describe("highlightSegments", () => {
  it("splits overlapping spans and lists the narrowest first", () => {
    expect(highlightSegments(10, [{ id: 1, start: 2, end: 8 }, { id: 2, start: 4, end: 6 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: [1] },
      { start: 4, end: 6, ids: [2, 1] },
      { start: 6, end: 8, ids: [1] },
      { start: 8, end: 10, ids: [] },
    ]);
  });

  it("starts a segment at every anchor", () => {
    expect(highlightSegments(10, [], [4, 7]).map((s) => s.start)).toEqual([0, 4, 7]);
  });

  it("covers the text exactly once whatever the spans", () => {
    const span = fc.record({ id: fc.nat(50), start: fc.nat(100), end: fc.nat(100) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), (spans) => {
        const segments = highlightSegments(100, spans);
        expect(segments[0]!.start).toBe(0);
        expect(segments.at(-1)!.end).toBe(100);
        segments.forEach((s, i) => i > 0 && expect(s.start).toBe(segments[i - 1]!.end));
      }),
    );
  });
});
