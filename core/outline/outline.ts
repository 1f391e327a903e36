/**
 * The outline tree of a plan: 第X章 › 第X节 › 一、 › （一） › 1., with 专栏 boxes placed in the
 * section where they stand. Each node carries its character span (start of its heading to the start
 * of the next heading at its level or above). The table of contents (目录) is recognised and kept
 * apart, so no chapter appears twice. Only headings the text has are shown: where a publication lost
 * some, their content stays inside the node before.
 */
import { z } from "zod";
import { findClosingLine } from "./closing.ts";
import { HeadingKind, matchHeading } from "./heading.ts";
import { findToc, TocEntry } from "./toc.ts";

/** A node is a heading's, or a report's closing address (各位代表！… after the last heading). */
export const OutlineNodeKind = z.enum([...HeadingKind.options, "closing"]);
export type OutlineNodeKind = z.infer<typeof OutlineNodeKind>;

export type OutlineNode = {
  kind: OutlineNodeKind;
  number: number;
  title: string;
  start: number;
  /** End of the heading itself (its title, or the first sentence of a run-in heading). */
  headingEnd: number;
  end: number;
  /** Numbering does not follow on from the previous sibling (二、 after nothing, （一） after （三）): headings were lost. */
  gap?: boolean;
  children: OutlineNode[];
};
/**
 * A node's own fields, without children: not recursive, so schemas that cannot describe z.lazy (the
 * OpenAPI contract) can extend it.
 */
export const OutlineNodeFields = z.object({
  kind: OutlineNodeKind,
  number: z.number().int(),
  title: z.string(),
  start: z.number().int(),
  headingEnd: z.number().int(),
  end: z.number().int(),
  gap: z.boolean().optional(),
});
export const OutlineNode: z.ZodType<OutlineNode> = z.lazy(() => OutlineNodeFields.extend({ children: z.array(OutlineNode) }));

/** The table of contents (目录): its span and entries. */
export const OutlineToc = z.object({ start: z.number().int(), end: z.number().int(), entries: z.array(TocEntry) });

export const Outline = z.object({
  toc: OutlineToc.nullable(),
  nodes: z.array(OutlineNode),
});
export type Outline = z.infer<typeof Outline>;

/** Nesting depth of each kind; a box sits below any heading and above its own numbered items; the closing address ends them all. */
const DEPTH: Record<OutlineNodeKind, number> = { closing: -1, chapter: 0, section: 1, part: 2, subpart: 3, box: 4, item: 5 };

export type OutlineOptions = {
  /** Where the document's body ends (before trailing web page chrome); the last nodes end there. */
  bodyEnd?: number;
};

/** Builds the outline of `text`; offsets are those of `text` as given. */
export function buildOutline(text: string, options: OutlineOptions = {}): Outline {
  const bodyEnd = Math.min(options.bodyEnd ?? text.length, text.length);
  const toc = findToc(text);
  const closing = findClosingLine(text, bodyEnd, toc);
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const close = (until: (n: OutlineNode) => boolean, at: number) => {
    while (stack.length && until(stack[stack.length - 1]!)) {
      const node = stack.pop()!;
      node.end = node.kind === "closing" && closing ? closing.end : Math.max(node.headingEnd, trimEnd(text, at));
    }
  };
  let offset = 0;
  for (const line of text.slice(0, bodyEnd).split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (toc && lineStart >= toc.start && lineStart < toc.end) continue;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = lineStart + (line.length - line.trimStart().length);
    const heading = closing?.start === start ? { kind: "closing" as const, number: 1, title: closing.salutation, length: closing.length } : matchHeading(trimmed);
    const insideBox = stack.some((n) => n.kind === "box");
    if (!heading) {
      // A box holds its numbered items and table rows; the first plain paragraph ends it.
      if (insideBox && !looksLikeTableLine(trimmed)) close(() => stack.some((n) => n.kind === "box"), lineStart);
      continue;
    }
    if (heading.kind === "item" && !stack.length && !roots.length) continue;
    const depth = DEPTH[heading.kind];
    close((n) => DEPTH[n.kind] >= depth, lineStart);
    const node: OutlineNode = { kind: heading.kind, number: heading.number, title: heading.title, start, headingEnd: start + heading.length, end: bodyEnd, children: [] };
    const siblings = stack.length ? stack[stack.length - 1]!.children : roots;
    const before = [...siblings].reverse().find((n) => n.kind === node.kind);
    if (node.number !== (before ? before.number + 1 : 1)) node.gap = true;
    siblings.push(node);
    stack.push(node);
  }
  close(() => true, bodyEnd);
  return { toc, nodes: roots };
}

function trimEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Header and rows of an indicator table run together ("序号指标名称…", "5科技型企业(家)…"). */
function looksLikeTableLine(line: string): boolean {
  return /^序号|^\d{1,2}[^\d.．、]/.test(line);
}

/** Every node of the tree, depth first. */
export function flattenOutline(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flattenOutline(n.children)]);
}
