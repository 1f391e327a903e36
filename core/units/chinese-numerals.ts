/**
 * Chinese numerals (中文数字): parsing 十二 / 两万五千 / 一亿零五百万 / 二〇二五 into numbers and
 * formatting non-negative integers back in the standard reading (used to round-trip in tests and to
 * recognise list counts such as 五大 or 三个 in plan texts).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = "零一二三四五六七八九";

/** Every character that may appear in a Chinese numeral (for scanners). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Parses a Chinese numeral; null when the string is not one. A run of bare digits without any
 * unit character (二〇二五) reads digit by digit, as years are written.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text || [...text].some((c) => !CHINESE_NUMERAL_CHARS.includes(c))) return null;
  const hasUnit = /[十百千万亿]/.test(text);
  if (!hasUnit) {
    if (text.length === 1) return DIGITS[text] ?? null;
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  // result: completed 亿 part; section: completed part below 亿 (万 folded in); num: pending digit.
  let result = 0;
  let section = 0;
  let num = 0;
  for (const c of text) {
    if (c in DIGITS) num = DIGITS[c]!;
    else if (c in SMALL_UNITS) {
      // A leading 十 stands for 一十 (十二 = 12).
      section += (num === 0 ? 1 : num) * SMALL_UNITS[c]!;
      num = 0;
    } else if (c === "万") {
      section = (section + num || 1) * 1e4;
      num = 0;
    } else if (c === "亿") {
      result = (result + section + num || 1) * 1e8;
      section = 0;
      num = 0;
    }
  }
  return result + section + num;
}

function formatGroup(n: number): string {
  const units = ["千", "百", "十", ""];
  const digits = String(n).padStart(4, "0");
  let out = "";
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += DIGIT_CHARS[d]! + units[i]!;
  }
  return out;
}

function formatPositive(n: number): string {
  if (n >= 1e8) {
    const hi = Math.floor(n / 1e8);
    const lo = n % 1e8;
    return formatPositive(hi) + "亿" + (lo ? (lo < 1e7 ? "零" : "") + formatPositive(lo) : "");
  }
  if (n >= 1e4) {
    const hi = Math.floor(n / 1e4);
    const lo = n % 1e4;
    return formatGroup(hi) + "万" + (lo ? (lo < 1000 ? "零" : "") + formatGroup(lo) : "");
  }
  return formatGroup(n);
}

/** Formats a safe non-negative integer in Chinese numerals (10 → 十, 10005 → 一万零五). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
  if (n === 0) return "零";
  const text = formatPositive(n);
  // The reading drops the 一 of a leading 一十 (十二, 十万), never inside (一亿零一十万).
  return text.startsWith("一十") ? text.slice(1) : text;
}
