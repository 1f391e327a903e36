/** Message lookup without React: the UI languages, `{name}` interpolation and Accept-Language values. */
import { en } from "./en.ts";
import { zh, type MessageKey, type Messages } from "./zh.ts";

/** The languages the UI speaks. */
export type Language = "zh" | "en";

const dictionaries: Record<Language, Messages> = { zh, en };

/** Replaces `{name}` placeholders in a message with the given values. */
export function interpolate(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message of a key in a language. */
export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  return interpolate(dictionaries[lang][key], vars);
}

/** The HTTP Accept-Language value of a UI language. */
export function acceptLanguage(lang: Language): string {
  return lang === "zh" ? "zh-CN" : "en";
}

/** Picks the zh or en variant of a bilingual pair. */
export function pick<T>(lang: Language, zhValue: T, enValue: T): T {
  return lang === "zh" ? zhValue : enValue;
}
