/** Maps a server error body onto the data-value form: messages per form field, the rest as general errors. */
import type { ErrorBody } from "../../../contract/errors.ts";
import type { Language } from "../i18n/translate.ts";

/** The form's field names (the request's own names). */
export type FormFieldName = "indicatorCode" | "placeCode" | "period" | "value" | "note";

const aliases: Record<string, FormFieldName> = {
  indicatorCode: "indicatorCode",
  indicator: "indicatorCode",
  placeCode: "placeCode",
  place: "placeCode",
  period: "period",
  value: "value",
  note: "note",
};

/** The form field an error's `field` path names ("period", "body.period", "value"), or null. */
export function formField(path: string | null): FormFieldName | null {
  if (!path) return null;
  const last = path.split(/[.[\]]/).filter(Boolean).pop() ?? "";
  return aliases[last] ?? null;
}

/** Messages of an error (and its details) in `lang`, grouped by form field; those without a field are general. */
export function fieldErrors(error: ErrorBody["error"] | null, lang: Language): { byField: Partial<Record<FormFieldName, string[]>>; general: string[] } {
  const byField: Partial<Record<FormFieldName, string[]>> = {};
  const general: string[] = [];
  if (!error) return { byField, general };
  const entries = error.details?.length ? error.details : [{ field: error.field, messages: error.messages }];
  for (const entry of entries) {
    const text = entry.messages[lang];
    const name = formField(entry.field);
    if (name) (byField[name] ??= []).push(text);
    else general.push(text);
  }
  return { byField, general };
}
