/**
 * Browser test of the web app against the real server (in-process, PGlite in memory, seed data):
 * plan list → dashboard of the 2021–2025 S&T plan, the language switch, a row's chart, and the
 * 录入数据 form with a rejected and an accepted value; the Excel export and the print layout. Screenshots go to the system temp folder.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { readSheets, rowsOf } from "./testing/table-download.ts";

const planCode = "cq-sti-2021-2025";
let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;

const row = (code: string) => page.locator(`tr[data-indicator="${code}"]`);
const fieldError = (id: string) => page.locator(".ant-form-item", { has: page.locator(`#${id}`) }).locator(".ant-form-item-explain-error");
/** Polls until the assertion holds; the browser needs more than expect.poll's default second. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-${name}.png`), fullPage: true });

/**
 * Picks the option of an antd Select (by the field's id) whose label contains `text`, and waits until
 * it shows. A click that lands while the dropdown is still animating can be lost on a busy machine,
 * so the choice is retried a few times before the assertion speaks.
 */
async function chooseOption(id: string, text: string) {
  const item = page.locator(".ant-form-item", { has: page.locator(`#${id}`) });
  const shown = () => item.locator(".ant-select-content, .ant-select-selection-item").first().innerText().catch(() => "");
  for (let attempt = 0; attempt < 3 && !(await shown()).includes(text); attempt++) {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).fill(text);
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first();
    await option.waitFor({ state: "visible", timeout: 10_000 });
    await option.click();
    await page.waitForTimeout(300);
  }
  await eventually(shown).toContain(text);
}

/** Clicks submit and returns the status of the POST /api/values it sends. */
async function submitValue(): Promise<number> {
  const posted = page.waitForResponse((r) => r.url().endsWith("/api/values") && r.request().method() === "POST");
  await page.getByTestId("submit-value").click();
  return (await posted).status();
}

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
  await session.signInAs({ username: "规划处", role: "plan_office" });
});

afterAll(async () => {
  await session?.close();
});

describe("plan dashboard in the browser", () => {
  it("lists the plans and opens the 2021–2025 plan's dashboard", async () => {
    await page.goto(server.url);
    const link = page.locator(`a[data-plan="${planCode}"]`);
    await eventually(() => link.textContent()).toContain("重庆市科技创新“十四五”规划");
    await shot("plans");
    await link.click();
    await page.waitForURL(`**/plans/${planCode}`);
    await eventually(() => page.locator("tr[data-indicator]").count()).toBe(13);
  });

  it("shows what a reader needs in each row", async () => {
    const smes = (await row("tech-smes").innerText()).replace(/\s+/g, " ");
    expect(smes).toContain("科技型企业");
    expect(smes).toContain("26,371 (2020)");
    expect(smes).toMatch(/[>≥]45,000 \(2025\)/);
    expect(smes).toContain("58,524 (2023)");
    expect(smes).toContain("已完成");

    const contracts = (await row("tech-contract-value").innerText()).replace(/\s+/g, " ");
    expect(contracts).toContain("亿元");
    expect(contracts).toContain("145.7 (2020)");
    expect(contracts).toMatch(/[>≥]1,100 \(2025\)/);
    expect(contracts).toContain("865.1 (2023)");
    expect(contracts).toContain("进展顺利");

    const basic = await row("basic-research-share").innerText();
    expect(basic).toContain("暂无数据");

    // 年均增长>10% with 10 % realised: on track, and the bar measures the growth rate, full.
    const growth = row("rd-expenditure-growth");
    expect((await growth.innerText()).replace(/\s+/g, " ")).toContain("进展顺利");
    expect(await growth.locator("[data-bar]").getAttribute("data-bar")).toBe("rate");
    expect(await growth.locator("[data-bar]").innerText()).toContain("100%");
    expect(await growth.locator("[data-bar]").innerText()).toContain("增速达成");
    expect(await row("tech-smes").locator("[data-bar]").innerText()).toContain("完成度");
    await shot("dashboard-zh");
  });

  it("switches to English", async () => {
    await page.getByTestId("lang-switch").click();
    await eventually(() => row("tech-smes").innerText()).toContain("Achieved");
    expect(await row("tech-contract-value").innerText()).toContain("On track");
    expect(await row("tech-smes").innerText()).toContain("Registered technology-based enterprises");
    // No Chinese left in English mode: units, bars, statuses and the table's headers.
    const han = /[\u4e00-\u9fff]/;
    for (const code of ["tech-contract-value", "tech-smes", "rd-intensity", "rd-expenditure-growth"]) expect(await row(code).innerText()).not.toMatch(han);
    expect(await page.locator(".ant-table-thead").first().innerText()).not.toMatch(han);
    expect(await row("tech-contract-value").innerText()).toContain("100m yuan");
    await shot("dashboard-en");
    await page.getByTestId("lang-switch").click();
    await eventually(() => row("tech-smes").innerText()).toContain("已完成");
  });

  it("expands a row into its chart and the plan's own words", async () => {
    await row("tech-contract-value").click();
    const detail = page.getByTestId("target-detail");
    await eventually(() => detail.locator("canvas").count()).toBeGreaterThan(0);
    expect(await detail.innerText()).toContain("技术合同成交额(亿元)145.71100");
    // 81 % a year from two figures: the model is named, the range given and the extrapolation flagged.
    const text = await detail.innerText();
    expect(text).toContain("复合增长");
    expect(text).toMatch(/1,344\.7–2,836\.6 亿元/);
    expect(await detail.locator('[data-flag="far_extrapolation"]').count()).toBe(1);
    await shot("dashboard-chart");
  });

  it("shows a grid of small charts, one per target", async () => {
    await page.getByText("图表", { exact: true }).click();
    await eventually(() => page.locator(".ant-card canvas").count()).toBe(13);
    await shot("dashboard-grid");
    await page.getByText("表格", { exact: true }).click();
    await eventually(() => page.locator("tr[data-indicator]").count()).toBe(13);
  });

  it("downloads the table as Excel, and prints without navigation or buttons, titled with the plan and date", async () => {
    await page.getByTestId("export-progress").click();
    const download = page.waitForEvent("download");
    await page.getByTestId("export-progress-xlsx").click();
    const rows = rowsOf((await readSheets(readFileSync(await (await download).path()))).get("目标进展")!);
    expect(rows[1]!.slice(0, 3)).toEqual(["指标", "属性", "单位"]);
    expect(rows.slice(2)).toHaveLength(13);
    // 打印 calls window.print() with the document titled for the printed page's header.
    await page.evaluate(() => (window.print = () => void ((window as unknown as { printed: string }).printed = document.title)));
    await page.getByTestId("print-dashboard").click();
    expect(await page.evaluate(() => (window as unknown as { printed: string }).printed)).toMatch(/^重庆市科技创新“十四五”规划.* · 数据截至 \d{4}-\d{2}-\d{2}$/);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("main-nav").isVisible()).toBe(false);
    expect(await page.getByTestId("print-dashboard").isVisible()).toBe(false);
    expect(await page.getByTestId("print-as-of").isVisible()).toBe(true);
    expect(await row("tech-smes").isVisible()).toBe(true);
    await shot("dashboard-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("shows the server's message next to the period field for a wrong period", async () => {
    await page.goto(`${server.url}/values/new`);
    await chooseOption("indicatorCode", "科技型企业");
    await page.locator("#period").fill("2024Q5");
    await page.locator("#value").fill("60000");
    const status = await submitValue();
    expect(status >= 400 && status < 500, `HTTP ${status}`).toBe(true);
    await eventually(() => fieldError("period").innerText()).toContain("期间“2024Q5”格式不正确");
    await shot("form-error");
    await page.getByTestId("lang-switch").click();
    await eventually(() => fieldError("period").innerText()).toContain('period "2024Q5" is not valid');
    await page.getByTestId("lang-switch").click();
  });

  it("records a valid value in 亿元 and shows it on the dashboard", async () => {
    await page.goto(`${server.url}/plans/${planCode}`);
    await eventually(() => row("tech-contract-value").innerText()).toContain("865.1 (2023)");
    await page.getByTestId("open-value-form").click();
    await chooseOption("indicatorCode", "技术合同成交额");
    await page.locator("#period").fill("2024");
    await page.locator("#value").fill("1005.3");
    expect(await submitValue()).toBe(201);
    await eventually(() => row("tech-contract-value").innerText()).toContain("1,005.3 (2024)");
    await shot("dashboard-after-value");
  });

  it("says 需补充基期值 for a 双倍增 target without a baseline and takes the value there", async () => {
    await page.goto(`${server.url}/plans/cq-hitech-2023-2027`);
    const needed = page.getByTestId("baseline-needed");
    await eventually(() => needed.count()).toBe(2);
    expect(await needed.first().innerText()).toContain("需补充基期值");
    await needed.first().getByRole("button").click();
    await page.getByTestId("baseline-value").fill("500");
    await page.getByTestId("baseline-year").fill("2022");
    const saved = page.waitForResponse((r) => r.url().includes("/baseline") && r.request().method() === "PUT");
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    expect((await saved).status()).toBe(200);
    await eventually(() => needed.count()).toBe(1);
    await eventually(() => page.locator(`tr[data-indicator="hitech-enterprises"]`).first().innerText()).toContain("500 (2022)");
    await shot("dashboard-baseline");
  });

  it("shows the app's own page for an unknown address, in either language", async () => {
    await page.goto(`${server.url}/no/such/page`);
    await eventually(() => page.getByTestId("not-found").innerText()).toContain("页面不存在");
    await page.getByTestId("lang-switch").click();
    await eventually(() => page.getByTestId("not-found").innerText()).toContain("Page not found");
    await page.getByTestId("lang-switch").click();
    await page.getByTestId("not-found").getByRole("link").click();
    await page.waitForURL(`${server.url}/`);
  });
});
