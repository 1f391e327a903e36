/**
 * Clause boundaries in running Chinese text. A clause ends at ，；。：！？ or a line break; its
 * segments are further divided by 、, which in plans separates both list items and parallel figures.
 */

const CLAUSE_END = /[,，;；。:：!！?？\n]/;
const SEGMENT_END = /[,，;；。:：!！?？\n、]/;

function scanBack(text: string, at: number, stop: RegExp): number {
  let i = at;
  while (i > 0 && !stop.test(text[i - 1]!)) i--;
  return i;
}

function scanForward(text: string, at: number, stop: RegExp): number {
  let i = at;
  while (i < text.length && !stop.test(text[i]!)) i++;
  return i;
}

/** Start of the clause holding offset `at`. */
export const clauseStart = (text: string, at: number): number => scanBack(text, at, CLAUSE_END);
/** End (exclusive) of the clause holding offset `at`. */
export const clauseEnd = (text: string, at: number): number => scanForward(text, at, CLAUSE_END);
/** Start of the 、-segment holding offset `at`. */
export const segmentStart = (text: string, at: number): number => scanBack(text, at, SEGMENT_END);
/** End (exclusive) of the 、-segment holding offset `at`. */
export const segmentEnd = (text: string, at: number): number => scanForward(text, at, SEGMENT_END);

/** Start of the sentence holding offset `at` (after 。！？ or a line break). */
export const sentenceStart = (text: string, at: number): number => scanBack(text, at, /[。!！?？\n]/);

/** Whether `at` lies between an opening and its closing mark on the same line (“…”, 《…》, (…)). */
export function enclosing(text: string, at: number, open: string, close: string): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  let depthStart = -1;
  for (let i = at - 1; i >= lineStart; i--) {
    const c = text[i]!;
    if (close.includes(c)) return null;
    if (open.includes(c)) { depthStart = i; break; }
  }
  if (depthStart < 0) return null;
  let lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) lineEnd = text.length;
  for (let i = at; i < lineEnd; i++) {
    const c = text[i]!;
    if (close.includes(c)) return { start: depthStart, end: i + 1 };
    if (open.includes(c)) return null;
  }
  return null;
}
