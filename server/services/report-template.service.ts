/**
 * The round's spreadsheet for reporters: a template (.xlsx) of the figures asked of them, pre-filled
 * with codes, names, last period's figure, the display unit and any figure already drafted; and its
 * upload back, read as long format (rows left without a 数值 are not reported yet) and saved as drafts
 * through the same checks as the form, all or nothing.
 */
import { LONG_FORMAT_HEADERS, normaliseHeader } from "../../core/reporting/index.ts";
import type { Actor, PlaceTree } from "../../core/access/index.ts";
import type { BatchResponse } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import { writeXlsx } from "../spreadsheets/write-spreadsheet.ts";
import { readLongFormatFile } from "./long-format.service.ts";
import { dateText, requireRound } from "./rounds.service.ts";
import { listAssignments, saveDrafts } from "./submissions.service.ts";

const COLUMNS = [
  { header: "指标", key: "indicator", width: 22 },
  { header: "指标名称", key: "indicatorName", width: 30 },
  { header: "地区", key: "place", width: 12 },
  { header: "地区名称", key: "placeName", width: 16 },
  { header: "期间", key: "period", width: 8 },
  { header: "单位", key: "unit", width: 8 },
  { header: "上期值", key: "previous", width: 12 },
  { header: "数值", key: "value", width: 12 },
  { header: "备注", key: "note", width: 24 },
  { header: "说明", key: "explanation", width: 30 },
];

/** The template of a round for this person (their scope; everything for the office), and its file name. */
export async function roundTemplate(db: Db, actor: Actor, tree: PlaceTree, roundId: number): Promise<{ fileName: string; bytes: Uint8Array }> {
  const round = await requireRound(db, roundId);
  const rows = await listAssignments(db, actor, tree, roundId);
  const bytes = await writeXlsx([
    {
      name: "填报",
      columns: COLUMNS,
      rows: rows.map((a) => {
        const open = a.submission && a.submission.state !== "approved" ? a.submission : null;
        return {
          indicator: a.indicatorCode,
          indicatorName: a.indicatorNameZh,
          place: a.placeCode,
          placeName: a.placeNameZh,
          period: a.period,
          unit: a.displayUnit,
          previous: a.previous?.value ?? null,
          value: open?.displayValue ?? a.approved?.value ?? null,
          note: open?.note ?? null,
          explanation: open?.explanation ?? null,
        };
      }),
      notes: [
        `${round.title}（${round.period}），截止日期 ${dateText(round.due_on)}`,
        "请只填写“数值”列（单位见“单位”列），需要时填写“备注”；与上期相比变化超过 50% 的，请在“说明”列写明原因。",
        "不要修改“指标”“地区”“期间”列；没有数值的行视为尚未填报。上传后保存为草稿，确认无误再提交审核。",
        "Fill in the 数值 (value) column in the unit shown; explain changes of more than 50 % from last period in 说明. Rows without a value are not reported yet.",
      ],
    },
  ]);
  const safeTitle = round.title.replace(/[\\/:*?"<>|\s]+/g, "_");
  return { fileName: `${safeTitle}_${round.period}_填报模板.xlsx`, bytes };
}

/** A data row whose value cell is empty becomes an empty row, which the long-format reader skips (row numbers stay). */
function dropUnfilled(cells: (string | number | null)[][]): (string | number | null)[][] {
  const header = cells[0] ?? [];
  const valueColumn = header.findIndex((h) => typeof h === "string" && LONG_FORMAT_HEADERS.value.includes(normaliseHeader(h)));
  if (valueColumn < 0) return cells;
  return cells.map((row, i) => (i === 0 || (row[valueColumn] !== null && String(row[valueColumn]).trim() !== "") ? row : []));
}

/** Saves an uploaded template (or any long-format file of the round's figures) as the person's drafts. */
export async function uploadRoundFile(db: Db, actor: Actor, tree: PlaceTree, roundId: number, bytes: Uint8Array, fileName: string): Promise<BatchResponse> {
  const read = await readLongFormatFile(db, bytes, fileName, dropUnfilled);
  const entries = read.rows.map((r) => ({ indicatorCode: r.indicatorCode, placeCode: r.placeCode, value: r.value, unit: r.unit, note: r.note, explanation: r.explanation, location: r.location }));
  return saveDrafts(db, actor, tree, roundId, entries, { name: fileName, sha256: read.sha256, readProblems: read.problems });
}

