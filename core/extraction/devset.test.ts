/**
 * The extractor against the development set of government work reports (fixtures/devset): F1 ≥ 0.90
 * overall and ≥ 0.85 on each report; unit, comparator and kind accuracy ≥ 0.95. The reports are a
 * sample of the genre, not sentences to match: the rules they exercise are tested on invented
 * sentences in report-language.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { findPageChrome } from "../documents/page-chrome.ts";
import { formatScores, goldDir, scoreGold, type PredictedStatement } from "./testing/score-gold.ts";

const devset = resolve(goldDir, "../devset");
const textDir = join(devset, "text");

describe("extraction against the development set of reports", () => {
  it("meets the acceptance thresholds on the three reports", () => {
    const predictions: Record<string, PredictedStatement[]> = {};
    for (const file of readdirSync(textDir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(textDir, file), "utf8");
      predictions[file.replace(/\.txt$/, "")] = extractStatements(text, { skip: findPageChrome(text).chrome });
    }
    const scores = scoreGold(predictions, join(devset, "gold"), textDir);
    console.log(formatScores(scores));
    expect(Object.keys(scores.docs)).toHaveLength(3);
    for (const [name, doc] of Object.entries(scores.docs)) expect(doc.f1, name).toBeGreaterThanOrEqual(0.85);
    expect(scores.total.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.unit).toBeGreaterThanOrEqual(0.95);
    expect(scores.comparator).toBeGreaterThanOrEqual(0.95);
    expect(scores.kind).toBeGreaterThanOrEqual(0.95);
  });
});
