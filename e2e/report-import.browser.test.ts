/**
 * Browser test of importing a government work report through the web UI against the real server
 * (PGlite in memory, seed data): the import says it is a 工作报告 of 2023, the review screen shows
 * kind and year, correcting the year moves the pending statements it dated, an accepted actual
 * becomes a 2022 value, the review completes, and the plan list and dashboard show the report with its year.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportDocumentResponse } from "../contract/documents.ts";
import type { ReviewResponse } from "../contract/review.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";

const REPORT = fileURLToPath(new URL("../fixtures/devset/text/gwr-2023-state-council.txt", import.meta.url));
let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;
let code = "";

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-report-${name}.png`), fullPage: false });
const reviewOf = async () => (await (await session.admin()).get(`/api/plans/${code}/review`)).body as ReviewResponse;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
  await session.signInAs({ username: "规划处", role: "plan_office" });
});

afterAll(async () => {
  await session?.close();
});

describe("importing a government work report in the browser", () => {
  it("imports the report and says it is a 工作报告 of 2023", async () => {
    await page.goto(`${server.url}/import`);
    await page.locator('input[type="file"]').setInputFiles(REPORT);
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/documents") && r.request().method() === "POST");
    await page.getByTestId("import-submit").click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const result = (await response.json()) as ImportDocumentResponse;
    expect(result.plan).toMatchObject({ documentKind: "report", documentYear: 2023 });
    await eventually(() => page.locator(".ant-message").innerText()).toContain("工作报告 · 2023年");
    await page.waitForURL("**/review");
    code = decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
    expect(code).toBe(result.plan.code);
  });

  it("shows kind and year on the review screen, and the report's closing address in the outline", async () => {
    const tag = page.getByTestId("document-kind");
    await eventually(() => tag.innerText()).toContain("工作报告");
    expect(await tag.innerText()).toContain("2023年");
    await eventually(() => page.locator("mark[data-statement]").count()).toBeGreaterThan(50);
    await page.getByTestId("outline-jump").click();
    await eventually(() => page.locator(".ant-select-dropdown:visible .ant-select-tree-title").allInnerTexts()).toEqual(expect.arrayContaining(["一、过去一年和五年工作回顾", "结束语（各位代表！）"]));
    await page.keyboard.press("Escape");
    await shot("review");
  });

  it("corrects the year: the tag follows and the pending statements the report dated move with it", async () => {
    const before = (await reviewOf()).statements;
    await page.getByTestId("classify-open").click();
    const year = page.getByTestId("classify-year");
    await year.fill("2024");
    const patched = page.waitForResponse((r) => r.url().endsWith(`/api/plans/${code}/document`) && r.request().method() === "PATCH");
    await page.getByTestId("classify-ok").click();
    expect((await patched).status()).toBe(200);
    await eventually(() => page.getByTestId("document-kind").innerText()).toContain("2024年");
    const after = new Map((await reviewOf()).statements.map((s) => [s.id, s.year]));
    for (const s of before) if (s.type === "actual" && s.year === 2022) expect(after.get(s.id)).toBe(2023);
    // Back to the recognised year.
    await page.getByTestId("classify-open").click();
    await page.getByTestId("classify-year").fill("2023");
    await page.getByTestId("classify-ok").click();
    await eventually(() => page.getByTestId("document-kind").innerText()).toContain("2023年");
    expect((await reviewOf()).statements.map((s) => s.year)).toEqual(before.map((s) => s.year));
  });

  it("accepts last year's R&D intensity as a 2022 value and completes the review", async () => {
    const { statements } = await reviewOf();
    const rd = statements.find((s) => s.type === "actual" && s.year === 2022 && s.unit === "%" && s.kind === "level" && s.indicatorText.includes("研发经费投入强度"))!;
    expect(rd).toBeDefined();
    await page.locator(`mark[data-statement="${rd.id}"]`).first().click();
    await page.getByTestId(`edit-${rd.id}`).click();
    const editor = page.getByTestId("statement-editor");
    await editor.locator("#indicatorCode").click();
    await editor.locator("#indicatorCode").fill("研发经费");
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "全社会研发经费占地区生产总值的比重" }).first().click();
    await page.getByTestId("save-accept").click();
    await eventually(() => page.locator(`tr[data-statement="${rd.id}"]`).innerText()).toContain("已接受");
    const values = (await (await session.admin()).get("/api/values?indicator=rd-intensity&period=2022")).body as { value: number; source: { start: number; end: number } }[];
    expect(values).toEqual([expect.objectContaining({ value: rd.value, source: expect.objectContaining({ start: rd.start, end: rd.end }) })]);

    await page.getByTestId("complete-review").click();
    const completed = page.waitForResponse((r) => r.url().endsWith("/review/complete") && r.request().method() === "POST");
    await page.getByTestId("complete-review-confirm").click();
    expect((await completed).status()).toBe(200);
    await eventually(() => page.getByTestId("plan-status").innerText()).toContain("规划已标记为审核完成");
    await shot("completed");
  });

  it("lists the report with its kind and year, shown again on its dashboard", async () => {
    await page.goto(server.url);
    const tag = page.getByTestId(`kind-${code}`);
    await eventually(() => tag.innerText()).toBe("工作报告 · 2023年");
    expect(await page.getByTestId("kind-cq-sti-2021-2025").innerText()).toContain("规划");
    await page.locator(`a[data-plan="${code}"]`).click();
    await eventually(() => page.getByTestId("plan-kind").innerText()).toBe("工作报告 · 2023年");
  });
});
