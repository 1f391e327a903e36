/**
 * The server's refusal of a drafts request mapped back onto the form's rows: the request's entries
 * are numbered from 1 in `error.details[].row` (or named by a field such as `entries[1].placeCode`
 * when there is no row), and each problem lands beside the field it concerns — the value, the
 * explanation (说明), or the row as a whole. A change beyond the bound asks for an explanation.
 */
import type { ErrorBody } from "../../../../contract/errors.ts";
import type { Language } from "../../i18n/translate.ts";
import { stripLocation } from "./located-errors.ts";

/** Problems of one entry of the request. */
export interface EntryProblems {
  value: string[];
  explanation: string[];
  other: string[];
  /** The server asks for an explanation of a large change from last period. */
  needsExplanation: boolean;
}

type Detail = NonNullable<ErrorBody["error"]["details"]>[number];

/** The 0-based entry a problem concerns: its `row` less one, else the index in `entries[i]…`, else null. */
export function entryIndexOf(detail: Pick<Detail, "field" | "row">): number | null {
  if (detail.row !== undefined && detail.row >= 1) return detail.row - 1;
  const match = /(?:^|\.)entries\[(\d+)\]/.exec(detail.field ?? "");
  return match ? Number(match[1]) : null;
}

/** The last segment of a field path: "entries[1].placeCode" → placeCode, "value" → value. */
const leaf = (field: string | null) => (field ?? "").split(/[.[\]]/).filter(Boolean).at(-1) ?? "";

/** Problems per entry index (0-based) and those that name no entry, in `lang`. */
export function problemsByEntry(error: ErrorBody["error"] | null, lang: Language): { byEntry: Map<number, EntryProblems>; general: string[] } {
  const byEntry = new Map<number, EntryProblems>();
  const general: string[] = [];
  if (!error) return { byEntry, general };
  const details: Detail[] = error.details?.length ? error.details : [{ field: error.field, messages: error.messages, code: error.code }];
  for (const detail of details) {
    const index = entryIndexOf(detail);
    const text = stripLocation(detail.messages[lang]);
    if (index === null) {
      general.push(detail.messages[lang]);
      continue;
    }
    let problems = byEntry.get(index);
    if (!problems) byEntry.set(index, (problems = { value: [], explanation: [], other: [], needsExplanation: false }));
    const field = leaf(detail.field);
    if (detail.code === "change_needs_explanation") {
      problems.needsExplanation = true;
      problems.explanation.push(text);
    } else if (field === "value" || field === "unit") problems.value.push(text);
    else if (field === "explanation") problems.explanation.push(text);
    else problems.other.push(text);
  }
  return { byEntry, general };
}
