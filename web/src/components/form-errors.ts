/**
 * Maps a server error body onto a form: each message goes next to the field its `field` path names
 * ("period", "body.indicator", "scopes[0].code"), the rest become general messages above the form.
 */
import type { ErrorBody } from "../../../contract/errors.ts";
import type { Language } from "../i18n/translate.ts";

/** Server names of inputs → the form's field names. */
export type FieldAliases<F extends string> = Record<string, F>;

/** Messages per form field and those that name none, in one language. */
export interface GroupedErrors<F extends string> {
  byField: Partial<Record<F, string[]>>;
  general: string[];
}

/** The form field an error path names: its last segment that is a known name ("scopes[0].code" → scopes), or null. */
export function fieldOfPath<F extends string>(path: string | null, aliases: FieldAliases<F>): F | null {
  if (!path) return null;
  const segments = path.split(/[.[\]]/).filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const name = aliases[segments[i]!];
    if (name && Object.hasOwn(aliases, segments[i]!)) return name;
  }
  return null;
}

/** Messages of an error (and its details) in `lang`, grouped by form field; those without a field are general. */
export function groupFieldErrors<F extends string>(error: ErrorBody["error"] | null, lang: Language, aliases: FieldAliases<F>): GroupedErrors<F> {
  const byField: Partial<Record<F, string[]>> = {};
  const general: string[] = [];
  if (!error) return { byField, general };
  const entries = error.details?.length ? error.details : [{ field: error.field, messages: error.messages }];
  for (const entry of entries) {
    const text = entry.messages[lang];
    const name = fieldOfPath(entry.field, aliases);
    if (name) (byField[name] ??= []).push(text);
    else general.push(text);
  }
  return { byField, general };
}
