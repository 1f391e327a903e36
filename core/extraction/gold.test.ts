/**
 * The extractor against the gold annotations of the five seed documents, scored by the shared
 * scorer: F1 ≥ 0.90 overall and ≥ 0.85 on each document; unit, comparator and kind accuracy ≥ 0.95.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { findPageChrome } from "../documents/page-chrome.ts";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = process.env.KECHUANG_SHARED_DIR ?? resolve(repo, "../shared");
const seeds = join(repo, "data/seeds");

type Scores = { docs: Record<string, { p: number; r: number; f1: number }>; f1: number; unit: number; comparator: number; kind: number };

function parseScores(output: string): Scores {
  const docs: Scores["docs"] = {};
  for (const m of output.matchAll(/^(\S+): gold \d+ predicted \d+ matched \d+\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/gm)) {
    docs[m[1]!] = { p: Number(m[2]), r: Number(m[3]), f1: Number(m[4]) };
  }
  const fields = /unit ([\d.]+) comparator ([\d.]+) kind ([\d.]+)/.exec(output)!;
  const total = /^F1 ([\d.]+)/m.exec(output)!;
  return { docs, f1: Number(total[1]), unit: Number(fields[1]), comparator: Number(fields[2]), kind: Number(fields[3]) };
}

describe("extraction against the gold annotations", () => {
  it("meets the acceptance thresholds on the seed documents", () => {
    const out = mkdtempSync(join(tmpdir(), "extraction-gold-"));
    for (const file of readdirSync(seeds).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(seeds, file), "utf8");
      // As in use: web page chrome is found first and left out.
      const lines = extractStatements(text, { skip: findPageChrome(text).chrome }).map((s) => JSON.stringify(s));
      writeFileSync(join(out, file.replace(/\.txt$/, ".jsonl")), lines.join("\n") + "\n");
    }
    const output = execFileSync(process.execPath, [join(shared, "gold/score.mjs"), "score", join(shared, "gold"), out, seeds], { encoding: "utf8" });
    console.log(output);
    const scores = parseScores(output);
    expect(Object.keys(scores.docs)).toHaveLength(5);
    for (const [name, doc] of Object.entries(scores.docs)) expect(doc.f1, name).toBeGreaterThanOrEqual(0.85);
    expect(scores.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.unit).toBeGreaterThanOrEqual(0.95);
    expect(scores.comparator).toBeGreaterThanOrEqual(0.95);
    expect(scores.kind).toBeGreaterThanOrEqual(0.95);
  });
});
