/**
 * The shape both readers produce: a named sheet of cells, row-major, first row the headers as typed.
 * SheetBuilder collects rows as a reader meets them (by row number, blank rows may be skipped),
 * enforces the row and column limits on rows that hold a value, and pads the result to a rectangle.
 */
import type { SpreadsheetLimits } from "./limits.ts";
import { SpreadsheetProblem } from "./spreadsheet-problem.ts";

/** One cell: text, a number, or null when empty. Dates are ISO strings. */
export type Cell = string | number | null;

/** One worksheet (a CSV file reads as one sheet named after the file). */
export type Sheet = { name: string; cells: Cell[][] };

/** Builds one Sheet row by row under the row and column limits. */
export class SheetBuilder {
  private readonly rows: Array<{ index: number; cells: Cell[] }> = [];
  private width = 0;

  constructor(
    readonly name: string,
    private readonly limits: SpreadsheetLimits,
  ) {}

  /** Records the 1-based row `rowNumber`; throws SpreadsheetProblem past the row or column limit. */
  add(rowNumber: number, cells: Cell[]): void {
    let length = cells.length;
    while (length > 0 && cells[length - 1] === null) length--;
    if (length === 0) return;
    // Row 1 is the header row: data rows are rows 2 … maxRows + 1.
    if (rowNumber - 1 > this.limits.maxRows) throw new SpreadsheetProblem({ kind: "too_many_rows", sheet: this.name, limit: this.limits.maxRows });
    if (length > this.limits.maxColumns) throw new SpreadsheetProblem({ kind: "too_many_columns", sheet: this.name, limit: this.limits.maxColumns });
    this.width = Math.max(this.width, length);
    this.rows.push({ index: rowNumber - 1, cells: length === cells.length ? cells : cells.slice(0, length) });
  }

  /** The sheet: blank rows in place, trailing blank rows and columns dropped, every row as wide as the widest. */
  finish(): Sheet {
    const height = this.rows.reduce((max, r) => Math.max(max, r.index + 1), 0);
    const cells: Cell[][] = Array.from({ length: height }, () => []);
    for (const row of this.rows) cells[row.index] = row.cells;
    for (const row of cells) {
      for (let c = row.length; c < this.width; c++) row.push(null);
    }
    return { name: this.name, cells };
  }
}

/** An ISO 8601 date ("2025-03-01"), or date and time ("2025-03-01T08:30:00") when the time is not midnight; spreadsheet dates have no time zone. */
export function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}
