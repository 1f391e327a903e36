/**
 * Scopes (负责范围) in the account forms: a place or body as one select value ("place:500106",
 * "body:cq-stats"), the grouped options of places and bodies, and scope names for display.
 */
import { useMemo } from "react";
import type { Scope } from "../../../../core/access/index.ts";
import { useBodies, usePlaces } from "../../api/catalogue.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

/** A scope as a select value. */
export const scopeValue = (scope: Scope): string => `${scope.kind}:${scope.code}`;

/** A select value back to its scope (the code may itself contain ":"). */
export function scopeOf(value: string): Scope {
  const colon = value.indexOf(":");
  return { kind: value.slice(0, colon) === "body" ? "body" : "place", code: value.slice(colon + 1) };
}

/** Names of places and bodies in the UI language, the grouped select options, and a scope's name. */
export function useScopeCatalogue(enabled = true) {
  const { lang, t } = useLanguage();
  const places = usePlaces(enabled);
  const bodies = useBodies(enabled);
  return useMemo(() => {
    const placeOptions = (places.data ?? []).map((p) => ({ value: scopeValue({ kind: "place", code: p.code }), label: lang === "zh" ? p.nameZh : p.nameEn }));
    const bodyOptions = (bodies.data ?? []).map((b) => ({ value: scopeValue({ kind: "body", code: b.code }), label: lang === "zh" ? b.nameZh : b.nameEn }));
    const names = new Map([...placeOptions, ...bodyOptions].map((o) => [o.value, o.label]));
    return {
      loading: places.isLoading || bodies.isLoading,
      options: [
        { label: t("users.scopes.places"), title: "places", options: placeOptions },
        { label: t("users.scopes.bodies"), title: "bodies", options: bodyOptions },
      ],
      /** The scope's place or body name, its code while the catalogue loads or when unknown. */
      nameOf: (scope: Scope) => names.get(scopeValue(scope)) ?? scope.code,
    };
  }, [places.data, places.isLoading, bodies.data, bodies.isLoading, lang, t]);
}
