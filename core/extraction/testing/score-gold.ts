/**
 * Test support (tests only, never imported by product code): scores extracted statements against the
 * gold annotations in fixtures/gold by the matching rules described in fixtures/README.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const goldDir = join(repoRoot, "fixtures/gold");
export const seedsDir = join(repoRoot, "data/seeds");

/** The fields of a gold annotation that scoring reads (the others are for people). */
export type GoldStatement = {
  type: string;
  quote: string;
  occurrence?: number;
  value: number;
  value_max?: number | null;
  unit?: string | null;
  comparator: string;
  kind: string;
  year?: number | null;
};

/** An extractor's statement: offsets are JavaScript string offsets into the document, end exclusive. */
export type PredictedStatement = Omit<GoldStatement, "quote" | "occurrence"> & { start: number; end: number };

export type Rates = { p: number; r: number; f1: number };
export type Counts = { gold: number; predicted: number; matched: number; unit: number; comparator: number; kind: number };
export type DocumentScore = Counts & Rates & { missed: GoldStatement[]; spurious: PredictedStatement[] };
/** Per document and in total; unit, comparator and kind are accuracies over all matched pairs. */
export type GoldScores = { docs: Record<string, DocumentScore>; total: Counts & Rates; unit: number; comparator: number; kind: number };

/** One JSON object per line; blank lines and lines starting with `//` are skipped. */
export function parseJsonl<T>(text: string, name = "jsonl"): T[] {
  const out: T[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("//")) return;
    try {
      out.push(JSON.parse(line) as T);
    } catch (error) {
      throw new Error(`${name}:${i + 1}: not JSON: ${(error as Error).message}`);
    }
  });
  return out;
}

/** The span of the `occurrence`-th (1-based) occurrence of quote in doc, or null when there is none. */
export function locateQuote(doc: string, quote: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = doc.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return [at, at + quote.length];
}

/** Equal within 0.5 % of the larger magnitude; a missing figure only agrees with a missing one. */
function sameValue(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

const direction = (c: string): string => (c === ">=" || c === ">" ? "lower" : c === "<=" || c === "<" ? "upper" : "equal");

function rates(matched: number, gold: number, predicted: number): Rates {
  const p = predicted ? matched / predicted : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Matches one document's predictions to its gold statements, one to one, largest overlap first. */
export function scoreDocument(gold: GoldStatement[], predicted: PredictedStatement[], doc: string): DocumentScore {
  const spans = gold.map((g) => {
    const span = locateQuote(doc, g.quote, g.occurrence ?? 1);
    if (!span) throw new Error(`gold quote not in the document (occurrence ${g.occurrence ?? 1}): ${g.quote}`);
    return span;
  });
  const candidates: { overlap: number; g: number; p: number }[] = [];
  gold.forEach((g, i) => {
    const [start, end] = spans[i]!;
    predicted.forEach((p, j) => {
      const overlap = Math.min(end, p.end) - Math.max(start, p.start);
      if (p.type !== g.type || overlap <= 0) return;
      if (!sameValue(g.value, p.value) || !sameValue(g.value_max, p.value_max)) return;
      if ((g.year ?? null) !== (p.year ?? null)) return;
      candidates.push({ overlap, g: i, p: j });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap); // stable: ties keep gold order, then prediction order
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const counts: Counts = { gold: gold.length, predicted: predicted.length, matched: 0, unit: 0, comparator: 0, kind: 0 };
  for (const { g: i, p: j } of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    const g = gold[i]!;
    const p = predicted[j]!;
    counts.matched++;
    if ((g.unit ?? "") === (p.unit ?? "")) counts.unit++;
    if (direction(g.comparator) === direction(p.comparator)) counts.comparator++;
    if (g.kind === p.kind) counts.kind++;
  }
  return {
    ...counts,
    ...rates(counts.matched, counts.gold, counts.predicted),
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: predicted.filter((_, j) => !usedPred.has(j)),
  };
}

/**
 * Scores predictions (by document name, e.g. "003_d7f53db3d6bb61e0") against every gold file; a
 * document with no predictions counts as predicting nothing. Documents are read from docsDir.
 */
export function scoreGold(predictions: Record<string, PredictedStatement[]>, gold = goldDir, docsDir = seedsDir): GoldScores {
  const docs: Record<string, DocumentScore> = {};
  const sum: Counts = { gold: 0, predicted: 0, matched: 0, unit: 0, comparator: 0, kind: 0 };
  for (const file of readdirSync(gold).filter((f) => f.endsWith(".jsonl")).sort()) {
    const name = file.replace(/\.jsonl$/, "");
    const annotations = parseJsonl<GoldStatement>(readFileSync(join(gold, file), "utf8"), file);
    const doc = scoreDocument(annotations, predictions[name] ?? [], readFileSync(join(docsDir, `${name}.txt`), "utf8"));
    docs[name] = doc;
    for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += doc[k];
  }
  const accuracy = (n: number): number => (sum.matched ? n / sum.matched : 0);
  const total = { ...sum, ...rates(sum.matched, sum.gold, sum.predicted) };
  return { docs, total, unit: accuracy(sum.unit), comparator: accuracy(sum.comparator), kind: accuracy(sum.kind) };
}

/** A readable report: one line per document, then the totals, figures to three decimals. */
export function formatScores(s: GoldScores): string {
  const f = (x: number): string => x.toFixed(3);
  const line = (name: string, d: Counts & Rates): string =>
    `${name}: gold ${d.gold} predicted ${d.predicted} matched ${d.matched}  P ${f(d.p)} R ${f(d.r)} F1 ${f(d.f1)}`;
  return [
    ...Object.entries(s.docs).map(([name, d]) => line(name, d)),
    `${line("total", s.total)}; unit ${f(s.unit)} comparator ${f(s.comparator)} kind ${f(s.kind)}`,
  ].join("\n");
}

/** The acceptance floors: F1 per document and in total, and the unit, comparator and kind accuracies. */
export type Floors = { document: number; total: number; fields: number };

/** Every floor the scores fall below, as readable lines (empty when all are met). */
export function belowFloors(s: GoldScores, floors: Floors): string[] {
  const out: string[] = [];
  for (const [name, doc] of Object.entries(s.docs)) if (doc.f1 < floors.document) out.push(`${name} F1 ${doc.f1.toFixed(3)} < ${floors.document}`);
  if (s.total.f1 < floors.total) out.push(`total F1 ${s.total.f1.toFixed(3)} < ${floors.total}`);
  for (const field of ["unit", "comparator", "kind"] as const) if (s[field] < floors.fields) out.push(`${field} ${s[field].toFixed(3)} < ${floors.fields}`);
  return out;
}
