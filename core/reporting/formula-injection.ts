/**
 * Formula-injection defence for exported cells (CSV and .xlsx): text that a spreadsheet program
 * would take as a formula or a command gets a leading apostrophe, so it stays literal text.
 */

/** Characters that make Excel, WPS or LibreOffice read a cell as a formula: = + - @, tab, CR, and their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** The text with a leading apostrophe when it starts like a formula; otherwise unchanged. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
