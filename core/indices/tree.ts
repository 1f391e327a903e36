/**
 * Builds and checks the indicator → dimension → index tree from iMeta rows: unique codes, parents
 * one level up, every aggregate with children, one root, denominators that exist, ratios of two
 * distinct tree nodes standing outside the tree.
 */
import { IndexDefinitionError, issue, type Issue } from "./messages.ts";
import type { IndexDefinition, MetaRow, TreeNode } from "./definition.ts";

export function buildTree(meta: MetaRow[]): IndexDefinition {
  const issues: Issue[] = [];
  const table = "iMeta";
  const rowOf = (code: string): number => meta.findIndex((m) => m.iCode === code) + 2;
  const nodes = new Map<string, TreeNode>();
  const seen = new Set<string>();
  meta.forEach((m, i) => {
    if (seen.has(m.iCode)) issues.push(issue("duplicateCode", { table, row: i + 2, column: "iCode", value: m.iCode }, m.iCode));
    seen.add(m.iCode);
    if (m.type === "Indicator" || m.type === "Aggregate")
      nodes.set(m.iCode, {
        code: m.iCode,
        level: m.level ?? 1,
        parent: m.parent,
        weight: m.weight ?? 1,
        direction: m.direction ?? 1,
        children: [],
      });
  });
  const denominators = meta.filter((m) => m.type === "Denominator").map((m) => m.iCode);
  const maxLevel = Math.max(0, ...[...nodes.values()].map((n) => n.level));
  for (const n of nodes.values()) {
    const row = rowOf(n.code);
    if (n.parent === null) {
      if (n.level !== maxLevel) issues.push(issue("noParent", { table, row, column: "Parent" }));
      continue;
    }
    const p = nodes.get(n.parent);
    if (!p) issues.push(issue("unknownParent", { table, row, column: "Parent", value: n.parent }, n.parent));
    else if (p.level !== n.level + 1)
      issues.push(issue("parentLevel", { table, row, column: "Parent", value: n.parent }, n.parent, n.level + 1));
    else p.children.push(n.code);
  }
  meta.forEach((m, i) => {
    if (m.type === "Indicator" && m.denominator !== null && !denominators.includes(m.denominator))
      issues.push(issue("unknownDenominator", { table, row: i + 2, column: "Denominator", value: m.denominator }, m.denominator));
  });
  for (const n of nodes.values())
    if (n.level > 1 && n.children.length === 0) issues.push(issue("noChildren", { table, row: rowOf(n.code) }, n.code));
  const ratios = meta.flatMap((m, i) => {
    if (m.type !== "Ratio") return [];
    const row = i + 2;
    const before = issues.length;
    if (m.parent !== null) issues.push(issue("ratioParent", { table, row, column: "Parent", value: m.parent }, m.iCode));
    for (const [column, ref] of [["Numerator", m.numerator], ["Denominator", m.denominator]] as const) {
      if (ref === null) issues.push(issue("ratioOperand", { table, row, column }, m.iCode, column));
      else if (!nodes.has(ref)) issues.push(issue("ratioUnknown", { table, row, column, value: ref }, ref));
    }
    if (m.numerator !== null && m.numerator === m.denominator)
      issues.push(issue("ratioSame", { table, row, column: "Denominator", value: m.denominator }, m.iCode));
    return issues.length === before ? [{ code: m.iCode, numerator: m.numerator!, denominator: m.denominator! }] : [];
  });
  const roots = [...nodes.values()].filter((n) => n.parent === null);
  if (roots.length !== 1) issues.push(issue("roots", { table }, roots.length));
  if (issues.length > 0) throw new IndexDefinitionError(issues);

  const ordered = [...nodes.values()];
  return {
    meta,
    indicators: ordered.filter((n) => n.level === 1).map((n) => n.code),
    aggregates: ordered
      .filter((n) => n.level > 1)
      .sort((a, b) => a.level - b.level)
      .map((n) => n.code),
    nodes,
    root: roots[0]!.code,
    maxLevel,
    groups: meta.filter((m) => m.type === "Group").map((m) => m.iCode),
    denominators,
    ratios,
  };
}
