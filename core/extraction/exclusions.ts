/**
 * Figures that are not statements: numbers inside names (《…》 titles, short “…” slogans such as
 * “416” or “双倍增”, aliases in brackets such as (凤栖7条)), ordinals (第五轮), areas that only
 * locate something ("100平方公里范围内"), modes ("以1个实验室为主体") and list counts that only
 * number the items just listed ("金凤、含谷、曾家、白市驿等4个片区").
 */
import { clauseStart, enclosing, segmentEnd, segmentStart } from "./clauses.ts";
import type { Mention } from "./mentions.ts";
import lexicon from "./lexicon/quantities.json" with { type: "json" };

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");
/** "年应纳税所得额不到100万元", "100万元至300万元部分": a bracket of a rule, not a figure reached. */
const THRESHOLD_BEFORE = new RegExp(`(?:${alternatives(lexicon.thresholdBefore)})$`);
const THRESHOLD_AFTER = new RegExp(`^(?:[至到—\\-][\\d.]+[万亿]?[\\u4e00-\\u9fff%]{0,2})?(?:${alternatives(lexicon.thresholdAfter)})`);
/** "每增长1个百分点": a rate of conversion, not a result. */
const PER_UNIT_CHANGE = new RegExp(`(?:${alternatives(lexicon.perUnitChange)})$`);
/** "相当于5年前1.5个百分点": a comparison with the past, not a statement of it. */
const PAST_COMPARISON = /(?:相当于[^，。；]{0,8}|[\d一二两三四五六七八九十]+年前)$/;
/** A people count of a billion and more, with 多 and no verb before it, is a nation's population as background. */
const POPULATION_BACKGROUND = 1e9;
const STATING_BEFORE = /(达到|达|超过|突破|覆盖|惠及|增加|增至|提高到|新增|减少)[^，。；]{0,6}$/;

/** A quoted phrase this short is a name or slogan, not a sentence stating a goal. */
const MAX_NAME_QUOTE = 8;
const COUNT_UNITS = new Set(["个", "条", "所", "家", "项", "座", "款", "名", "支", "批"]);
/** Verbs that make a bare magnitude (百名, 千名) a count of people to bring in. */
const TALENT_VERBS = /引进|培育|引育|培养|吸引|集聚|新增/;

/** A quantity inside a list item (26家), as opposed to digits in a name (27号线). */
const FIGURE_IN_ITEM = /\d\s*(万|亿)?(家|个|项|所|条|名|人|元|%|亿元|万元)/;

/** Items in a list "A、B和C": 、-separated, with a last item joined by 和/及/与 counted as two. */
function listSizes(list: string): number[] {
  const items = list.split("、").filter((s) => s.trim());
  // Items that carry figures of their own are parallel statements, not a list being counted.
  if (items.length < 2 || items.some((s) => FIGURE_IN_ITEM.test(s))) return [];
  const last = items[items.length - 1]!;
  return /[和及与]/.test(last) ? [items.length, items.length + 1] : [items.length];
}

function countsListedItems(text: string, m: Mention): boolean {
  if (!COUNT_UNITS.has(m.unit) || m.valueMax !== undefined) return false;
  const pre = text.slice(clauseStart(text, m.start), m.start);
  const beforeDeng = /^(.*)等[^、，,]{0,6}$/.exec(pre);
  const list = beforeDeng ? beforeDeng[1]! : pre;
  if (listSizes(list).includes(m.value)) return true;
  const after = /^[^,，。；;、]{0,8}?[(（]([^)）]{1,60})[)）]/.exec(text.slice(m.end, m.end + 80));
  return !!after && listSizes(after[1]!).includes(m.value);
}

/** A verb or comparator word: a figure after one is stated, not merely located. */
const STATING = /[达超破为现增提占降减完授获投建设]/;

/**
 * "16个高新区规上工业总产值1.3万亿元": a count opening a segment that runs, without any verb,
 * into another figure names the scope of that figure rather than a statement of its own.
 */
function isScopeCount(text: string, m: Mention): boolean {
  if (!COUNT_UNITS.has(m.unit) || segmentStart(text, m.start) !== m.start) return false;
  const rest = text.slice(m.end, segmentEnd(text, m.end));
  const next = /\d/.exec(rest);
  return !!next && next.index > 0 && !STATING.test(rest.slice(0, next.index));
}

/** Whether a figure found in the text is a name, an ordinal, a location or a list count. */
export function isExcluded(text: string, m: Mention): boolean {
  const pre = text.slice(clauseStart(text, m.start), m.start);
  const post = text.slice(m.end, m.end + 16);
  if (THRESHOLD_BEFORE.test(pre) || THRESHOLD_AFTER.test(post)) return true;
  // "3岁以下婴幼儿": an age bracket names a group.
  if (m.unit === "岁" && /^(及以上|以上|以下)/.test(post)) return true;
  if (PER_UNIT_CHANGE.test(pre) || PAST_COMPARISON.test(pre)) return true;
  if (m.approx === "多" && m.value >= POPULATION_BACKGROUND && (m.unit === "" || m.unit === "人") && !STATING_BEFORE.test(pre)) return true;
  if (enclosing(text, m.start, "《", "》")) return true;
  const quote = enclosing(text, m.start, "“", "”");
  if (quote) {
    const inner = text.slice(quote.start + 1, quote.end - 1);
    if (inner.length <= MAX_NAME_QUOTE || inner.includes("+")) return true;
  }
  const bracket = enclosing(text, m.start, "(（", ")）");
  if (bracket && /[\u4e00-\u9fff]/.test(text.slice(bracket.start + 1, m.start))) return true;
  const before = text[m.start - 1] ?? "";
  if (before === "第" && m.unit !== "位") return true;
  if (/^的?范围/.test(text.slice(m.end, m.end + 3))) return true;
  // "5个方面", "3个层面": how a text is organised, not a quantity.
  if (/^(方面|层面|维度)/.test(text.slice(m.end, m.end + 2))) return true;
  if (isScopeCount(text, m)) return true;
  if (before === "以" && /^[^,，。；;]{0,12}为/.test(text.slice(m.end, m.end + 14))) return true;
  if (m.form === "count-word" && !TALENT_VERBS.test(text.slice(clauseStart(text, m.start), m.start))) return true;
  if ((m.form === "number" || m.form === "count-word") && countsListedItems(text, m)) return true;
  return false;
}
