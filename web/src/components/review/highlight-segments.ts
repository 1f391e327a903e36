/**
 * Cuts a document's text into segments at every statement's start and end, so each piece of text
 * knows which statements cover it (statements may overlap: several figures of one clause). Pure, for
 * rendering highlights and for tests without a DOM.
 */

export type Span = { id: number; start: number; end: number };

export type Segment = { start: number; end: number; ids: number[] };

/**
 * Consecutive segments covering the whole text; `ids` lists the statements covering each, narrowest
 * first. `anchors` are further offsets where a segment must start (headings one can jump to).
 */
export function highlightSegments(length: number, spans: ReadonlyArray<Span>, anchors: ReadonlyArray<number> = []): Segment[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= length);
  const anchorSet = new Set(anchors.filter((a) => a > 0 && a < length));
  const cuts = [...new Set([0, length, ...anchorSet, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const last = segments[segments.length - 1];
    // Adjacent plain text stays one segment.
    if (last && last.ids.length === 0 && covering.length === 0 && !anchorSet.has(start)) last.end = end;
    else segments.push({ start, end, ids: covering.map((s) => s.id) });
  }
  return segments;
}
