/**
 * Figures for people, one way per language — the web app, the CLI and reports share it: base-unit
 * values (元, 家, %) in the indicator's display unit (亿元) with its decimals and thousands separators
 * in both languages, comparators as symbols, targets as the plans word them, growth rates as % or
 * points a year, unit names in English for the English UI, rank intervals in whole ranks.
 */

export type DisplayLanguage = "zh" | "en";
type Comparator = ">=" | ">" | "=" | "<=" | "<";

/** How an indicator's values are shown: display-unit value = base value / displayScale. */
export interface DisplayUnit {
  displayUnit: string;
  displayScale: number;
  decimals: number;
}

/** Base-unit value → display-unit value (value / displayScale), rid of binary-fraction noise. */
export function toDisplayValue(base: number, scale: number): number {
  return Number((base / scale).toPrecision(15));
}

/** A number with at most `decimals` fraction digits and thousands separators ("2,836.6"), in either language. */
export function formatNumber(value: number, decimals: number, lang: DisplayLanguage): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: decimals, useGrouping: true }).format(value);
}

/** A base-unit value shown in display units, without the unit. */
export function formatDisplayValue(base: number, unit: Pick<DisplayUnit, "displayScale" | "decimals">, lang: DisplayLanguage): string {
  return formatNumber(toDisplayValue(base, unit.displayScale), unit.decimals, lang);
}

const comparatorSymbols: Record<Comparator, string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

/** The symbol printed before a target value ("≥", "<"); "" for "=". */
export function comparatorSymbol(comparator: Comparator): string {
  return comparatorSymbols[comparator];
}

const english: Record<string, string> = {
  元: "yuan",
  万元: "10k yuan",
  亿元: "100m yuan",
  家: "firms",
  个: "units",
  件: "items",
  项: "items",
  人: "persons",
  人年: "person-years",
  万人: "10k persons",
  名: "persons",
  所: "institutions",
  场次: "events",
  公里: "km",
  平方公里: "km²",
  "亿元/平方公里": "100m yuan/km²",
  "吨标准煤/万元": "t coal eq./10k yuan",
  倍: "×",
  "%": "%",
  个百分点: "pp",
};

/** The unit in the UI language; a unit without an English name keeps its Chinese name only in zh. */
export function unitLabel(unit: string, lang: DisplayLanguage): string {
  return lang === "en" ? (english[unit] ?? unit) : unit;
}

const words = {
  zh: { growth: (v: string) => `年均增长${v}`, multiple: (s: string, v: string) => `${s}基期的${v}倍`, increment: (v: string) => `新增${v}`, points: "个百分点/年", perYear: (u: string) => `${u}/年` },
  en: { growth: (v: string) => `${v} a year`, multiple: (s: string, v: string) => `${s}${v} × baseline`, increment: (v: string) => `+${v}`, points: "pp/yr", perYear: (u: string) => `${u}/yr` },
} as const;

export interface TargetShape {
  target: { kind: "level" | "growth" | "multiple" | "increment"; comparator: Comparator; value: number; valueMax: number | null };
  displayScale: number;
  decimals: number;
}

/** A target as written in a plan, the same everywhere: "≥45,000", "2–3", "年均增长>10%", "≥基期的2倍", "新增1,000". */
export function formatTarget(progress: TargetShape, lang: DisplayLanguage): string {
  const { target } = progress;
  const symbol = comparatorSymbol(target.comparator);
  const scaled = (v: number) => formatDisplayValue(v, progress, lang);
  const plain = (v: number) => formatNumber(v, Math.max(progress.decimals, 2), lang);
  const range = (show: (v: number) => string) =>
    target.valueMax === null ? `${symbol}${show(target.value)}` : `${show(target.value)}–${show(target.valueMax)}`;
  const w = words[lang];
  switch (target.kind) {
    case "growth":
      return w.growth(`${range(plain)}%`);
    case "multiple":
      return target.valueMax === null ? w.multiple(symbol, plain(target.value)) : w.multiple("", `${plain(target.value)}–${plain(target.valueMax)}`);
    case "increment":
      return w.increment(range(scaled));
    default:
      return range(scaled);
  }
}

export interface GrowthShape {
  growthBasis: "compound" | "linear" | null;
  unit: string;
  displayUnit: string;
  displayScale: number;
  decimals: number;
}

/** An annual growth as the number shown, its fraction digits and its unit: (12.8, 1, "%"), (0.08, 2, " 个百分点/年"), (5, 2, " 亿元/年"). */
export function growthFigure(rate: number, progress: GrowthShape, lang: DisplayLanguage): { value: number; decimals: number; unit: string } {
  if (progress.growthBasis === "compound") return { value: Number((rate * 100).toPrecision(15)), decimals: 1, unit: "%" };
  const value = toDisplayValue(rate, progress.displayScale);
  const decimals = Math.max(progress.decimals, 2);
  if (progress.unit === "%") return { value, decimals, unit: ` ${words[lang].points}` };
  return { value, decimals, unit: ` ${words[lang].perYear(unitLabel(progress.displayUnit, lang))}` };
}

/** An annual growth as a number and its unit: ("12.8", "%"), ("0.08", " 个百分点/年"), ("5", " 亿元/年"). */
function growthParts(rate: number, progress: GrowthShape, lang: DisplayLanguage): [string, string] {
  const figure = growthFigure(rate, progress, lang);
  return [formatNumber(figure.value, figure.decimals, lang), figure.unit];
}

/**
 * An annual growth as the server states it: compound rates are fractions (0.128 → "12.8%"); linear
 * rates are base units a year, shown as 个百分点/年 (pp/yr) for % indicators, else as display unit a year.
 */
export function formatGrowth(rate: number | null, progress: GrowthShape, lang: DisplayLanguage): string | null {
  if (rate === null || progress.growthBasis === null || !Number.isFinite(rate)) return null;
  return growthParts(rate, progress, lang).join("");
}

/** A growth range with its unit once: "16.9–30.4%", "0.11–0.13 个百分点/年". */
export function formatGrowthRange(range: { low: number; high: number } | null, progress: GrowthShape, lang: DisplayLanguage): string | null {
  if (range === null || progress.growthBasis === null) return null;
  const [low, unit] = growthParts(range.low, progress, lang);
  const [high] = growthParts(range.high, progress, lang);
  return `${low}–${high}${unit}`;
}

/** A rank interval in whole ranks: "2–5" (each end rounded to the nearest rank). */
export function formatRankInterval(q5: number, q95: number): string {
  return `${Math.round(q5)}–${Math.round(q95)}`;
}
