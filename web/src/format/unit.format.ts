/** Unit names for people: the catalogue's Chinese units as they are, or in English for the English UI. */
import type { Language } from "../i18n/translate.ts";

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
  公里: "km",
  平方公里: "km²",
  倍: "×",
  "%": "%",
  个百分点: "pp",
};

/** The unit in the UI language; units without an English name stay as written. */
export function unitLabel(unit: string, lang: Language): string {
  return lang === "en" ? (english[unit] ?? unit) : unit;
}
