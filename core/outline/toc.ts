/**
 * The table of contents (目录): a 目录 line followed by heading lines only. It ends at the first
 * line that is not a heading, or where its first entry appears again (the body starting at once).
 */
import { z } from "zod";
import { HeadingKind, matchHeading } from "./heading.ts";

export const TocEntry = z.object({
  kind: HeadingKind,
  number: z.number().int(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type TocEntry = z.infer<typeof TocEntry>;

export type Toc = { start: number; end: number; entries: TocEntry[] };

/** Leaders and page numbers after a contents entry ("第一章 总则……3"). */
const PAGE = /[.．…·\s]*\d*$/;

export function findToc(text: string): Toc | null {
  const title = /^[^\S\n]*目[^\S\n]*录[^\S\n]*$/m.exec(text);
  if (!title) return null;
  const entries: TocEntry[] = [];
  let offset = title.index + title[0].length + 1;
  let end = offset;
  while (offset < text.length) {
    const next = text.indexOf("\n", offset);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(offset, lineEnd);
    const trimmed = line.trim();
    if (trimmed) {
      const heading = matchHeading(trimmed.replace(PAGE, ""));
      if (!heading || heading.kind === "item" || heading.kind === "box") break;
      const first = entries[0];
      if (first && first.kind === heading.kind && first.number === heading.number && first.title === heading.title) break;
      const start = offset + (line.length - line.trimStart().length);
      entries.push({ kind: heading.kind, number: heading.number, title: heading.title, start, end: start + trimmed.length });
      end = lineEnd;
    }
    offset = lineEnd + 1;
  }
  return entries.length ? { start: title.index, end, entries } : null;
}
