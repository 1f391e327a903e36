/**
 * The rows of 我的填报 without React: a row's key and state, whether it may be edited (not yet filled,
 * a draft, or returned; never while submitted or once approved), the values it starts with, and the
 * drafts request built from the rows with a value, in row order.
 */
import type { Assignment, DraftEntry } from "../../../../contract/reporting.ts";

export type RowState = "empty" | "draft" | "returned" | "submitted" | "approved";

/** What a person typed in a row: value in the display unit, note and explanation. */
export interface RowEdit {
  value: number | null;
  note: string;
  explanation: string;
}

/** One key per figure asked: indicator, place and body. */
export const rowKey = (a: Pick<Assignment, "indicatorCode" | "placeCode" | "bodyCode">): string => `${a.indicatorCode}|${a.placeCode}|${a.bodyCode ?? ""}`;

/** The row's state from its submission (or the approved figure when there is none). */
export function rowState(a: Pick<Assignment, "submission" | "approved">): RowState {
  const s = a.submission;
  if (!s || s.state === "cancelled") return a.approved ? "approved" : "empty";
  if (s.state === "draft") return s.returned ? "returned" : "draft";
  return s.state;
}

/** Whether the reporter may change the figure now. */
export const editable = (a: Pick<Assignment, "submission" | "approved">): boolean => ["empty", "draft", "returned"].includes(rowState(a));

/** The values a row starts with: its submission's, the approved figure's, or nothing. */
export function initialEdit(a: Pick<Assignment, "submission" | "approved">): RowEdit {
  const s = a.submission;
  if (s && s.state !== "cancelled") return { value: s.displayValue, note: s.note ?? "", explanation: s.explanation ?? "" };
  return { value: a.approved?.value ?? null, note: "", explanation: "" };
}

/** The drafts request of the editable rows with a value, and each entry's row key (entry i ↔ keys[i]). */
export function draftEntries(rows: readonly Assignment[], edits: Readonly<Record<string, RowEdit>>): { entries: DraftEntry[]; keys: string[] } {
  const entries: DraftEntry[] = [];
  const keys: string[] = [];
  for (const a of rows) {
    if (!editable(a)) continue;
    const key = rowKey(a);
    const edit = edits[key] ?? initialEdit(a);
    if (edit.value === null || !Number.isFinite(edit.value)) continue;
    entries.push({
      indicatorCode: a.indicatorCode,
      placeCode: a.placeCode,
      ...(a.bodyCode ? { bodyCode: a.bodyCode } : {}),
      value: edit.value,
      ...(edit.note.trim() ? { note: edit.note.trim() } : {}),
      ...(edit.explanation.trim() ? { explanation: edit.explanation.trim() } : {}),
    });
    keys.push(key);
  }
  return { entries, keys };
}
