/**
 * Reading and writing the COINr-style table pair from and to CSV text: iMeta (the tree) and iData
 * (the units). No file access. Every problem is reported with its row, column and value.
 */
import { parse } from "csv-parse/sync";
import { IndexDefinitionError, issue, type Issue, type Table } from "./messages.ts";
import { MetaRow, MetaType, type IndexDefinition, type UnitData, type UnitRow } from "./definition.ts";
import { buildTree } from "./tree.ts";

const META_COLUMNS = ["Level", "iCode", "iName", "Direction", "Weight", "Unit", "Target", "Denominator", "Parent", "Type"];
/** Read by the engine, written only when some row is a Ratio. */
const NUMERATOR = "Numerator";
const MISSING = new Set(["", "NA", "NaN", "null", "#N/A"]);

interface Grid {
  header: string[];
  rows: string[][];
}

function readGrid(text: string, table: Table, issues: Issue[]): Grid | null {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    issues.push(issue("csvSyntax", { table }, (e as Error).message));
    return null;
  }
  const [header = [], ...rows] = records;
  const seen = new Set<string>();
  for (const c of header) {
    if (seen.has(c)) issues.push(issue("duplicateColumn", { table, row: 1, column: c }, c));
    seen.add(c);
  }
  rows.forEach((r, i) => {
    if (r.length !== header.length) issues.push(issue("rowLength", { table, row: i + 2 }));
  });
  return { header, rows };
}

/** Parses a cell as a number; missing markers give NaN, anything else non-numeric is an issue. */
function num(cell: string | undefined, loc: { table: Table; row: number; column: string }, issues: Issue[]): number {
  const s = (cell ?? "").trim();
  if (MISSING.has(s)) return NaN;
  const v = Number(s);
  if (Number.isNaN(v) && !/^-?inf/i.test(s)) issues.push(issue("notNumber", { ...loc, value: s }, s));
  return /^-inf/i.test(s) ? -Infinity : /^inf/i.test(s) ? Infinity : v;
}

function parseMetaRows(text: string, issues: Issue[]): MetaRow[] {
  const table = "iMeta";
  const grid = readGrid(text, table, issues);
  if (!grid) return [];
  const col = new Map(grid.header.map((h, i) => [h, i]));
  for (const c of ["iCode", "Type"]) if (!col.has(c)) issues.push(issue("missingColumn", { table, row: 1, column: c }, c));
  if (!col.has("iCode") || !col.has("Type")) return [];
  const extraColumns = grid.header.filter((h) => !META_COLUMNS.includes(h) && h !== NUMERATOR);
  const out: MetaRow[] = [];
  grid.rows.forEach((r, i) => {
    const row = i + 2;
    const cell = (c: string): string => (col.has(c) ? (r[col.get(c)!] ?? "").trim() : "");
    const opt = (c: string): string | null => (MISSING.has(cell(c)) ? null : cell(c));
    const n = (c: string): number | null => {
      const v = num(cell(c), { table, row, column: c }, issues);
      return Number.isNaN(v) ? null : v;
    };
    const type = MetaType.safeParse(cell("Type"));
    if (!type.success) issues.push(issue("badType", { table, row, column: "Type", value: cell("Type") }, cell("Type")));
    const isNode = type.success && (type.data === "Indicator" || type.data === "Aggregate");
    const level = n("Level");
    if (isNode && (level === null || !Number.isInteger(level) || level < 1))
      issues.push(issue("notInteger", { table, row, column: "Level", value: cell("Level") }, cell("Level")));
    const dir = isNode ? (n("Direction") ?? 1) : null;
    if (dir !== null && dir !== 1 && dir !== -1)
      issues.push(issue("badDirection", { table, row, column: "Direction", value: cell("Direction") }, cell("Direction")));
    if (!cell("iCode")) issues.push(issue("emptyCode", { table, row, column: "iCode" }));
    const candidate = {
      level: isNode ? level : null,
      iCode: cell("iCode"),
      iName: cell("iName") || cell("iCode"),
      direction: dir,
      weight: isNode ? (n("Weight") ?? 1) : null,
      unit: opt("Unit"),
      target: n("Target"),
      denominator: opt("Denominator"),
      numerator: type.success && type.data === "Ratio" ? opt(NUMERATOR) : null,
      parent: opt("Parent"),
      type: type.success ? type.data : "Other",
      // Empty cells are left out, so a column only some rows fill stays sparse.
      extra: Object.fromEntries(extraColumns.map((c) => [c, cell(c)]).filter(([, v]) => !MISSING.has(v!))),
    };
    const parsed = MetaRow.safeParse(candidate);
    if (parsed.success) out.push(parsed.data);
    else if (issues.length === 0) issues.push(issue("notNumber", { table, row }, parsed.error.message));
  });
  return out;
}

/** Parses iMeta CSV text into a validated definition; throws IndexDefinitionError listing all issues. */
export function parseIMeta(text: string): IndexDefinition {
  const issues: Issue[] = [];
  const rows = parseMetaRows(text, issues);
  if (issues.length > 0) throw new IndexDefinitionError(issues);
  return buildTree(rows);
}

/** Parses iData CSV text against a definition; throws IndexDefinitionError listing all issues. */
export function parseIData(text: string, def: IndexDefinition): UnitData {
  const table = "iData";
  const issues: Issue[] = [];
  const grid = readGrid(text, table, issues);
  if (!grid) throw new IndexDefinitionError(issues);
  const col = new Map(grid.header.map((h, i) => [h, i]));
  if (!col.has("uCode")) issues.push(issue("missingColumn", { table, row: 1, column: "uCode" }, "uCode"));
  const numeric = def.meta.filter((m) => m.type === "Indicator" || m.type === "Denominator").map((m) => m.iCode);
  for (const m of def.meta)
    if (m.type !== "Other" && m.type !== "Aggregate" && m.type !== "Ratio" && !col.has(m.iCode)) issues.push(issue("notInData", { table, row: 1, column: m.iCode }, m.iCode));
  const known = new Set([...def.meta.map((m) => m.iCode), "uCode", "uName", "Time"]);
  for (const h of grid.header) if (!known.has(h)) issues.push(issue("unknownColumn", { table, row: 1, column: h }, h));
  if (issues.length > 0) throw new IndexDefinitionError(issues);

  const units: UnitRow[] = [];
  const values = new Map<string, Float64Array>();
  for (const c of numeric) if (col.has(c)) values.set(c, new Float64Array(grid.rows.length));
  const seen = new Set<string>();
  grid.rows.forEach((r, i) => {
    const row = i + 2;
    const cell = (c: string): string => (col.has(c) ? (r[col.get(c)!] ?? "").trim() : "");
    const uCode = cell("uCode");
    if (!uCode) issues.push(issue("emptyCode", { table, row, column: "uCode" }));
    const time = col.has("Time") ? num(cell("Time"), { table, row, column: "Time" }, issues) : NaN;
    const key = `${uCode}@${time}`;
    if (seen.has(key)) issues.push(issue("duplicateUnit", { table, row, column: "uCode", value: uCode }, uCode));
    seen.add(key);
    const groups: Record<string, string | null> = {};
    for (const g of def.groups) groups[g] = MISSING.has(cell(g)) ? null : cell(g);
    units.push({ uCode, uName: cell("uName") || uCode, time: Number.isNaN(time) ? null : time, groups });
    for (const [c, arr] of values) arr[i] = num(cell(c), { table, row, column: c }, issues);
  });
  if (issues.length > 0) throw new IndexDefinitionError(issues);
  return { units, values, columnOrder: grid.header };
}

/** Parses both tables; the usual entry point. */
export function parseTables(iDataCsv: string, iMetaCsv: string): { def: IndexDefinition; data: UnitData } {
  const def = parseIMeta(iMetaCsv);
  return { def, data: parseIData(iDataCsv, def) };
}

const quote = (s: string): string => (/[",\n\r]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s);
const fmt = (v: number | null): string => (v === null || Number.isNaN(v) ? "" : String(v));

/** Serialises a definition back to iMeta CSV: the engine's columns, then the extra ones in first-seen order. */
export function writeIMeta(def: IndexDefinition): string {
  const extraColumns = [...new Set(def.meta.flatMap((m) => Object.keys(m.extra)))];
  const ratios = def.ratios.length > 0;
  const lines = [[...META_COLUMNS, ...(ratios ? [NUMERATOR] : []), ...extraColumns].map(quote).join(",")];
  for (const m of def.meta) {
    const cells = [fmt(m.level), quote(m.iCode), quote(m.iName), fmt(m.direction), fmt(m.weight), quote(m.unit ?? "")];
    cells.push(fmt(m.target), quote(m.denominator ?? ""), quote(m.parent ?? ""), quote(m.type));
    if (ratios) cells.push(quote(m.numerator ?? ""));
    cells.push(...extraColumns.map((c) => quote(m.extra[c] ?? "")));
    lines.push(cells.join(","));
  }
  return lines.join("\n") + "\n";
}

/** Serialises unit data back to iData CSV with the column order it was read with. */
export function writeIData(data: UnitData): string {
  const lines = [data.columnOrder.map(quote).join(",")];
  data.units.forEach((u, i) => {
    const cells = data.columnOrder.map((c) => {
      if (c === "uCode") return quote(u.uCode);
      if (c === "uName") return quote(u.uName);
      if (c === "Time") return fmt(u.time);
      if (c in u.groups) return quote(u.groups[c] ?? "");
      const v = data.values.get(c);
      return v ? fmt(v[i]!) : "";
    });
    lines.push(cells.join(","));
  });
  return lines.join("\n") + "\n";
}
