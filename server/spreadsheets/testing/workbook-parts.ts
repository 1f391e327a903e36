/** Test helper: the smallest workbook parts exceljs reads, for zips assembled with handZip. */
import type { HandEntry } from "../../files/testing/hand-zip.ts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook and relationship parts listing the sheets in tab order; sheet i is part sheet`parts[i]`.xml (by default i + 1). */
export function workbookParts(sheetNames: string[], parts: number[] = sheetNames.map((_, i) => i + 1)): HandEntry[] {
  const sheets = sheetNames.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${p}.xml"/>`).join("");
  return [
    { name: "xl/workbook.xml", content: `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${sheets}</sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", content: `<Relationships xmlns="${RELS}">${rels}</Relationships>` },
  ];
}

/** A worksheet part around the given <row> elements. */
export function sheetXml(rows: string): string {
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}
