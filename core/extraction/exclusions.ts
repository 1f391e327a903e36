/**
 * Figures that are not statements: numbers inside names (《…》 titles, short “…” slogans such as
 * “416” or “双倍增”, aliases in brackets such as (凤栖7条)), ordinals (第五轮), areas that only
 * locate something ("100平方公里范围内"), modes ("以1个实验室为主体") and list counts that only
 * number the items just listed ("金凤、含谷、曾家、白市驿等4个片区").
 */
import { clauseStart, enclosing } from "./clauses.ts";
import type { Mention } from "./mentions.ts";

/** A quoted phrase this short is a name or slogan, not a sentence stating a goal. */
const MAX_NAME_QUOTE = 8;
const COUNT_UNITS = new Set(["个", "条", "所", "家", "项", "座", "款", "名", "支", "批"]);
/** Verbs that make a bare magnitude (百名, 千名) a count of people to bring in. */
const TALENT_VERBS = /引进|培育|引育|培养|吸引|集聚|新增/;

/** Items in a list "A、B和C": 、-separated, with a last item joined by 和/及/与 counted as two. */
function listSizes(list: string): number[] {
  const items = list.split("、").filter((s) => s.trim());
  if (items.length < 2) return [];
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

/** Whether a figure found in the text is a name, an ordinal, a location or a list count. */
export function isExcluded(text: string, m: Mention): boolean {
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
  if (before === "以" && /^[^,，。；;]{0,12}为/.test(text.slice(m.end, m.end + 14))) return true;
  if (m.form === "count-word" && !TALENT_VERBS.test(text.slice(clauseStart(text, m.start), m.start))) return true;
  if ((m.form === "number" || m.form === "count-word") && countsListedItems(text, m)) return true;
  return false;
}
