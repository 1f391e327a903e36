/**
 * English names of administrative divisions, built from their Chinese names the way official English
 * usage writes them: pinyin of the proper name plus the kind of division (万州区 → Wanzhou District,
 * 石柱土家族自治县 → Shizhu Tujia Autonomous County). The division data we use carries no English.
 */
import { pinyin } from "pinyin-pro";

/** Ethnic groups as autonomous-division names write them (土家族 → Tujia). */
const ETHNIC_GROUPS: Record<string, string> = {
  土家: "Tujia", 苗: "Miao", 仡佬: "Gelao", 彝: "Yi", 藏: "Tibetan", 羌: "Qiang", 回: "Hui", 壮: "Zhuang",
  侗: "Dong", 布依: "Buyei", 瑶: "Yao", 白: "Bai", 哈尼: "Hani", 傣: "Dai", 纳西: "Naxi", 蒙古: "Mongol",
};

const SUFFIXES: [string, string][] = [
  ["自治县", "Autonomous County"],
  ["自治州", "Autonomous Prefecture"],
  ["市", "Municipality"],
  ["区", "District"],
  ["县", "County"],
];

/** Pinyin written as a proper name: syllables joined, first letter capitalised (沙坪坝 → Shapingba). */
export function properPinyin(zh: string): string {
  const joined = pinyin(zh, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** "重庆市" → "Chongqing Municipality"; unknown suffixes keep the pinyin alone. */
export function englishDivisionName(zh: string): string {
  const suffix = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length > s.length);
  if (!suffix) return properPinyin(zh);
  let stem = zh.slice(0, zh.length - suffix[0].length);
  const groups: string[] = [];
  // Autonomous divisions list their ethnic groups before the suffix: peel them off from the end.
  for (let peeled = true; peeled && suffix[0].startsWith("自治"); ) {
    peeled = false;
    for (const [group, english] of Object.entries(ETHNIC_GROUPS)) {
      if (stem.endsWith(`${group}族`) && stem.length > group.length + 1) {
        stem = stem.slice(0, stem.length - group.length - 1);
        groups.unshift(english);
        peeled = true;
      }
    }
  }
  const ethnic = groups.length > 0 ? ` ${groups.length > 1 ? `${groups.slice(0, -1).join(", ")} and ${groups.at(-1)}` : groups[0]}` : "";
  return `${properPinyin(stem)}${ethnic} ${suffix[1]}`;
}
