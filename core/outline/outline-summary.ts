/**
 * The counts an outline is summarised by: chapters (第X章), top-level parts (一、二、… not inside a
 * chapter, as a report is divided), boxes (专栏) and whether a closing address ends the document.
 */
import { z } from "zod";
import { flattenOutline, type Outline } from "./outline.ts";

export const OutlineSummary = z.object({
  chapters: z.number().int(),
  /** 一、二、… parts at the top of the tree (a report's divisions). */
  parts: z.number().int(),
  boxes: z.number().int(),
  /** Whether the document ends with a closing address (各位代表！…). */
  closing: z.boolean(),
});
export type OutlineSummary = z.infer<typeof OutlineSummary>;

/** Counts of `outline`'s chapters, top-level parts and boxes, and whether it has a closing address. */
export function summariseOutline(outline: Pick<Outline, "nodes">): OutlineSummary {
  const all = flattenOutline(outline.nodes);
  return {
    chapters: all.filter((n) => n.kind === "chapter").length,
    parts: outline.nodes.filter((n) => n.kind === "part").length,
    boxes: all.filter((n) => n.kind === "box").length,
    closing: outline.nodes.some((n) => n.kind === "closing"),
  };
}
