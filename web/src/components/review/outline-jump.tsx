/**
 * The document's outline (章/节/专栏, stored at import) as a searchable select: choosing a heading
 * scrolls the text to it. Items (1.) and sub-parts are left out to keep the list short; a report's
 * parts (一、二、) and its closing address (结束语) are listed.
 */
import { TreeSelect } from "antd";
import type { OutlineResponse } from "../../../../contract/documents.ts";
import { formatChineseNumeral } from "../../../../core/units/chinese-numerals.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Node = OutlineResponse["nodes"][number];
type TreeNode = { value: number; title: string; children: TreeNode[] };

const SHOWN = new Set(["chapter", "section", "part", "box", "closing"]);

function label(n: Node, closing: string): string {
  if (n.kind === "chapter") return `第${n.number}章 ${n.title}`;
  if (n.kind === "section") return `第${n.number}节 ${n.title}`;
  if (n.kind === "box") return `专栏${n.number} ${n.title}`;
  if (n.kind === "part") return `${formatChineseNumeral(n.number)}、${n.title}`;
  if (n.kind === "closing") return `${closing}（${n.title}！）`;
  return `${n.number}. ${n.title}`;
}

function tree(nodes: Node[], closing: string): TreeNode[] {
  return nodes.filter((n) => SHOWN.has(n.kind)).map((n) => ({ value: n.start, title: label(n, closing), children: tree(n.children as Node[], closing) }));
}

/** Every heading start the select can jump to, for the text to cut its segments at. */
export function outlineAnchors(outline: OutlineResponse | null): number[] {
  const walk = (nodes: Node[]): number[] => nodes.filter((n) => SHOWN.has(n.kind)).flatMap((n) => [n.start, ...walk(n.children as Node[])]);
  return outline ? walk(outline.nodes) : [];
}

export function OutlineJump({ outline, onJump }: { outline: OutlineResponse | null; onJump(offset: number): void }) {
  const { t } = useLanguage();
  if (!outline || outline.nodes.length === 0) return null;
  return (
    <TreeSelect<number>
      size="small"
      style={{ width: 280 }}
      showSearch
      treeNodeFilterProp="title"
      placeholder={t("review.outline")}
      treeData={tree(outline.nodes, t("review.closing"))}
      onChange={(v) => v !== undefined && onJump(v)}
      data-testid="outline-jump"
    />
  );
}
