/**
 * The tables of an HTML page (or of a .docx converted to HTML) as sheets of text cells, one sheet per
 * <table> (表格1, 表格2 …). A cell merged over rows or columns (rowspan, colspan) is repeated in every
 * position it covers, as division tables merge a lead body over the rows it leads. Nested tables
 * are read as their own sheets. The caller checks the page's depth first (assertHtmlDepth).
 */
import * as cheerio from "cheerio";

export type TextSheet = { name: string; cells: (string | null)[][] };

/** Most rows or columns a span may claim: a hostile colspan="100000" cannot blow a sheet up. */
const MAX_SPAN = 1000;

/** The tables of `html`, in document order. */
export function htmlTables(html: string): TextSheet[] {
  const $ = cheerio.load(html);
  const sheets: TextSheet[] = [];
  $("table").each((index, table) => {
    const grid: (string | null)[][] = [];
    // Rows of this table only, not of tables nested in its cells.
    const rows = $(table).find("tr").filter((_, tr) => $(tr).closest("table").get(0) === table);
    rows.each((r, tr) => {
      const row = (grid[r] ??= []);
      let c = 0;
      $(tr)
        .children("td, th")
        .each((_, cell) => {
          while (row[c] !== undefined) c++;
          const $cell = $(cell).clone();
          $cell.find("table").remove();
          $cell.find("br").replaceWith("\n");
          $cell.find("p").after("\n");
          const text = $cell.text().replace(/[ \t\u00a0\u3000]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
          const span = (name: string) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt($(cell).attr(name) ?? "1", 10) || 1));
          const [rowSpan, colSpan] = [Math.min(span("rowspan"), rows.length - r), span("colspan")];
          for (let dr = 0; dr < rowSpan; dr++) {
            const target = (grid[r + dr] ??= []);
            for (let dc = 0; dc < colSpan; dc++) target[c + dc] = text || null;
          }
          c += colSpan;
        });
    });
    const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
    sheets.push({ name: `表格${index + 1}`, cells: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)) });
  });
  return sheets;
}
