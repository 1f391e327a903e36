/**
 * Test support (tests and bench only, never imported by engine code): reads COINr's ASEM reference
 * outputs from fixtures/coinr-asem and compares engine tables with them cell by cell.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import type { Frame } from "../definition.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const refDir = join(repoRoot, "fixtures", "coinr-asem");

export function readRef(name: string): string {
  return readFileSync(join(refDir, name), "utf8");
}

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8");
}

/** A reference CSV as header + rows of strings. */
export function refTable(name: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = parse(readRef(name)) as string[][];
  return { header, rows };
}

/** Reference cell text as a number: "" and NA are NaN, Inf/-Inf infinite. */
export function refNumber(s: string): number {
  if (s === "" || s === "NA" || s === "NaN") return NaN;
  if (s === "Inf") return Infinity;
  if (s === "-Inf") return -Infinity;
  return Number(s);
}

/** True when a matches b to relative tolerance `rel` (both missing, or both the same infinity, also match). */
export function close(a: number, b: number, rel = 1e-6): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= rel * Math.abs(b) + 1e-10;
}

/**
 * Cells where the frame differs from a reference table keyed by uCode (columns the reference has,
 * except uCode); also reports units missing on either side. Empty when everything matches.
 */
export function frameMismatches(actual: Frame, refName: string, rel = 1e-6, skip: string[] = []): string[] {
  const { header, rows } = refTable(refName);
  const out: string[] = [];
  const ui = header.indexOf("uCode");
  const pos = new Map(actual.units.map((u, i) => [u, i]));
  if (rows.length !== actual.units.length) out.push(`units: ${actual.units.length} vs reference ${rows.length}`);
  for (const r of rows) {
    const i = pos.get(r[ui]!);
    if (i === undefined) {
      out.push(`missing unit ${r[ui]}`);
      continue;
    }
    header.forEach((h, j) => {
      if (j === ui || skip.includes(h)) return;
      const col = actual.cols.get(h);
      if (!col) return void out.push(`missing column ${h}`);
      const want = refNumber(r[j]!);
      if (!close(col[i]!, want, rel)) out.push(`${r[ui]}.${h}: ${col[i]} vs ${r[j]}`);
    });
  }
  return [...new Set(out)];
}
