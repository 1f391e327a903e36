/**
 * Finds the figures written in a text: Arabic quantities with a unit (4.5万家, 2—3个, 8%—12%),
 * multiples (翻番, 倍增, 双倍增), magnitude words standing for a number (千亿级, 百名), ranks
 * (第8位, 全国第二), water-quality classes (V类) and percentages in words (百分之十, 两成).
 * Which of them are statements is decided later (see exclusions.ts).
 */
import { parseChineseNumeral } from "../units/chinese-numerals.ts";
import { numberLengthAt, parseQuantity, readQuantityAt } from "../units/quantity.ts";
import { baseUnit, scaleValue, WORD_MAGNITUDES } from "../units/unit-list.ts";

export type MentionForm = "number" | "multiple" | "magnitude" | "count-word" | "rank" | "class" | "percent-word";

export type Mention = {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string;
  approx?: "余" | "多" | "上";
  form: MentionForm;
};

const MULTIPLE = /双倍增|翻一番|翻两番|翻番|倍增/g;
const MAGNITUDE_LEVEL = /(万亿|千亿|百亿|十亿|千万|百万|亿)(级|量)/g;
/** 百名 scientists, 千名 entrepreneurs, 万名 graduates: a magnitude word used as a round count. */
const COUNT_WORD = /(?<![零〇一二两三四五六七八九十百千万亿多余\d])([百千万])(名|人|家|个|项)/g;
const RANK_WORD = /(全国|全省|全市|西部|全球|世界|中部|东部)第([一二三四五六七八九十]{1,3})(?:位|名)?(?=[,，。;；、\s]|$)/g;
const WATER_CLASS = /(?<![A-Za-z])(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|I{1,3}|IV|V)类/g;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5 };
const PERCENT_WORD = /百分之[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|(?<=(?:近|约|超过|超|达到|达|占|逾))[一二两三四五六七八九]成/g;

/**
 * "分别净减少10.6万、3.8万、3.3万平方公里": counts in a 、-list without a unit share the unit of
 * the last one.
 */
function shareListUnits(text: string, mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (m.unit || !next.unit || text.slice(m.end, next.start) !== "、") continue;
    const scale = baseUnit(next.unit).scale;
    mentions[k] = { ...m, unit: baseUnit(next.unit).unit, value: scaleValue(m.value, scale) };
  }
}

function arabicMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const prev = text[i - 1] ?? "";
    if (/[\d.A-Za-z]/.test(prev)) continue;
    const q = readQuantityAt(text, i);
    if (!q) continue;
    const numberEnd = i + numberLengthAt(text, i);
    if (q.hasUnit || q.counted) {
      out.push({ start: i, end: q.end, value: q.value, valueMax: q.valueMax, unit: q.unit, approx: q.approx, form: "number" });
    }
    // A range's upper end is part of this mention, not a figure of its own.
    i = Math.max(i, (q.valueMax !== undefined ? q.end : numberEnd) - 1);
  }
  shareListUnits(text, out);
  return out;
}

function wordMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MULTIPLE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: m[0] === "翻两番" ? 4 : 2, unit: "", form: "multiple" });
  }
  for (const m of text.matchAll(MAGNITUDE_LEVEL)) {
    const q = parseQuantity(m[0]);
    if (q) out.push({ start: m.index!, end: m.index! + m[0].length, value: q.value, unit: q.unit, form: "magnitude" });
  }
  for (const m of text.matchAll(COUNT_WORD)) {
    const mag = WORD_MAGNITUDES.find(([w]) => w === m[1]);
    if (mag) out.push({ start: m.index!, end: m.index! + m[0].length, value: mag[1], unit: m[2]!, form: "count-word" });
  }
  for (const m of text.matchAll(RANK_WORD)) {
    // A bare 第一 ("稳居西部第一") is as often praise as a standing; it counts when 位/名 makes it a rank.
    if (m[2] === "一" && !/[位名]$/.test(m[0])) continue;
    const value = parseChineseNumeral(m[2]!);
    const start = m.index! + m[1]!.length;
    if (value !== null) out.push({ start, end: m.index! + m[0].length, value, unit: "位", form: "rank" });
  }
  for (const m of text.matchAll(WATER_CLASS)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: ROMAN[m[1]!]!, unit: "类", form: "class" });
  }
  for (const m of text.matchAll(PERCENT_WORD)) {
    const q = parseQuantity(m[0]);
    if (q) out.push({ start: m.index!, end: m.index! + m[0].length, value: q.value, unit: "%", form: "percent-word" });
  }
  return out;
}

/** Every figure in the text, in order of position. */
export function findMentions(text: string): Mention[] {
  return [...arabicMentions(text), ...wordMentions(text)].sort((a, b) => a.start - b.start);
}
