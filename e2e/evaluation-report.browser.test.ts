/**
 * The 评估报告 page in the browser, as the public reads it: reached from the plan's dashboard, a
 * preview of the 总结评估 with every indicator, one sentence edited in place, and both downloads —
 * the edited sentence is in the downloaded Word file, and the PDF's text names every indicator.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxParts, pdfText, squeeze } from "../server/reports/testing/report-files.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";

let session: BrowserSession;
let page: Page;
const PLAN = "cq-sti-2021-2025";

beforeAll(async () => {
  session = await openBrowserSession();
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("the evaluation report page", () => {
  it("previews the report, takes an edited sentence and downloads it as Word and PDF", { timeout: 300_000 }, async () => {
    const progress = (await (await fetch(`${session.server.url}/api/plans/${PLAN}/progress`)).json()) as { indicator: string }[];
    await page.goto(`${session.server.url}/plans/${PLAN}`);
    await page.getByTestId("open-report").click();
    await page.waitForURL(`**/plans/${PLAN}/report`);
    const preview = page.getByTestId("report-preview");
    await preview.waitFor({ timeout: 120_000 });
    const text = await preview.innerText();
    for (const p of progress) expect(text).toContain(p.indicator);

    const sentence = preview.locator('[data-sentence="overview.counts"]');
    await sentence.click();
    const editor = preview.locator("textarea").first();
    await editor.fill("这是评估人员改写的一句话。");
    await editor.press("Enter");
    await expect.poll(() => sentence.innerText()).toContain("这是评估人员改写的一句话。");

    const docxDownload = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByTestId("report-docx").click();
    const docx = readFileSync((await (await docxDownload).path())!);
    const xml = (await docxParts(docx)).get("word/document.xml")!.toString("utf8");
    expect(xml).toContain("这是评估人员改写的一句话。");
    expect(xml).toContain("<w:tbl>");

    const pdfDownload = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByTestId("report-pdf").click();
    const pdf = squeeze(pdfText(readFileSync((await (await pdfDownload).path())!)));
    expect(pdf).toContain("这是评估人员改写的一句话。");
    for (const p of progress) expect(pdf).toContain(squeeze(p.indicator));
  });
});
