/**
 * Formula injection (CSV/spreadsheet injection) in exported cells: text that a spreadsheet would run
 * as a formula (=, +, -, @, tab, carriage return, and their full-width forms ＝＋－＠) gets a leading
 * apostrophe so it is shown as text. Numbers and empty cells pass unchanged.
 */

/** First characters that make a spreadsheet read a cell as a formula (or start one after trimming). */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]);

/** Whether a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/** Text that starts like a formula gets a leading apostrophe ('=1+2 shows as =1+2); anything else is returned as is. */
export function neutraliseCell(cell: string): string;
export function neutraliseCell<T extends number | boolean | null | undefined>(cell: T): T;
export function neutraliseCell(cell: string | number | boolean | null | undefined): string | number | boolean | null | undefined;
export function neutraliseCell(cell: string | number | boolean | null | undefined): string | number | boolean | null | undefined {
  return typeof cell === "string" && isFormulaLike(cell) ? `'${cell}` : cell;
}
