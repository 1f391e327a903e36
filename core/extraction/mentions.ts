/**
 * Finds the figures written in a text: Arabic quantities with a unit (4.5万家, 2—3个, 8%—12%),
 * multiples (翻番, 倍增, 双倍增), magnitude words standing for a number (千亿级, 百名), ranks
 * (第8位, 全国第二), water-quality classes (V类) and percentages in words (百分之十, 两成).
 * Which of them are statements is decided later (see exclusions.ts).
 */
import { parseChineseNumeral } from "../units/chinese-numerals.ts";
import { numberLengthAt, parseQuantity, readQuantityAt } from "../units/quantity.ts";
import { baseUnit, scaleValue, UNITS, WORD_MAGNITUDES } from "../units/unit-list.ts";
import lexicon from "./lexicon/quantities.json" with { type: "json" };

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");
const CN_DIGITS = "[一二两三四五六七八九十]";
const MAGNITUDE_WORDS = alternatives(lexicon.magnitudeWords);
/** 上亿, 上千万 (at least), 近千万 (about): a magnitude word standing for a round figure. */
const APPROX_MAGNITUDE = new RegExp(`([上近])(${MAGNITUDE_WORDS})(?![级量\\d])`, "g");
/** 万亿元, 千亿斤: a magnitude word with a unit and no digits. */
const BARE_MAGNITUDE = new RegExp(`(?<![\\d零〇一二两三四五六七八九十百千万亿上近])(万亿|千亿|百亿)(${alternatives(lexicon.bareMagnitudeUnits)})`, "g");
/** 两次降准, 分三批: a count of actions in Chinese numerals. */
const ACTION_COUNT = new RegExp(`(?<=${alternatives(lexicon.actionCountBefore)})([两二三四五六七八九十])(${alternatives(lexicon.actionClassifiers)})(?!${alternatives(lexicon.notAfterActionClassifier)})`, "g");
/** 三分之一 → 33.33 %; 一半 after a word of change or comparison → 50 %. */
const FRACTION = new RegExp(`(${CN_DIGITS}+)分之(${CN_DIGITS}+)`, "g");
const HALF = new RegExp(`(?<=${alternatives(lexicon.halfAfter)})一半`, "g");
/** 成为全球第一货物贸易大国, 居世界首位, 第一大产业. */
const RANK_VERB = new RegExp(`(?<=${alternatives(lexicon.rankVerbs)})(?:${alternatives(lexicon.rankScopes)})?(?:第(${CN_DIGITS}{1,3})(?:大|位|名)|第(${CN_DIGITS}{1,3})(?=[\\u4e00-\\u9fff]{2,6}大国)|(首位))`, "g");
/** 增长1倍 (doubled: 2), 是十年前的3倍 (3). */
const TIMES = /(增长|增加|提高)?(\d+(?:\.\d+)?|[一二两三四五六七八九十])倍/g;
/** 两位数增长: at least 10 %. */
const DIGIT_PLACES = /([两三])位数(?=的?增长)/g;
const ZERO_GROWTH = /零增长/g;
const DURATION_BEFORE = new RegExp(alternatives(lexicon.durationIndicators));

export type MentionForm = "number" | "multiple" | "magnitude" | "count-word" | "rank" | "class" | "percent-word" | "action-count" | "zero-growth";

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
    } else if (text[numberEnd] === "年" && !/^(19|20)\d{2}$/.test(text.slice(i, numberEnd)) && DURATION_BEFORE.test(text.slice(Math.max(0, i - 16), i))) {
      // "受教育年限从10.23年提高到10.8年": years as a duration where the measure is one.
      out.push({ start: i, end: numberEnd + 1, value: q.value, unit: "年", form: "number" });
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
    // 成倍增加 is a vague amount, not a doubling.
    if (text[m.index! - 1] === "成") continue;
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
  for (const m of text.matchAll(APPROX_MAGNITUDE)) {
    const magnitude = WORD_MAGNITUDES.find(([w]) => w === m[2])![1];
    const after = m.index! + m[0].length;
    const unitWritten = UNITS.find((u) => text.startsWith(u, after));
    const base = unitWritten ? baseUnit(unitWritten) : { unit: "", scale: 1 };
    // 上 is part of the figure ("at least"); 近 stays before it, where comparators are read.
    const start = m[1] === "上" ? m.index! : m.index! + 1;
    out.push({ start, end: after + (unitWritten?.length ?? 0), value: scaleValue(magnitude, base.scale), unit: base.unit, ...(m[1] === "上" ? { approx: "上" as const } : {}), form: "magnitude" });
  }
  for (const m of text.matchAll(BARE_MAGNITUDE)) {
    const magnitude = WORD_MAGNITUDES.find(([w]) => w === m[1])![1];
    out.push({ start: m.index!, end: m.index! + m[0].length, value: magnitude, unit: m[2]!, form: "magnitude" });
  }
  for (const m of text.matchAll(ACTION_COUNT)) {
    const value = parseChineseNumeral(m[1]!);
    if (value !== null) out.push({ start: m.index!, end: m.index! + m[0].length, value, unit: m[2]!, form: "action-count" });
  }
  for (const m of text.matchAll(FRACTION)) {
    const whole = parseChineseNumeral(m[1]!);
    const part = parseChineseNumeral(m[2]!);
    if (whole && part !== null && part <= whole) out.push({ start: m.index!, end: m.index! + m[0].length, value: Number(((100 * part) / whole).toFixed(2)), unit: "%", form: "percent-word" });
  }
  for (const m of text.matchAll(HALF)) out.push({ start: m.index!, end: m.index! + 2, value: 50, unit: "%", form: "percent-word" });
  for (const m of text.matchAll(RANK_VERB)) {
    const value = m[3] ? 1 : parseChineseNumeral(m[1] ?? m[2]!);
    if (value !== null) out.push({ start: m.index!, end: m.index! + m[0].length, value, unit: "位", form: "rank" });
  }
  for (const m of text.matchAll(TIMES)) {
    const n = /\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumeral(m[2]!);
    if (n === null || text[m.index! - 1] === "成") continue;
    const start = m.index! + (m[1]?.length ?? 0);
    out.push({ start, end: m.index! + m[0].length, value: m[1] ? n + 1 : n, unit: "", form: "multiple" });
  }
  for (const m of text.matchAll(DIGIT_PLACES)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: 10 ** ((parseChineseNumeral(m[1]!) ?? 2) - 1), unit: "%", approx: "上", form: "percent-word" });
  }
  for (const m of text.matchAll(ZERO_GROWTH)) out.push({ start: m.index!, end: m.index! + m[0].length, value: 0, unit: "%", form: "zero-growth" });
  for (const m of text.matchAll(PERCENT_WORD)) {
    const q = parseQuantity(m[0]);
    if (q) out.push({ start: m.index!, end: m.index! + m[0].length, value: q.value, unit: "%", form: "percent-word" });
  }
  return out;
}

/** Every figure in the text, in order of position; where readings overlap, the first and longest. */
export function findMentions(text: string): Mention[] {
  const all = [...arabicMentions(text), ...wordMentions(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}
