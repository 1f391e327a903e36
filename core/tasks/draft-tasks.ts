/**
 * Drafting a plan's tasks from its outline (core/outline): under each top-level heading (第X章, 一、)
 * its numbered headings are tasks, and so are the items of a 专栏 box; a top-level heading with none is
 * a task itself. Each draft keeps its span (heading start to the next heading at its level or
 * above), its heading as the quote at that span, the indicators its text names and the bodies it
 * names before 牵头 / 负责 / 配合 — matched to the catalogue, the rest listed as unmatched.
 */
import type { Outline, OutlineNode } from "../outline/outline.ts";
import { findBodyMentions, matchBody, type BodyName } from "./bodies.ts";
import { findIndicatorMentions, type IndicatorEntry, type IndicatorMention } from "./indicators.ts";
import type { BodyRole, TaskLevel } from "./task.ts";

/** A body name the text gives that the catalogue does not hold. */
export type UnmatchedBody = { name: string; role: BodyRole; start: number };

/** A task drafted from the outline, before review. */
export type TaskDraft = {
  /** Its place in the outline (c10.s2, c5.s1.b5.i3): stable across drafts of the same text. */
  key: string;
  parentKey: string | null;
  level: TaskLevel;
  number: number;
  title: string;
  start: number;
  end: number;
  /** The heading, exactly as it stands at `start`. */
  quote: string;
  indicators: IndicatorMention[];
  lead: string[];
  cooperating: string[];
  unmatchedBodies: UnmatchedBody[];
};

export type DraftCatalogue = { indicators: readonly IndicatorEntry[]; bodies: readonly BodyName[] };

const KEY_PREFIX: Record<string, string> = { chapter: "c", section: "s", part: "p", subpart: "q", box: "b", item: "i" };
const keyOf = (parent: string | null, node: OutlineNode) => `${parent ? `${parent}.` : ""}${KEY_PREFIX[node.kind] ?? "n"}${node.number}`;

/** Drafts the tasks of `text` from its `outline`, in document order. */
export function draftTasks(text: string, outline: Outline, catalogue: DraftCatalogue): TaskDraft[] {
  const out: TaskDraft[] = [];
  const used = new Set<string>();
  const add = (node: OutlineNode, wantedKey: string, parentKey: string | null): string => {
    // Numbering restarts where headings were lost (一、 twice): the second takes a suffix.
    let key = wantedKey;
    for (let n = 2; used.has(key); n++) key = `${wantedKey}~${n}`;
    used.add(key);
    const body = text.slice(node.start, node.end);
    const lead = new Set<string>();
    const cooperating = new Set<string>();
    const unmatchedBodies: UnmatchedBody[] = [];
    for (const mention of findBodyMentions(body, node.start)) {
      const code = matchBody(mention.name, catalogue.bodies);
      if (!code) unmatchedBodies.push({ name: mention.name, role: mention.role, start: mention.start });
      else (mention.role === "lead" ? lead : cooperating).add(code);
    }
    for (const code of lead) cooperating.delete(code);
    out.push({
      key,
      parentKey,
      level: node.kind as TaskLevel,
      number: node.number,
      title: node.title,
      start: node.start,
      end: node.end,
      quote: text.slice(node.start, node.headingEnd),
      indicators: findIndicatorMentions(body, catalogue.indicators, node.start),
      lead: [...lead],
      cooperating: [...cooperating],
      unmatchedBodies,
    });
    return key;
  };
  // Items of the boxes under `node`, however deep, as tasks below `parentKey`.
  const boxItems = (node: OutlineNode, nodeKey: string, parentKey: string) => {
    for (const child of node.children) {
      const childKey = keyOf(nodeKey, child);
      if (child.kind === "box") for (const item of child.children.filter((c) => c.kind === "item")) add(item, keyOf(childKey, item), parentKey);
      else boxItems(child, childKey, parentKey);
    }
  };
  for (const top of outline.nodes) {
    if (top.kind === "closing") continue;
    const topKey = keyOf(null, top);
    const headings = top.children.filter((c) => c.kind !== "box" && c.kind !== "closing");
    if (headings.length === 0) {
      boxItems(top, topKey, add(top, topKey, null));
      continue;
    }
    for (const child of top.children) {
      if (child.kind === "closing") continue;
      const key = keyOf(topKey, child);
      if (child.kind === "box") {
        for (const item of child.children.filter((c) => c.kind === "item")) add(item, keyOf(key, item), null);
        continue;
      }
      boxItems(child, key, add(child, key, null));
    }
  }
  return out;
}
