/**
 * Heading lines of Chinese plan documents: 第X章, 第X节, 一、, （一）/(一), 1. and 专栏N. A heading
 * that runs into its paragraph ("1.推动跨区域要素优化配置。在新区范围内……") is recognised with
 * its title ending at the first full stop.
 */
import { z } from "zod";
import { parseChineseNumeral } from "../units/chinese-numerals.ts";

/** Outline levels, outermost first; an 专栏 (box) sits beside the section it appears in. */
export const HeadingKind = z.enum(["chapter", "section", "part", "subpart", "item", "box"]);
export type HeadingKind = z.infer<typeof HeadingKind>;

export const Heading = z.object({
  kind: HeadingKind,
  number: z.number().int(),
  title: z.string(),
  /** Length of the heading within the line (the title ends at the first 。 when text follows). */
  length: z.number().int(),
});
export type Heading = z.infer<typeof Heading>;

const CN = "[一二三四五六七八九十百零〇两]+";
const PATTERNS: ReadonlyArray<readonly [HeadingKind, RegExp]> = [
  ["chapter", new RegExp(`^第(${CN})章[\\s\\u3000]*(.*)$`)],
  ["section", new RegExp(`^第(${CN})节[\\s\\u3000]*(.*)$`)],
  ["part", new RegExp(`^(${CN})、[\\s\\u3000]*(.*)$`)],
  ["subpart", new RegExp(`^[（(](${CN})[)）][\\s\\u3000]*(.*)$`)],
  ["item", /^(\d{1,2})[.．、](?!\d)[\s\u3000]*(.*)$/],
  ["box", /^专栏[\s\u3000]*(\d{1,2})[\s\u3000]*(.*)$/],
];

/** Longest title a heading may have before the line is taken as a paragraph. */
const MAX_TITLE = 40;

/** Recognises a heading at the start of a line; null for an ordinary paragraph. */
export function matchHeading(line: string): Heading | null {
  const trimmed = line.replace(/\s+$/, "");
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const number = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (number === null) continue;
    const rest = m[2] ?? "";
    const stop = rest.search(/[。！？]/);
    const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    if (!title && kind !== "box") continue;
    // A long line without a full stop is a paragraph that happens to start with a number.
    if (title.length > MAX_TITLE) continue;
    const length = trimmed.length - rest.length + (stop >= 0 ? stop + 1 : rest.length);
    return { kind, number, title, length };
  }
  return null;
}
