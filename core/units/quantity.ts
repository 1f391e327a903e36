/**
 * Quantities as plans write them, read into a value in the base unit: 4.5万家 → 45000 家,
 * 750亿元 → 75000000000 元, 1.3万台/套 → 13000 台/套, 千亿级 → 1e11 元, 百分之十 → 10 %,
 * 两成 → 20 %, 十二 → 12, 翻番/倍增/双倍增 → multiple 2, ranges 2—3个 and 8%—12%.
 */
import { z } from "zod";
import { parseChineseNumeral } from "./chinese-numerals.ts";
import { baseUnit, DIGIT_MAGNITUDES, NOUNS_STARTING_WITH_UNIT, scaleValue, UNITS, WORD_MAGNITUDES } from "./unit-list.ts";

export const Quantity = z.object({
  value: z.number(),
  /** Upper end of a range (2—3个 → 3). */
  valueMax: z.number().optional(),
  /** Base unit, magnitude removed; "" where there is none; "倍" for a multiple of the baseline. */
  unit: z.string(),
  /** 余 / 多 after the number: "more than". */
  approx: z.enum(["余", "多"]).optional(),
});
export type Quantity = z.infer<typeof Quantity>;

/** A quantity read at a position of a text, with the end of what was read (exclusive). */
/** `counted`: no unit, but a magnitude word makes it a count of what follows (6434万农村人口). */
export type QuantityAt = Quantity & { start: number; end: number; hasUnit: boolean; counted?: boolean };

/** A number, with thousands separators allowed only in whole groups of three (1,200 but not 9.9,20). */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)/;
const numberValue = (written: string): number => Number(written.replace(/,/g, ""));

/** Length of the number written at `start` (0 when there is none). */
export const numberLengthAt = (text: string, start: number): number => NUMBER.exec(text.slice(start, start + 40))?.[0].length ?? 0;
const RANGE_DASH = /^[—–\-－~～至到]{1,2}/;

function readSimple(text: string, start: number): QuantityAt | null {
  const m = NUMBER.exec(text.slice(start, start + 40));
  if (!m) return null;
  let i = start + m[0].length;
  const skipSpaces = () => { while (text[i] === " " || text[i] === "\u3000") i++; };
  skipSpaces();
  let approx: "余" | "多" | undefined;
  // "1000多万", "4200余万套": 余/多 may stand before the magnitude word as well as after it.
  const approxAt = () => { if (!approx && (text[i] === "余" || text[i] === "多")) { approx = text[i] as "余" | "多"; i++; } };
  const beforeMagnitude = i;
  approxAt();
  let scale = 1;
  for (const [word, mag] of DIGIT_MAGNITUDES) {
    if (text.startsWith(word, i)) { scale = mag; i += word.length; break; }
  }
  if (scale === 1) { i = beforeMagnitude; approx = undefined; }
  approxAt();
  let unit = "";
  const unitWritten = UNITS.find((u) => text.startsWith(u, i) && !NOUNS_STARTING_WITH_UNIT.some((n) => n.startsWith(u) && text.startsWith(n, i)));
  if (unitWritten) {
    const base = baseUnit(unitWritten);
    unit = base.unit;
    scale *= base.scale;
    i += unitWritten.length;
  } else if (scale === 1) {
    // No unit and no magnitude: give back what followed the bare number.
    i = start + m[0].length;
    approx = undefined;
  }
  // A count with a magnitude word and no unit ("6434万农村人口", "1亿多") keeps its magnitude.
  return { start, end: i, value: scaleValue(numberValue(m[0]), scale), unit, approx, hasUnit: !!unitWritten, counted: !unitWritten && scale > 1 };
}

/**
 * Reads an Arabic-digit quantity starting at `start` (a digit): number, magnitude word, 余/多 and
 * unit, then an optional range end ("2—3个": the unit of the upper end applies to both).
 */
export function readQuantityAt(text: string, start: number): QuantityAt | null {
  const first = readSimple(text, start);
  if (!first) return null;
  const dash = RANGE_DASH.exec(text.slice(first.end, first.end + 2));
  if (dash && /\d/.test(text[first.end + dash[0].length] ?? "")) {
    const second = readSimple(text, first.end + dash[0].length);
    if (second && second.hasUnit && (!first.hasUnit || first.unit === second.unit)) {
      const scale = first.hasUnit || first.counted ? 1 : second.value / numberValue(NUMBER.exec(text.slice(second.start))![0]);
      return { ...second, start, value: scaleValue(first.value, scale), valueMax: second.value };
    }
  }
  return first;
}

const MULTIPLES: Record<string, number> = { 双倍增: 2, 翻一番: 2, 翻两番: 4, 翻番: 2, 倍增: 2 };

/**
 * The same text with full-width digits and signs (０-９ ． ％ ＋) as ASCII. Every character maps to
 * one character, so offsets into the result are offsets into the original.
 */
export function halfWidthFigures(text: string): string {
  return text.replace(/[０-９．％＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Reads a whole string as one quantity; null when it is not one. */
export function parseQuantity(input: string): Quantity | null {
  const text = input.trim();
  if (!text) return null;
  if (text in MULTIPLES) return { value: MULTIPLES[text]!, unit: "倍" };
  const times = /^(\d+(?:\.\d+)?)倍$/.exec(text);
  if (times) return { value: Number(times[1]), unit: "倍" };
  const percent = /^百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?$/.exec(text);
  if (percent) {
    const whole = parseChineseNumeral(percent[1]!);
    if (whole === null) return null;
    // 点 is followed by digits read one by one (百分之十二点零五 → 12.05).
    const fraction = percent[2] ? [...percent[2]].map((c) => parseChineseNumeral(c)).join("") : "";
    return { value: fraction ? Number(`${whole}.${fraction}`) : whole, unit: "%" };
  }
  const tenths = /^([一二两三四五六七八九])成$/.exec(text);
  if (tenths) return { value: parseChineseNumeral(tenths[1]!)! * 10, unit: "%" };
  const level = /^([万千百十亿]+)(级|量)(.*)$/.exec(text);
  if (level) {
    const mag = WORD_MAGNITUDES.find(([w]) => w === level[1]);
    if (mag) return { value: mag[1], unit: level[1]!.includes("亿") ? "元" : level[3] ?? "" };
  }
  if (/^\d/.test(text)) {
    const q = readQuantityAt(text, 0);
    if (!q || q.end !== text.length) return null;
    const { start: _s, end: _e, hasUnit: _h, counted: _c, ...rest } = q;
    return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Quantity;
  }
  const chinese = /^([零〇一二两三四五六七八九十百千万亿]+)(.*)$/.exec(text);
  if (chinese) {
    const value = parseChineseNumeral(chinese[1]!);
    const unitWritten = chinese[2] ?? "";
    if (value === null) return null;
    if (!unitWritten) return { value, unit: "" };
    if (!UNITS.includes(unitWritten)) return null;
    const base = baseUnit(unitWritten);
    return { value: scaleValue(value, base.scale), unit: base.unit };
  }
  return null;
}
