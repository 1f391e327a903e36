/** Maps a server error body onto the data-value form: messages per form field, the rest as general errors. */
import type { ErrorBody } from "../../../contract/errors.ts";
import type { Language } from "../i18n/translate.ts";
import { fieldOfPath, groupFieldErrors, type GroupedErrors } from "./form-errors.ts";

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
  return fieldOfPath(path, aliases);
}

/** Messages of an error (and its details) in `lang`, grouped by form field; those without a field are general. */
export function fieldErrors(error: ErrorBody["error"] | null, lang: Language): GroupedErrors<FormFieldName> {
  return groupFieldErrors(error, lang, aliases);
}
