/** Files the reporting browser test fills in: a round's template with one more figure, and long-format CSVs. */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSpreadsheet } from "../../server/spreadsheets/read-spreadsheet.ts";
import { writeXlsx } from "../../server/spreadsheets/write-spreadsheet.ts";

/** The downloaded template with `value` in the 数值 column of `indicator`'s row, written to a temp file. */
export async function fillTemplate(downloaded: string, indicator: string, value: string | number, name: string): Promise<string> {
  const [sheet] = await readSpreadsheet(readFileSync(downloaded), "template.xlsx");
  const [header, ...rows] = sheet!.cells;
  const valueColumn = header!.indexOf("数值");
  if (valueColumn < 0 || !rows.some((r) => r[0] === indicator)) throw new Error(`the template has no 数值 column or no ${indicator} row: ${JSON.stringify(sheet!.cells)}`);
  const filled = rows.map((r) => (r[0] === indicator ? r.map((cell, j) => (j === valueColumn ? value : cell)) : r));
  const bytes = await writeXlsx([{ name: sheet!.name, columns: header!.map((h) => ({ header: String(h), key: String(h) })), rows: filled.map((r) => Object.fromEntries(header!.map((h, j) => [String(h), r[j] ?? null]))) }]);
  const path = join(tmpdir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** A long-format CSV (指标, 地区, 期间, 数值, 单位, 备注) in a temp file. */
export function longFormatCsv(name: string, rows: readonly (string | number)[][]): string {
  const path = join(tmpdir(), name);
  writeFileSync(path, ["指标,地区,期间,数值,单位,备注", ...rows.map((r) => r.join(","))].join("\n") + "\n");
  return path;
}
