/**
 * The units a plan's figures are counted in, and the magnitude words (万, 亿 …) that scale them.
 * A figure's base unit is its unit with the magnitude word removed (亿元 → 元, 万平米 → 平米).
 */

/**
 * Units recognised after a number, longest first so that 个百分点 wins over 个 and 人年 over 人.
 * Deliberately absent: 米 and 吋/寸 (sizes of products, 103米叶片, 12寸线), 年 (durations and years;
 * see DURATION_UNIT), 号 (line and document numbers), 强/版/级 (names such as 500强, 2.0版, 18MW级).
 * Currencies other than 元 (美元, 欧元) are units of their own.
 */
export const UNITS: readonly string[] = [
  "个工作日", "工作日", "重量箱", "件次", "美元", "欧元", "日元", "英镑", "港元", "公斤", "千克", "个月",
  "微克/立方米", "吨标准煤", "km/km²", "pcu/h", "个百分点", "百分点", "立方米", "千瓦时", "千瓦", "兆瓦", "家(次)", "平方公里", "平方米", "台/套", "万元", "亿元",
  "人年", "人次", "场次", "公里", "千米", "平米", "分钟", "小时", "元", "%", "％", "家", "个", "项",
  "件", "人", "名", "所", "条", "台", "套", "亩", "天", "场", "次", "位", "款", "辆", "吨", "篇",
  "部", "支", "户", "座", "批", "株", "类", "斤", "岁", "张", "期", "届", "处", "艘", "架", "只",
  "间", "册", "份", "棵", "栋", "床",
].sort((a, b) => b.length - a.length);

/** Words that begin with a unit's character but are nouns: "2900多万家庭" counts families, not 家. */
export const NOUNS_STARTING_WITH_UNIT: readonly string[] = [
  "家庭", "家长", "家属", "人口", "人员", "人民", "人才", "人群", "项目", "个人", "个体", "部门", "部分", "部署", "期间", "期限", "处理", "所得", "所有", "次数", "条件", "条例", "台阶", "名单", "名称", "件事", "批次"
];

/** Spellings folded into one base unit. */
const UNIT_ALIASES: Record<string, { unit: string; scale: number }> = {
  "％": { unit: "%", scale: 1 },
  百分点: { unit: "个百分点", scale: 1 },
  万元: { unit: "元", scale: 1e4 },
  个月: { unit: "月", scale: 1 },
  工作日: { unit: "个工作日", scale: 1 },
  千克: { unit: "公斤", scale: 1 },
  亿元: { unit: "元", scale: 1e8 },
};

/** Base unit and scale of a unit as written (亿元 → 元 × 1e8). */
export function baseUnit(unit: string): { unit: string; scale: number } {
  return UNIT_ALIASES[unit] ?? { unit, scale: 1 };
}

/**
 * Magnitude words after an Arabic number (4.5万, 750亿, 1.3万亿), longest first. 千/百/十 alone are
 * left out after digits: 3千米 is a length and 100强 a ranking name.
 */
export const DIGIT_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12], ["千万", 1e7], ["百万", 1e6], ["亿", 1e8], ["万", 1e4],
];

/**
 * Magnitude words standing alone as a number (千亿级 clusters, 千万量 resources, 百名 scientists),
 * longest first.
 */
export const WORD_MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12], ["千亿", 1e11], ["百亿", 1e10], ["十亿", 1e9], ["千万", 1e7], ["百万", 1e6],
  ["十万", 1e5], ["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 1e2],
];

/** value × scale without binary noise (16.07 × 1e4 = 160700, not 160700.00000000003). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** Units whose figure is better lower (a travel time): a target without comparator is then an upper bound. */
export const LOWER_IS_BETTER_UNITS: readonly string[] = ["分钟", "小时"];
