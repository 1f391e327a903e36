/**
 * Browser test of a reporting round end to end (real server, PGlite in memory, seed data): the office
 * imports last year's city figure on 导入数据 (a bad file first) and opens a round in the drawer for
 * 沙坪坝区, 九龙坡区 and 市科技局 (reporting for the city); the 沙坪坝区 reporter saves one figure in the
 * form (a refused one first), fills the other into the downloaded template and uploads it (a bad file
 * first), and submits; the 沙坪坝区 reviewer returns one with a comment and approves the other, and the
 * reporter sees the comment; 市科技局 reports the city's figure, explaining a large change; the office
 * is told when someone approved a figure before it (409), approves the city's figure, watches 填报进度
 * (and a late round's reminders), and finds the figure on the plan dashboard with its history and
 * roll-up, then withdraws it. Screenshots go to the system temp folder.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOptions, eventually } from "./browser/forms.ts";
import { fillTemplate, longFormatCsv } from "./browser/reporting-files.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { accountFor } from "./testing/api-client.ts";

let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;
let roundId = 0;

const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-reporting-${name}.png`), fullPage: true });
const row = (indicator: string) => page.locator(`[data-testid="report-table"] tr[data-indicator="${indicator}"]`);
const reviewRow = (indicator: string) => page.locator(`[data-testid="review-table"] tr[data-indicator="${indicator}"]`);
const reply = (path: string, method: string) => page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === method);
const openRound = async () => {
  await page.goto(`${server.url}/rounds`);
  await page.locator(`a[data-round="${roundId}"]`).click();
  await page.waitForURL(`**/rounds/${roundId}`);
};

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("a reporting round in the browser", () => {
  it("lets the office import last year's city figure on 导入数据, showing a bad file's errors by row and column", async () => {
    await session.signInAs({ username: "规划处", role: "plan_office" });
    await page.goto(server.url);
    await page.getByRole("link", { name: "填报" }).click();
    await page.getByTestId("open-values-import").click();
    await page.waitForURL("**/values/import");
    expect(await page.getByTestId("import-columns").innerText()).toContain("指标");
    const input = page.locator('[data-testid="values-import-file"] input[type="file"], input[type="file"]').first();
    await input.setInputFiles(longFormatCsv("kechuang-city-bad.csv", [["tech-smes", "500000", 2024, "很多", "家", "年报"]]));
    const errors = page.getByTestId("values-import-errors-table");
    await eventually(() => errors.innerText()).toContain("很多");
    // 工作表 (the CSV's name), 行 2, 列 D, 问题.
    expect((await errors.locator("tbody tr").first().innerText()).replace(/\s+/g, " ")).toMatch(/^kechuang-city-bad 2 D 数值/);
    await shot("import-errors");
    await input.setInputFiles(longFormatCsv("kechuang-city-2024.csv", [["tech-smes", "500000", 2024, 60000, "家", "年报"]]));
    await eventually(() => page.getByTestId("values-import-done").innerText()).toContain("新增 1");
  });

  it("opens a round through the drawer, with a quick way to ask all 38 districts and counties", async () => {
    await page.getByRole("link", { name: "填报" }).click();
    await page.waitForURL("**/rounds");
    await page.getByTestId("open-create-round").click();
    const drawer = page.getByTestId("create-round-drawer");
    await page.getByTestId("add-all-districts").click();
    await eventually(() => drawer.locator(".ant-select-selection-item").allInnerTexts()).toContain("+ 26 ...");
    await drawer.getByRole("button", { name: "取 消" }).click();
    await eventually(() => drawer.isVisible()).toBe(false);
    await page.getByTestId("open-create-round").click();
    await drawer.locator("#title").fill("2025年度创新报表");
    await drawer.locator("#period").fill("2025");
    await drawer.locator("#dueOn").click();
    await drawer.locator("#dueOn").fill("2099-06-30");
    await page.keyboard.press("Enter");
    await chooseOptions(page, "indicatorCodes", ["科技型企业", "全社会研发经费投入"]);
    await chooseOptions(page, "units", ["沙坪坝区", "九龙坡区", "市科技局"]);
    await drawer.locator("#note").fill("请于截止日期前提交");
    await shot("create-round");
    const created = reply("/api/rounds", "POST");
    await page.getByTestId("create-round-submit").click();
    const response = await created;
    expect(response.status()).toBe(201);
    roundId = ((await response.json()) as { id: number }).id;
    expect(response.request().postDataJSON()).toMatchObject({ period: "2025", dueOn: "2099-06-30", indicatorCodes: ["tech-smes", "rd-expenditure"] });
    await page.waitForURL(`**/rounds/${roundId}`);
    await page.goto(`${server.url}/rounds`);
    const listed = page.locator(`tr[data-round-row="${roundId}"]`);
    await eventually(() => listed.innerText()).toContain("2099-06-30");
    expect((await listed.innerText()).replace(/\s+/g, " ")).toMatch(/2025.*填报中.*否 2 3/);
    await shot("rounds");
  });

  it("lets the 沙坪坝区 reporter save one figure in the form, after the server refused a negative one", async () => {
    await session.signInAs({ username: "沙坪坝区填报员", role: "reporter", scopes: [{ kind: "place", code: "500106" }] });
    await openRound();
    await eventually(() => page.locator('[data-testid="report-table"] tr[data-indicator]').count()).toBe(2);
    expect(await row("rd-expenditure").innerText()).toContain("亿元");
    await row("tech-smes").locator("input").first().fill("1200");
    await row("rd-expenditure").locator("input").first().fill("-5");
    const refused = reply(`/api/rounds/${roundId}/drafts`, "PUT");
    await page.getByTestId("save-drafts").click();
    expect((await refused).status()).toBe(422);
    await eventually(() => row("rd-expenditure").getByTestId("row-problem").innerText()).toContain("不能为负数");
    expect(await row("tech-smes").getByTestId("row-problem").count()).toBe(0);
    await shot("form-refused");
    await row("rd-expenditure").locator("input").first().fill("");
    const saved = reply(`/api/rounds/${roundId}/drafts`, "PUT");
    await page.getByTestId("save-drafts").click();
    expect((await saved).status()).toBe(200);
    await eventually(() => row("tech-smes").getByTestId("row-state").innerText()).toBe("草稿");
    expect(await row("rd-expenditure").getByTestId("row-state").innerText()).toBe("未填");
  });

  it("downloads the template, uploads it filled (a bad file's errors first) and submits both figures", async () => {
    const download = page.waitForEvent("download");
    await page.getByTestId("download-template").click();
    const template = await (await download).path();
    const upload = page.locator('[data-testid="my-reports"] input[type="file"]');
    await upload.setInputFiles(await fillTemplate(template, "rd-expenditure", "很多", "kechuang-shapingba-bad.xlsx"));
    const errors = page.getByTestId("upload-errors-table");
    await eventually(() => errors.innerText()).toContain("很多");
    expect((await errors.locator("thead").innerText()).replace(/\s+/g, " ")).toContain("工作表 行 列 问题");
    await shot("upload-errors");
    const uploaded = reply(`/api/rounds/${roundId}/upload`, "POST");
    await upload.setInputFiles(await fillTemplate(template, "rd-expenditure", 12.5, "kechuang-shapingba.xlsx"));
    expect((await uploaded).status()).toBe(200);
    await eventually(() => row("rd-expenditure").getByTestId("row-state").innerText()).toBe("草稿");
    expect(await row("rd-expenditure").locator("input").first().inputValue()).toBe("12.5");
    await page.getByTestId("submit-drafts").click();
    await eventually(() => page.locator(".ant-modal-confirm").innerText()).toContain("提交 2 项数据审核");
    const submitted = reply(`/api/rounds/${roundId}/submit`, "POST");
    await page.getByTestId("confirm-submit").click();
    expect((await submitted).status()).toBe(200);
    await eventually(() => row("rd-expenditure").getByTestId("row-state").innerText()).toBe("已提交");
    expect(await row("tech-smes").locator("input").count()).toBe(0);
    expect(await row("rd-expenditure").getByTestId("row-value").innerText()).toBe("12.5 亿元");
    await shot("submitted");
  });

  it("lets the 沙坪坝区 reviewer return one figure with a comment and approve the other", async () => {
    await session.signInAs({ username: "沙坪坝区审核员", role: "reviewer", scopes: [{ kind: "place", code: "500106" }] });
    await openRound();
    await eventually(() => page.locator('[data-testid="review-table"] tr[data-indicator]').count()).toBe(2);
    expect(await reviewRow("rd-expenditure").innerText()).toContain("12.5 亿元");
    expect(await reviewRow("tech-smes").innerText()).toContain("沙坪坝区填报员");
    await reviewRow("rd-expenditure").getByTestId("return").click();
    await page.getByTestId("return-comment").fill("请按统计快报口径核实");
    await shot("return");
    const returned = reply(`/api/submissions/${await reviewRow("rd-expenditure").getAttribute("data-submission")}/return`, "POST");
    await page.getByTestId("return-ok").click();
    expect((await returned).status()).toBe(200);
    await eventually(() => reviewRow("rd-expenditure").count()).toBe(0);
    await reviewRow("tech-smes").getByTestId("approve").click();
    await eventually(() => reviewRow("tech-smes").count()).toBe(0);
    await eventually(() => page.getByTestId("review-list").innerText()).toContain("没有待审核的数据");
  });

  it("shows the reporter the returned figure with the reviewer's comment, editable again", async () => {
    await session.switchTo("沙坪坝区填报员");
    await openRound();
    await eventually(() => row("rd-expenditure").getByTestId("row-state").innerText()).toBe("已退回");
    expect(await row("rd-expenditure").getByTestId("row-returned").innerText()).toBe("沙坪坝区审核员 退回：请按统计快报口径核实");
    expect(await row("rd-expenditure").locator("input").count()).toBeGreaterThan(0);
    expect(await row("tech-smes").getByTestId("row-state").innerText()).toBe("已通过");
    await shot("returned");
  });

  it("asks 市科技局 to explain a city figure 58 % above last year's before it is saved, and submits it", async () => {
    await session.signInAs({ username: "市科技局填报员", role: "reporter", scopes: [{ kind: "body", code: "cq-science-technology-bureau" }] });
    await openRound();
    await eventually(() => row("tech-smes").innerText()).toContain("60,000 (2024)");
    await row("tech-smes").locator("input").first().fill("95000");
    const refused = reply(`/api/rounds/${roundId}/drafts`, "PUT");
    await page.getByTestId("save-drafts").click();
    expect((await refused).status()).toBe(422);
    await eventually(() => row("tech-smes").getByTestId("row-problem").innerText()).toContain("请核对单位，或填写说明");
    await shot("explanation");
    await row("tech-smes").getByTestId("row-explanation").fill("新认定一批科技型企业");
    await page.getByTestId("submit-drafts").click();
    await eventually(() => page.locator(".ant-modal-confirm").innerText()).toContain("将先保存草稿，再提交 1 项");
    const submitted = reply(`/api/rounds/${roundId}/submit`, "POST");
    await page.getByTestId("confirm-submit").click();
    expect((await submitted).status()).toBe(200);
    await eventually(() => row("tech-smes").getByTestId("row-state").innerText()).toBe("已提交");
  });

  it("shows the office a stale approval's message, then lets it approve the city figure, seeing its change and explanation", async () => {
    const admin = await session.admin();
    const jiulongpo = await accountFor(admin, { username: "九龙坡区填报员", role: "reporter", scopes: [{ kind: "place", code: "500107" }] });
    expect((await jiulongpo.put(`/api/rounds/${roundId}/drafts`, { entries: [{ indicatorCode: "tech-smes", placeCode: "500107", value: 800 }] })).status).toBe(200);
    const [submitted] = (await jiulongpo.post(`/api/rounds/${roundId}/submit`, {})).body as { id: number; version: number }[];
    await session.switchTo("规划处");
    await openRound();
    const city = page.locator('[data-testid="review-table"] tr[data-place="500000"]');
    const district = page.locator('[data-testid="review-table"] tr[data-place="500107"]');
    await eventually(() => district.count()).toBe(1);
    // Someone else approves 九龙坡区's figure first: the office's approval names a stale version.
    expect((await admin.post(`/api/submissions/${submitted!.id}/approve`, { version: submitted!.version })).status).toBe(200);
    const stale = reply(`/api/submissions/${submitted!.id}/approve`, "POST");
    await district.getByTestId("approve").click();
    expect((await stale).status()).toBe(409);
    await eventually(() => page.getByTestId("review-error").innerText()).toContain("该数据已被他人处理或修改");
    await eventually(() => district.count()).toBe(0);
    await shot("review-stale");
    expect(await city.innerText()).toContain("+58.3%");
    expect(await city.innerText()).toContain("新认定一批科技型企业");
    await city.getByTestId("approve").click();
    await eventually(() => city.count()).toBe(0);
  });

  it("shows 填报进度 per unit, with its chart, in Chinese and English", async () => {
    await page.getByRole("tab", { name: "填报进度" }).click();
    const unit = (code: string) => page.locator(`[data-testid="progress-table"] tr[data-unit="${code}"]`);
    await eventually(() => unit("500106").getByTestId("unit-counts").innerText()).toMatch(/^1\s*0\s*0\s*1\s*0$/);
    expect((await unit("500107").getByTestId("unit-counts").innerText()).replace(/\s+/g, " ")).toBe("1 0 0 0 1");
    expect((await unit("cq-science-technology-bureau").innerText()).replace(/\s+/g, " ")).toContain("50%");
    expect(await page.getByTestId("reminders").innerText()).toContain("没有逾期未报的单位");
    await eventually(() => page.getByTestId("progress-chart").locator("canvas").count()).toBe(1);
    await shot("progress");
    await page.getByTestId("lang-switch").click();
    await eventually(() => page.getByTestId("progress-totals").innerText()).toContain("In all: 6 asked, 3 approved");
    expect(await page.getByRole("tab", { name: "Review" }).count()).toBe(1);
    await shot("progress-en");
    await page.getByTestId("lang-switch").click();
  });

  it("flags a round past its due date as 已逾期 and lists whom to remind, with what they owe", async () => {
    const due = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const late = (await (await session.admin()).post("/api/rounds", { title: "2025年度季度补报", period: "2025", dueOn: due, indicatorCodes: ["gdp"], units: [{ kind: "place", code: "500107" }] })).body as { id: number };
    await page.goto(`${server.url}/rounds`);
    await eventually(() => page.locator(`tr[data-round-row="${late.id}"]`).innerText()).toContain("已逾期");
    await page.goto(`${server.url}/rounds/${late.id}?tab=overview`);
    await eventually(() => page.getByTestId("reminders").innerText()).toMatch(/九龙坡区：尚有 1 项未提交，已逾期 [34] 天/);
    expect(await page.locator('[data-testid="progress-table"] tr[data-unit="500107"]').innerText()).toContain("逾期");
    await shot("late");
  });

  it("shows the approved figure on the plan dashboard with its history and roll-up, and withdraws it", async () => {
    await page.goto(`${server.url}/plans/cq-sti-2021-2025`);
    const smes = page.locator('tr[data-indicator="tech-smes"]');
    await eventually(() => smes.innerText()).toContain("95,000 (2025)");
    await smes.click();
    const history = page.getByTestId("value-history");
    await eventually(() => history.innerText()).toContain("95,000 家");
    expect(await history.innerText()).toContain("已通过");
    expect(await history.innerText()).toContain("规划处");
    await eventually(() => page.getByTestId("rollup-line").innerText()).toContain("区县合计 2,000 家，市级数 95,000 家，差额 +93,000 家（2/38 区县已报）");
    await shot("dashboard-history");
    await page.getByTestId("withdraw-value").click();
    await page.getByTestId("withdraw-reason").fill("口径有误，待核实后重报");
    await page.getByTestId("withdraw-ok").click();
    await eventually(() => smes.innerText()).toContain("60,000 (2024)");
    const revisions = (await (await session.admin()).get("/api/values?indicator=tech-smes&place=500000&period=2025")).body as { id: number }[];
    const kept = (await (await session.admin()).get(`/api/values/${revisions[0]!.id}/history`)).body as { status: string; reason: string | null }[];
    expect(kept.map((r) => [r.status, r.reason])).toEqual([["approved", "新认定一批科技型企业"], ["withdrawn", "口径有误，待核实后重报"]]);
    await shot("dashboard-withdrawn");
  });
});
