/**
 * The indicator a figure is about, as a short noun phrase in the document's own words, and where
 * the statement's span starts. The phrase is what stands before the figure's verb in its segment
 * ("科技型企业超过4.5万家" → 科技型企业), else the object between the verb and the figure
 * ("引进海内外高层次创新团队100个"), else what follows the figure ("打造3个千亿级的高新技术产业集群").
 */

/** Openers that frame a clause without naming what is measured. */
const LEADING = /^(到|至|截至)?((?:19|20)\d{2}年(底|末|前)?)?[,，\s]*(力争|确保|预计|计划|争取|累计|全年|同时|其中|并|且|和|及)*/;
/** Verbs and comparators between an indicator and its figure. */
const TRAILING = /(分别|年均|均|实现|达到|达|超过|突破|超|高于|不低于|不得低于|低于|不超过|控制在|增长|提高|提升|增加|增至|增加到|提高到|为|是|约|近|共|了|累计|力争|预计|\s)+$/;
const VERB_HEAD = /^(新增|新建|新认定|新培育|新开工|新谋划|引进|发布|公布|立项|组建|重组|创建|建成|建设|培育|实施|开展|举办|完成|落地|打造|储备|推动|建有|设立|成立|引育|培养|布局建设|组织实施|联合实施|共同实施|争取|落实|开放共享|入驻)+/;

export type IndicatorReading = { indicator: string; spanStart: number };

/** Reads the indicator of the figure at [start, end) whose segment starts at `segStart`. */
export function readIndicator(text: string, segStart: number, start: number, end: number, clauseEndAt: number): IndicatorReading {
  const pre = text.slice(segStart, start);
  const lead = LEADING.exec(pre)?.[0].length ?? 0;
  const spanStart = segStart + lead;
  let phrase = pre.slice(lead).replace(TRAILING, "");
  const verb = VERB_HEAD.exec(phrase);
  if (verb && verb[0].length < phrase.length) phrase = phrase.slice(verb[0].length);
  else if (verb) phrase = "";
  if (!phrase.trim()) {
    phrase = text.slice(end, clauseEndAt).replace(/^[的\s]+/, "").replace(/(以上|以下|以内)$/, "");
  }
  return { indicator: phrase.trim().slice(0, 40), spanStart };
}
