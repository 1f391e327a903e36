/** Division tables read from uploads under the document limits: a .docx bomb, a deeply nested page and an unsupported type are refused naming the file; a real .docx and page give their tables. */
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { docxBomb } from "../files/testing/make-docx.ts";
import { divisionDocx, divisionHtml, divisionRows } from "../testing/division-table.ts";
import { readTables } from "./read-tables.service.ts";

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);
const titles = Array.from({ length: 30 }, (_, i) => `任务${i + 1}`);

describe("readTables", () => {
  it("reads the table of a .docx and of an HTML page", async () => {
    for (const [name, bytes] of [["分工.docx", await divisionDocx(divisionRows(titles))], ["分工.html", divisionHtml(divisionRows(titles))]] as const) {
      const [sheet] = await readTables(name, bytes);
      expect(sheet!.cells).toHaveLength(31);
      expect(sheet!.cells[0]).toEqual(["序号", "任务", "牵头单位", "配合单位", "完成时限", "年度目标"]);
    }
  });

  it("refuses a .docx that inflates past its limit, a page nested too deep and a .pdf, naming the file", async () => {
    const bomb = await refusal(readTables("分工.docx", docxBomb(200), { maxDocxInflatedBytes: 50 * 1024 * 1024 }));
    const deep = await refusal(readTables("分工.html", Buffer.from(`<table><tr><td>${"<div>".repeat(300)}x</td></tr></table>`)));
    const pdf = await refusal(readTables("分工.pdf", Buffer.from("%PDF-1.4")));
    for (const e of [bomb, deep, pdf]) {
      expect(e).toBeInstanceOf(AppError);
      expect([e!.code, e!.field]).toEqual(["validation_failed", "file"]);
      expect(e!.messages.zh).toContain("分工");
    }
  });
});
