/**
 * The catalogue indicators a task's text names (技术合同成交额, 研发投入强度): each indicator's name, or
 * a common other name listed here, found verbatim. Where names overlap (地区生产总值 inside
 * 全社会研发经费占地区生产总值的比重) the longer one wins.
 */

/** A catalogue indicator as matching needs it. */
export type IndicatorEntry = { code: string; nameZh: string };

/** Other names plans use for catalogue indicators. */
const OTHER_NAMES: Record<string, string[]> = {
  "rd-intensity": ["研发投入强度", "研发经费投入强度"],
  "tech-contract-value": ["技术合同交易额"],
  "rd-expenditure": ["研发经费投入"],
  "hitech-enterprises": ["高新技术企业数"],
};

/** A named indicator and where its name stands. */
export type IndicatorMention = { code: string; nameZh: string; start: number; end: number };

/** Every indicator named in `text` (offsets plus `offset`), first mention each, in text order. */
export function findIndicatorMentions(text: string, catalogue: readonly IndicatorEntry[], offset = 0): IndicatorMention[] {
  const names = catalogue.flatMap((i) => [i.nameZh, ...(OTHER_NAMES[i.code] ?? [])].map((name) => ({ code: i.code, nameZh: i.nameZh, name })));
  names.sort((a, b) => b.name.length - a.name.length);
  const taken: Array<[number, number]> = [];
  const found: IndicatorMention[] = [];
  for (const n of names) {
    if (n.name.length < 3) continue;
    for (let at = text.indexOf(n.name); at >= 0; at = text.indexOf(n.name, at + 1)) {
      const end = at + n.name.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.push({ code: n.code, nameZh: n.nameZh, start: offset + at, end: offset + end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.filter((m) => !seen.has(m.code) && seen.add(m.code));
}
