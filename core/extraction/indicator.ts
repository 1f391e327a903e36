/**
 * The indicator a figure is about, as a short noun phrase in the document's own words, and where
 * the statement's span starts. The phrase is what stands before the figure's verb in its segment
 * ("科技型企业超过4.5万家" → 科技型企业), else the object between the verb and the figure
 * ("引进海内外高层次创新团队100个"), else what follows the figure ("打造3个千亿级的高新技术产业集群").
 * Figures that name no indicator of their own ("增长10%", "分别增长9.9%、20.14%") take those of the
 * figures before them in the sentence (see assignShared).
 */

/** A comparison base alone ("比2015年", "较上年同期"): it names when, not what, is measured. */
const BASE_ONLY = /^(比|较|同)(上年|去年|上一年|(?:19|20)\d{2}年)(同期|末|底)?$/;

/** Openers that frame a clause without naming what is measured. */
const LEADING = /^(到|至|截至)?((?:19|20)\d{2}年(底|末|前)?)?[,，\s]*(力争|确保|预计|计划|争取|累计|全年|同时|其中|并|且|和|及|已|已经|共)*/;
/** Verbs and comparators between an indicator and its figure. */
const TRAILING = /(同比|比上年同期|比上年|较上年|分别|年均|均|实现|达到|达|超过|突破|超|高于|不低于|不得低于|低于|不超过|控制在|增长|提高|提升|增加|增至|增加到|提高到|下降|降低|减少|压减|上涨|上升|要|为|是|约|近|共|了|累计|力争|预计|\s)+$/;
const VERB_HEAD = /^(联合|共同|组织|累计)?(新增|新建|新认定|新培育|新开工|新谋划|引进|发布|公布|立项|组建|重组|创建|建成|建设|培育|实施|开展|举办|完成|落地|打造|储备|推动|建有|设立|成立|引育|培养|布局建设|组织实施|联合实施|共同实施|争取|落实|开放共享|入驻|确定|实现|打造出)+/;

export type IndicatorReading = { indicator: string; spanStart: number };

/** Reads the indicator of the figure at [start, end) whose segment starts at `segStart`. */
export function readIndicator(text: string, segStart: number, start: number, end: number, clauseEndAt: number): IndicatorReading {
  const pre = text.slice(segStart, start);
  const lead = LEADING.exec(pre)?.[0].length ?? 0;
  const spanStart = segStart + lead;
  // "由2.1%提高到2.6%": the starting figure belongs to the statement, not to its indicator's name.
  let phrase = pre.slice(lead).replace(TRAILING, "").replace(/(由|从)\d[^由从]*$/, "");
  const verb = VERB_HEAD.exec(phrase);
  if (verb) phrase = phrase.slice(verb[0].length);
  phrase = phrase.replace(/^(超过|达到|高于|低于)/, "").replace(/[(（“]+$/, "");
  // "全市研发经费投入强度": the whole place the plan covers is its default, not part of the measure's name.
  phrase = phrase.replace(/^(全市|全区|全县|全省)(?=\S{2})/, "");
  // "强度2.11%、比2015年提高了0.57个百分点": no indicator of its own; assignShared gives it the one before.
  if (BASE_ONLY.test(phrase.trim())) return { indicator: "", spanStart };
  if (!phrase.trim() || /[的等]$/.test(phrase)) {
    // The figure comes before its noun: "新建15所公办中小学" → 公办中小学, "……的千万量资源库" → 资源库.
    const after = text.slice(end, clauseEndAt).replace(/^[的\s]+/, "").replace(/(以上|以下|以内)$/, "").split(/[、和\d]/)[0] ?? "";
    phrase = after.trim() ? after : phrase.replace(/的$/, "");
  }
  return { indicator: phrase.trim().slice(0, 40), spanStart };
}

export type IndicatorDraft = {
  indicator: string;
  /** The indicator read from the whole clause rather than the figure's 、-segment. */
  clauseIndicator: string;
  group: number;
  sentence: number;
};

/** Where the words shared by parallel subjects begin in the last one ("……对工业增长贡献率"). */
const SHARED_TAIL = /对|占|增加值|增长率|比重|占比|产值|营收|总量|数量|贡献率/;

/**
 * Parallel subjects "A和B对工业增长贡献率" or "A、B增加值占GDP比重": the words after B's own name
 * belong to A too.
 */
function splitParallel(phrase: string): string[] {
  const parts = phrase.split(/[、和]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return parts;
  const last = parts[parts.length - 1]!;
  const tail = SHARED_TAIL.exec(last);
  if (!tail || tail.index === 0) return parts;
  const shared = last.slice(tail.index);
  return parts.map((p) => (p.endsWith(shared) ? p : p + shared));
}

/**
 * Fills the indicators of grouped figures. A group with an indicator of its own and as many parts
 * as figures ("制造业、数字经济增加值占GDP比重分别达到30%、60%") gives each figure its part; a
 * group without one takes the indicators of the same number of figures just before it in the
 * sentence ("项目1121项、资金12.12亿元，分别增长9.9%、20.14%"), or of the one figure before it.
 */
export function assignShared(drafts: IndicatorDraft[]): void {
  let i = 0;
  while (i < drafts.length) {
    let j = i + 1;
    while (j < drafts.length && drafts[j]!.group === drafts[i]!.group) j++;
    const size = j - i;
    const head = drafts[i]!;
    const parts = [splitParallel(head.indicator), splitParallel(head.clauseIndicator)].find((p) => p.length === size);
    if (head.indicator && size > 1 && parts) {
      parts.forEach((p, k) => (drafts[i + k]!.indicator = p));
    } else if (!head.indicator || size > 1) {
      const before = drafts.slice(0, i).filter((d) => d.sentence === head.sentence && d.indicator);
      const source = before.length >= size ? before.slice(before.length - size) : before.slice(-1);
      for (let k = 0; k < size; k++) {
        const from = source[Math.min(k, source.length - 1)];
        if (from && (!drafts[i + k]!.indicator || size > 1)) drafts[i + k]!.indicator = from.indicator;
      }
    }
    i = j;
  }
}

/** Names of places and bodies a figure can be about (西部(重庆)科学城, 市属国有工业企业, 16个高新区). */
const SCOPE = /^(.{2,16}?(?:科学城|协同创新区|新区|高新区|开发区|园区|示范区|生态城|自贸区|企业|高校|院所|区县))(.{2,})$/;
/** Measures that are read per place or body: intensities, shares, outputs. */
const SCOPED_MEASURE = /^(研发(经费)?投入强度|.*(比重|占比|比例|强度|增加值|总产值|产值|营收|营业收入))$/;

/**
 * Separates the place or body from a measure read for it: "市属国有工业企业研发投入强度" →
 * scope 市属国有工业企业, indicator 研发投入强度. Other phrases are left whole.
 */
export function splitScope(indicator: string): { indicator: string; scope?: string } {
  const m = SCOPE.exec(indicator);
  if (!m || !SCOPED_MEASURE.test(m[2]!)) return { indicator };
  return { indicator: m[2]!, scope: m[1]! };
}
