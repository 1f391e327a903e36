/**
 * What the words around a figure say about it: the comparator (超过 → >, 达到 → >=, 以内 → <=),
 * the kind (增长 → growth, 新增 → increment, 翻番 → multiple, otherwise level), and whether it
 * recurs each year (每年) or is an accumulated total (累计).
 */
import type { Mention } from "./mentions.ts";
import type { StatementComparator, StatementKind, StatementType } from "./statement.ts";
import { LOWER_IS_BETTER_UNITS } from "../units/unit-list.ts";
import lexicon from "./lexicon/kinds.json" with { type: "json" };

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");
/** A word of change and what may stand between it and its figure ("增长保持在6.5%以上", "下降超过五成"). */
const CHANGE_THEN_FIGURE = new RegExp(`(?:${alternatives(lexicon.changeWords)})(?:${alternatives(lexicon.gapAfterChange)})*$`);
/** A change that reaches a level: "提高到100%", "降至13%" (the figure is then a level). */
const CHANGE_REACHES = new RegExp(`(?:${alternatives(lexicon.changeWords)})(?:${alternatives(lexicon.reachWords)})`);
const RATE_AFTER = new RegExp(`^(?:以上|左右|以内)?(?:${alternatives(lexicon.rateAfter)})`);
const APPROX_EQUAL = new RegExp(`(?:${alternatives(lexicon.approxEqual)})$`);
const UPPER_EVEN_APPROX = new RegExp(`(?:${alternatives(lexicon.upperBoundEvenApprox)})(?:分别|年均|均)?$`);
const ACTUAL_REACH = new RegExp(`(?:${alternatives(lexicon.actualReachIsEqual)})$`);

/** Whether the figure after `pre` is the amount or rate of a change (增长10%, 增加4000元, 再提高30元). */
export function isChangeAmount(pre: string): boolean {
  return CHANGE_THEN_FIGURE.test(pre.trimEnd()) && !CHANGE_REACHES.test(pre.slice(-4));
}

/** Comparator words before a figure, longest first so that 不低于 is not read as 低于. */
const BEFORE: ReadonlyArray<readonly [RegExp, StatementComparator]> = [
  [/(不得|不)(低于|少于)$/, ">="],
  [/(不得|不)(超过|高于|多于)$/, "<="],
  [/(控制在|降至|降到|下降到|降低到|减少到|减至|压减到|压减至|压缩到|压缩至)$/, "<="],
  [/(超过|突破|高于|大于|多于|优于|好于|逾|超)$/, ">"],
  [/(低于|小于|少于)$/, "<"],
  [/(达到|达|至少|增至|增加到|提高到|提升到|提高至|提升至)$/, ">="],
  [/(约|近|左右)$/, "="],
];
/** Comparator words after a figure. */
const AFTER: ReadonlyArray<readonly [RegExp, StatementComparator]> = [
  [/^(以上|及以上)/, ">="],
  [/^(以下|以内|之内)/, "<="],
  [/^左右/, "="],
];
/**
 * Indicators that are better lower (energy use, emissions, concentrations, times, accident rates):
 * a level target for one without a comparator word is an upper bound. A rate of decrease
 * ("能耗下降13.5%") is still a lower bound on the decrease, so this applies to levels only.
 */
const LOWER_IS_BETTER = /能耗|排放|浓度|耗时|用时|时长|时间|事故|死亡率|失业率|发生率|空置率|负债率|不良率/;

/** Words that may stand between a comparator and its figure (分别超过, 年均增长, 达到了). */
const FILLER = /(分别|年均|均|了|约|总计|合计|共|累计)$/;

function stripFiller(pre: string): string {
  let s = pre.trimEnd();
  for (let k = 0; k < 3; k++) {
    const m = FILLER.exec(s);
    if (!m) break;
    s = s.slice(0, -m[0].length);
  }
  return s;
}

/**
 * The comparator: an explicit word wins; 余/多 mean "more than"; a range is "="; otherwise a
 * target is a lower bound (an upper bound where lower is better: a travel time), an actual "=".
 * For an actual, 达到 only reports where the figure stood, so it stays "=".
 */
export function readComparator(pre: string, post: string, m: Mention, type: StatementType, kind: StatementKind): StatementComparator {
  if (m.valueMax !== undefined) return "=";
  // 零增长: no more than nothing added.
  if (m.form === "zero-growth") return "<=";
  const tail = stripFiller(pre);
  // 控制在50%左右: an upper bound even when approximate.
  if (UPPER_EVEN_APPROX.test(tail) && !/^以上/.test(post)) return "<=";
  for (const [pattern, comparator] of AFTER) if (pattern.test(post)) return comparator;
  if (m.approx === "上") return ">=";
  if (m.approx) return ">";
  if (APPROX_EQUAL.test(pre.trimEnd())) return "=";
  // An actual that fell to a value (降至13%) was that value.
  if (type === "actual" && ACTUAL_REACH.test(tail)) return "=";
  for (const [pattern, comparator] of BEFORE) {
    if (pattern.test(tail)) return type === "actual" && comparator === ">=" ? "=" : comparator;
  }
  if (type === "actual") return "=";
  const lowerIsBetter = LOWER_IS_BETTER_UNITS.includes(m.unit) || (kind === "level" && LOWER_IS_BETTER.test(pre));
  return lowerIsBetter ? "<=" : ">=";
}

const GROWTH_VERB = /(增长|提高|提升|增加|下降|降低|减少|增速|递增)(了)?$/;
/** Verbs of adding within a period; for an actual only the explicit 新 forms count. */
const INCREMENT_ALWAYS = new RegExp(alternatives(lexicon.incrementVerbs).replace("立项", "(?<!设)立项"), "g");
const INCREMENT_TARGET = /创建|纳入|组建|重组|落地|开通|开工|实施|建设|培育|开展|举办|引育|引进|培养/g;
/** Words that make the figure a stock at a time, overriding an earlier verb of adding. */
const LEVEL_WORDS = /达到|(?<![下到])达|增至|增加到|提高到|累计|总量|数量|总数|规模|拥有|占|建成|实现/g;

function lastIndex(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index! + m[0].length;
  return at;
}

/**
 * The kind. `verbText` is the text whose verbs govern the figure (its segment, or the earlier
 * segments it shares a verb with); the last verb wins, so "新增……达到" is a level.
 */
export function readKind(pre: string, verbText: string, post: string, m: Mention, type: StatementType): StatementKind {
  if (m.form === "multiple") return "multiple";
  if (m.form === "zero-growth") return "growth";
  if (m.unit === "个百分点") return "growth";
  if (m.unit === "%") return GROWTH_VERB.test(stripFiller(pre)) || isChangeAmount(pre) || RATE_AFTER.test(post) ? "growth" : "level";
  if (m.form === "rank" || m.form === "class" || m.form === "magnitude") return "level";
  if (isChangeAmount(pre)) return "increment";
  if (type === "actual" && /累计/.test(verbText)) return "level";
  const increment = Math.max(
    lastIndex(INCREMENT_ALWAYS, verbText),
    type === "target" ? lastIndex(INCREMENT_TARGET, verbText) : -1,
  );
  const level = lastIndex(LEVEL_WORDS, verbText);
  if (increment >= 0 && increment > level) return "increment";
  if (level < 0 && type === "target" && /^[^,，。；;]{0,12}(纳入|开通)/.test(post)) return "increment";
  return "level";
}

/** Whether the figure recurs each year (每年, 连续三年……下达). */
export const readPerYear = (clause: string): boolean => /每年|连续[一二三四五六七八九十\d]+年/.test(clause);

/** Whether the figure is an accumulated total (累计, 五年……). */
export const readCumulative = (clause: string): boolean => /累计|[一二三四五六七八九十\d]+年(共|累计)?(发布|培育|引进|新增)/.test(clause);

/** Whether a segment has a verb of its own that decides the kind (else it shares the clause's). */
export const hasKindVerb = (segment: string): boolean =>
  segment.search(INCREMENT_ALWAYS) >= 0 || segment.search(INCREMENT_TARGET) >= 0 || segment.search(LEVEL_WORDS) >= 0;
