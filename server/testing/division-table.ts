/**
 * A made-up task division table (任务分工方案) for tests: 30 rows over the plan's first 30 tasks,
 * bodies written the ways offices write them (short name, full name, 重庆市…, abbreviations, lists
 * joined by 、), deadlines in several forms. `broken` puts in 3 body names the catalogue does not
 * hold and 1 task the plan does not have. Written as .xlsx, an HTML table or a .docx table.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { writeXlsx } from "../spreadsheets/write-spreadsheet.ts";

export const DIVISION_HEADERS = ["序号", "任务", "牵头单位", "配合单位", "完成时限", "年度目标"] as const;
export type DivisionFixtureRow = Record<(typeof DIVISION_HEADERS)[number], string>;

const LEADS = ["市科技局", "重庆市发展和改革委员会", "市教委", "市经信委", "重庆市科技局", "市财政局"];
const COOPERATING = ["市发展改革委、市教委", "市科技局", "", "市人力社保局、市财政局", "市卫生健康委", "市国资委"];
const DEADLINES = ["2025年12月底", "2024年6月30日", "2025年底", "长期坚持", "2023-12-31", "2024年9月"];

/** Where the broken table's four problems are: row numbers count the header as row 1. */
export const BROKEN = { unknownLead: 6, unknownCooperating: 13, unknownLeadToo: 21, unmatchedTask: 28 } as const;

/** The table's rows for these 30 task titles; `broken` puts in the four problems. */
export function divisionRows(titles: readonly string[], broken = false): DivisionFixtureRow[] {
  if (titles.length < 30) throw new Error("the division table needs 30 task titles");
  return titles.slice(0, 30).map((title, i) => {
    const row: DivisionFixtureRow = {
      序号: String(i + 1),
      任务: i % 7 === 3 ? `${i + 1}. ${title}` : title,
      牵头单位: LEADS[i % LEADS.length]!,
      配合单位: COOPERATING[i % COOPERATING.length]!,
      完成时限: DEADLINES[i % DEADLINES.length]!,
      年度目标: i % 5 === 0 ? `${title}取得阶段成效` : "",
    };
    if (!broken) return row;
    const sheetRow = i + 2;
    if (sheetRow === BROKEN.unknownLead) row.牵头单位 = "市科协";
    if (sheetRow === BROKEN.unknownCooperating) row.配合单位 = "市科技局、市大数据发展局";
    if (sheetRow === BROKEN.unknownLeadToo) row.牵头单位 = "市规划自然资源局";
    if (sheetRow === BROKEN.unmatchedTask) row.任务 = "全面优化一流营商环境";
    return row;
  });
}

export const divisionXlsx = (rows: DivisionFixtureRow[]) => writeXlsx([{ name: "任务分工", columns: DIVISION_HEADERS.map((h) => ({ header: h, key: h })), rows }]);

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
export const divisionHtml = (rows: DivisionFixtureRow[]) =>
  Buffer.from(`<!doctype html><html><body><h1>重点任务分工方案</h1><table><tr>${DIVISION_HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr>${rows.map((r) => `<tr>${DIVISION_HEADERS.map((h) => `<td>${escape(r[h])}</td>`).join("")}</tr>`).join("")}</table></body></html>`, "utf8");

export async function divisionDocx(rows: DivisionFixtureRow[]): Promise<Uint8Array> {
  const row = (cells: readonly string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const doc = new Document({ sections: [{ children: [new Paragraph("重点任务分工方案"), new Table({ rows: [row(DIVISION_HEADERS), ...rows.map((r) => row(DIVISION_HEADERS.map((h) => r[h])))] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
