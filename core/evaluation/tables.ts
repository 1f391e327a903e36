/**
 * Between stored evaluations and the COINr-style table pair: nodes → iMeta CSV, rows → iData CSV
 * (with the sample label in a note column when the data is generated), and parsed tables → nodes and
 * rows for storage. The index engine parses and validates the CSV text, so every check lives there;
 * it keeps the columns it does not use, which carry each node's English name and catalogue link.
 */
import type { IndexDefinition, UnitData } from "../indices/index.ts";
import { SAMPLE_LABEL, SAMPLE_NOTE_COLUMN, type DataRow, type EvaluationNode } from "./model.ts";

const META_HEADER = ["Level", "iCode", "iName", "iNameEn", "Direction", "Weight", "Unit", "Target", "Denominator", "Parent", "Type", "indicatorCode"];

const quote = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const cell = (v: string | number | null | undefined): string => (v === null || v === undefined || Number.isNaN(v) ? "" : quote(String(v)));

/** The note row that lets an iData export with a DataNote column be read back. */
const noteRow = (): EvaluationNode => ({
  code: SAMPLE_NOTE_COLUMN,
  nameZh: SAMPLE_LABEL.zh,
  nameEn: SAMPLE_LABEL.en,
  type: "Other",
  level: null,
  parent: null,
  direction: null,
  weight: null,
  unit: null,
  target: null,
  denominator: null,
  numerator: null,
  indicatorCode: null,
});

/** iMeta CSV of the nodes (iName = the Chinese name; iNameEn and indicatorCode are columns the engine only carries). */
export function toIMetaCsv(nodes: readonly EvaluationNode[], sample = false): string {
  const rows = sample && !nodes.some((n) => n.code === SAMPLE_NOTE_COLUMN) ? [...nodes, noteRow()] : nodes;
  const ratios = rows.some((n) => n.type === "Ratio");
  const lines = [[...META_HEADER, ...(ratios ? ["Numerator"] : [])].join(",")];
  for (const n of rows) {
    const node = n.type === "Indicator" || n.type === "Aggregate";
    const cells = [node ? n.level : null, n.code, n.nameZh, n.nameEn, node ? n.direction : null, node ? n.weight : null, n.unit, n.target, n.denominator, n.parent, n.type, n.indicatorCode];
    if (ratios) cells.push(n.numerator);
    lines.push(cells.map(cell).join(","));
  }
  return lines.join("\n") + "\n";
}

/** Codes of the iData value columns: indicators and denominators, in node order. */
export function valueColumns(nodes: readonly EvaluationNode[]): string[] {
  return nodes.filter((n) => n.type === "Indicator" || n.type === "Denominator").map((n) => n.code);
}

/** iData CSV of the rows; generated data gets a DataNote column saying so on every row. */
export function toIDataCsv(nodes: readonly EvaluationNode[], rows: readonly DataRow[], sample = false): string {
  const groups = nodes.filter((n) => n.type === "Group").map((n) => n.code);
  const cols = valueColumns(nodes);
  const hasTime = rows.some((r) => r.time !== null);
  const header = ["uCode", "uName", ...(hasTime ? ["Time"] : []), ...groups, ...cols, ...(sample ? [SAMPLE_NOTE_COLUMN] : [])];
  const note = `${SAMPLE_LABEL.zh} ${SAMPLE_LABEL.en}`;
  const lines = [header.join(",")];
  for (const r of rows) {
    const cells = [cell(r.uCode), cell(r.uName), ...(hasTime ? [cell(r.time)] : [])];
    cells.push(...groups.map((g) => cell(r.groups[g])), ...cols.map((c) => cell(r.values[c])));
    if (sample) cells.push(cell(note));
    lines.push(cells.join(","));
  }
  return lines.join("\n") + "\n";
}

/** Nodes of a parsed definition; English names and catalogue links come from its iNameEn and indicatorCode columns. */
export function nodesOf(def: IndexDefinition): EvaluationNode[] {
  return def.meta
    .filter((m) => m.iCode !== SAMPLE_NOTE_COLUMN)
    .map((m) => ({
      code: m.iCode,
      nameZh: m.iName,
      nameEn: m.extra.iNameEn || m.iName,
      type: m.type,
      level: m.level,
      parent: m.parent,
      direction: m.direction,
      weight: m.weight,
      unit: m.unit,
      target: m.target,
      denominator: m.denominator,
      numerator: m.numerator,
      indicatorCode: m.extra.indicatorCode || null,
    }));
}

/** Rows of parsed unit data (NaN becomes null). */
export function rowsOf(data: UnitData): DataRow[] {
  return data.units.map((u, i) => ({
    uCode: u.uCode,
    uName: u.uName,
    time: u.time,
    groups: { ...u.groups },
    values: Object.fromEntries([...data.values].map(([c, v]) => [c, Number.isNaN(v[i]!) ? null : v[i]!])),
  }));
}
