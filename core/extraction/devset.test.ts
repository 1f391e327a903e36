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
import { belowFloors, formatScores, goldDir, scoreGold, type PredictedStatement } from "./testing/score-gold.ts";

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
    expect(belowFloors(scores, { document: 0.85, total: 0.9, fields: 0.95 })).toEqual([]);
  });
});
