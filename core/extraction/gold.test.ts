/**
 * The extractor against the gold annotations of the five seed documents (fixtures/gold), scored by
 * the gold scorer: F1 ≥ 0.90 overall and ≥ 0.85 on each document; unit, comparator and kind accuracy ≥ 0.95.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract-statements.ts";
import { findPageChrome } from "../documents/page-chrome.ts";
import { belowFloors, formatScores, scoreGold, seedsDir, type PredictedStatement } from "./testing/score-gold.ts";

describe("extraction against the gold annotations", () => {
  it("meets the acceptance thresholds on the seed documents", () => {
    const predictions: Record<string, PredictedStatement[]> = {};
    for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(seedsDir, file), "utf8");
      // As in use: web page chrome is found first and left out.
      predictions[file.replace(/\.txt$/, "")] = extractStatements(text, { skip: findPageChrome(text).chrome });
    }
    const scores = scoreGold(predictions);
    console.log(formatScores(scores));
    expect(Object.keys(scores.docs)).toHaveLength(5);
    expect(belowFloors(scores, { document: 0.85, total: 0.9, fields: 0.95 })).toEqual([]);
  });
});
