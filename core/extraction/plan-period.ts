/**
 * The period a plan covers, read from its title: "(2023—2027年)" or a five-year plan's ordinal
 * ("十四五" → 2021—2025). A document without one (a report, a reply) has no plan period.
 */
import { parseChineseNumeral } from "../units/chinese-numerals.ts";

export type PlanPeriod = { start: number; end: number };

/** Lines longer than this are running text, where a period names another document. */
const MAX_TITLE_LINE = 70;
/** Only the opening of a document holds its title. */
const TITLE_ZONE = 3000;

const RANGE = /[(（]?\s*((?:19|20)\d{2})\s*[—–\-~～至到]{1,2}\s*((?:19|20)\d{2})\s*年?\s*[)）]?/;
/** "十四五" in a title line that names a plan (规划); the ordinal is read greedily (十五五 → 15). */
const FIVE_YEAR = /(十[一二三四五六七八九]?|[六七八九])五(?=[”"」]?[^\n]*规划)/;

/**
 * Five-year plans from the sixth on are aligned on 1981 + 5·(n − 6): 十四五 → 2021—2025.
 */
export function fiveYearPlanPeriod(ordinal: number): PlanPeriod | null {
  if (ordinal < 6) return null;
  const start = 1981 + 5 * (ordinal - 6);
  return { start, end: start + 4 };
}

/** The plan period stated in the document's title lines, or null. */
export function detectPlanPeriod(text: string): PlanPeriod | null {
  const lines = text.slice(0, TITLE_ZONE).split("\n").map((l) => l.trim()).filter((l) => l && l.length <= MAX_TITLE_LINE);
  for (const line of lines) {
    const m = RANGE.exec(line);
    if (m) {
      const start = Number(m[1]);
      const end = Number(m[2]);
      if (end > start && end - start <= 15) return { start, end };
    }
  }
  for (const line of lines) {
    const m = FIVE_YEAR.exec(line);
    if (m) {
      const ordinal = parseChineseNumeral(m[1]!);
      if (ordinal !== null) return fiveYearPlanPeriod(ordinal);
    }
  }
  return null;
}
