/**
 * The UI language (zh-CN by default, English on request) as a React context with `t()` for message
 * keys; the choice is kept in localStorage.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { translate, type Language } from "./translate.ts";
import type { MessageKey } from "./zh.ts";

const storageKey = "kechuang.lang";

interface LanguageState {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
}

const LanguageContext = createContext<LanguageState | null>(null);

function initialLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(storageKey) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

/** Provides the UI language to the tree below. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for the page's life.
    }
  }, []);
  const t = useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language, its setter and `t()`. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage outside LanguageProvider");
  return state;
}
