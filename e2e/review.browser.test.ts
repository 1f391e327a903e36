/**
 * Browser test of importing and reviewing plan documents against the real server (in-process, PGlite
 * in memory, seed data): importing 003 and 000 through the web UI, a refused file, the review screen
 * (highlight ↔ list, accept one target, edit and accept another, reject a third), the 待审核 tag in
 * the plan list, the accepted targets on the plan's dashboard, the 规划衔接 panel, and marking a plan
 * reviewed through the confirmation that rejects what is still pending; importing 003 again warns
 * that plans with its 文号 are stored, and the repeat is withdrawn.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportDocumentResponse } from "../contract/documents.ts";
import type { ReviewResponse, StatementResponse } from "../contract/review.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";

const seed = (name: string) => fileURLToPath(new URL(`../data/seeds/${name}`, import.meta.url));
let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;
const codes = { sti: "", zone: "" };

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-review-${name}.png`), fullPage: false });
const reviewOf = async (code: string) => (await (await session.admin()).get(`/api/plans/${code}/review`)).body as ReviewResponse;
const statementOf = (s: StatementResponse) => page.locator(`tr[data-statement="${s.id}"]`);

async function importFile(path: string): Promise<string> {
  await page.goto(`${server.url}/import`);
  await page.locator('input[type="file"]').setInputFiles(path);
  const posted = page.waitForResponse((r) => r.url().endsWith("/api/documents") && r.request().method() === "POST");
  await page.getByTestId("import-submit").click();
  const response = await posted;
  expect(response.status()).toBe(201);
  // A plan with the same 文号 or title is already stored (the seeds): the warning leads on to the review.
  if (((await response.json()) as ImportDocumentResponse).similar.length > 0) await page.getByTestId("import-continue").click();
  await page.waitForURL("**/review");
  return decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
}

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
  await session.signInAs({ username: "规划处", role: "plan_office" });
});

afterAll(async () => {
  await session?.close();
});

describe("importing and reviewing plan documents in the browser", () => {
  it("refuses an empty file with a message naming it", async () => {
    const empty = join(tmpdir(), "kechuang-empty-plan.txt");
    writeFileSync(empty, "");
    await page.goto(`${server.url}/import`);
    await page.locator('input[type="file"]').setInputFiles(empty);
    await page.getByTestId("import-submit").click();
    await eventually(() => page.getByTestId("import-error").innerText()).toContain("kechuang-empty-plan.txt");
    expect(await page.getByTestId("import-error").innerText()).toContain("文件为空");
  });

  it("imports 003 and 000 and opens their review screens with every statement highlighted", async () => {
    codes.sti = await importFile(seed("003_d7f53db3d6bb61e0.txt"));
    const review = await reviewOf(codes.sti);
    await eventually(() => page.locator("mark[data-statement]").count()).toBeGreaterThan(50);
    expect(await page.getByTestId("plan-status").innerText()).toContain("待审核");
    expect(review.statements.length).toBeGreaterThan(50);
    await shot("003");
    codes.zone = await importFile(seed("000_b0eb32551eef246d.txt"));
    await eventually(() => page.locator("mark[data-statement]").count()).toBeGreaterThan(30);
  });

  it("lists the imported plans with a 待审核 tag linking to their review", async () => {
    await page.goto(server.url);
    await eventually(() => page.locator(`a[data-review="${codes.sti}"]`).innerText()).toContain("待审核");
    expect(await page.locator(`a[data-review="${codes.zone}"]`).count()).toBe(1);
    expect(await page.locator('a[data-review="cq-sti-2021-2025"]').count()).toBe(0);
    await page.locator(`a[data-review="${codes.sti}"]`).click();
    await page.waitForURL(`**/plans/${codes.sti}/review`);
  });

  it("jumps to a chapter from the outline stored at import", async () => {
    const box = page.getByTestId("document-text");
    await eventually(() => page.locator("mark[data-statement]").count()).toBeGreaterThan(50);
    await page.getByTestId("outline-jump").click();
    await page.keyboard.type("第15章");
    await page.locator(".ant-select-dropdown:visible .ant-select-tree-title", { hasText: "第15章" }).first().click();
    await eventually(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(5000);
    await box.evaluate((el) => el.scrollTo({ top: 0 }));
  });

  it("selects a statement from its highlight, accepts one target, edits another and rejects a third", async () => {
    const { statements } = await reviewOf(codes.sti);
    const tech = statements.find((s) => s.type === "target" && s.value === 45000)!;
    const contracts = statements.find((s) => s.type === "target" && s.value === 110000000000)!;
    const other = statements.find((s) => s.type === "target" && s.id !== tech.id && s.id !== contracts.id && s.year === 2025)!;

    await page.locator(`mark[data-statement="${tech.id}"]`).first().click();
    await eventually(() => statementOf(tech).getAttribute("style")).toContain("background");
    await page.getByTestId(`accept-${tech.id}`).click();
    await eventually(() => statementOf(tech).innerText()).toContain("已接受");
    await eventually(() => page.locator(`mark[data-statement="${tech.id}"]`).first().getAttribute("data-state")).toBe("accepted");

    await page.getByTestId(`edit-${contracts.id}`).click();
    const editor = page.getByTestId("statement-editor");
    await editor.locator("#indicatorCode").click();
    await editor.locator("#indicatorCode").fill("技术合同成交额");
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "技术合同成交额" }).first().click();
    await editor.locator("#value").fill("120000000000");
    await page.getByTestId("save-accept").click();
    await eventually(() => statementOf(contracts).innerText()).toContain("已接受");
    expect(await statementOf(contracts).innerText()).toContain("1200亿元");

    await page.getByTestId(`reject-${other.id}`).click();
    await eventually(() => statementOf(other).innerText()).toContain("已驳回");
    await shot("decisions");

    const decisions = (await (await session.admin()).get(`/api/plans/${codes.sti}/decisions`)).body as { action: string; decidedBy: string; statementId: number | null }[];
    expect(decisions.filter((d) => d.statementId !== null).map((d) => [d.action, d.decidedBy])).toEqual([["accept", "规划处"], ["accept", "规划处"], ["reject", "规划处"]]);
    await page.getByTestId("open-decision-log").click();
    const log = page.locator(".ant-drawer:visible .ant-timeline");
    await eventually(() => log.innerText()).toContain(`驳回 #${other.id}`);
    // The import and the three decisions, each in the signed-in person's name.
    expect((await log.innerText()).match(/规划处/g)).toHaveLength(4);
    await page.keyboard.press("Escape");
  });

  it("shows the accepted targets on the plan's dashboard", async () => {
    await page.goto(`${server.url}/plans/${codes.sti}`);
    await eventually(() => page.locator("tr[data-indicator]").count()).toBe(2);
    const smes = await page.locator('tr[data-indicator="tech-smes"]').innerText();
    expect(smes.replace(/\s+/g, " ")).toMatch(/[>≥]45,000 \(2025\)/);
    expect(smes).toContain("已完成");
    expect(await page.locator('tr[data-indicator="tech-contract-value"]').innerText()).toMatch(/[>≥]1,200 \(2025\)/);
    await shot("dashboard");
  });

  it("shows 规划衔接 of the zone's plan against the city's on its dashboard", async () => {
    await page.goto(`${server.url}/plans/cq-hitech-2023-2027`);
    const panel = page.getByTestId("alignment-panel");
    await eventually(() => panel.innerText()).toContain("更积极");
    expect(await panel.innerText()).toContain("重庆高新区是重庆市的一部分");
    await shot("alignment");
  });

  it("asks before marking the zone's plan reviewed and rejects the statements still pending", async () => {
    const pending = (await reviewOf(codes.zone)).statements.filter((s) => s.state === "pending").length;
    expect(pending).toBeGreaterThan(10);
    await page.goto(`${server.url}/plans/${codes.zone}/review`);
    await eventually(() => page.locator("tr[data-statement]").count()).toBeGreaterThan(10);
    await page.getByTestId("complete-review").click();
    const confirm = page.getByTestId("complete-review-confirm");
    await eventually(() => confirm.innerText()).toContain(`将剩余 ${pending} 条语句全部驳回并完成审核`);
    expect(await page.locator(".ant-modal:visible").innerText()).toContain(`还有 ${pending} 条语句待审核`);
    await shot("complete");
    const completed = page.waitForResponse((r) => r.url().endsWith("/review/complete") && r.request().method() === "POST");
    await confirm.click();
    const response = await completed;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ confirm: true, closePending: "reject" });
    await eventually(() => page.getByTestId("plan-status").innerText()).toContain("规划已标记为审核完成");
    expect((await reviewOf(codes.zone)).statements.filter((s) => s.state === "pending")).toEqual([]);
  });

  it("warns that a repeated import has the 文号 of stored plans, and withdraws it", async () => {
    await page.goto(`${server.url}/import`);
    await page.locator('input[type="file"]').setInputFiles(seed("003_d7f53db3d6bb61e0.txt"));
    // The same file gets the same derived code (409); under a code of its own it is stored, and warned of.
    await page.locator("#code").fill("cq-sti-repeat");
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/documents") && r.request().method() === "POST");
    await page.getByTestId("import-submit").click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const repeated = (await response.json()) as ImportDocumentResponse;
    const warning = page.getByTestId("similar-plans");
    await eventually(() => warning.innerText()).toContain("已存在相同文号或标题的规划");
    expect(await warning.locator("a[data-similar]").evaluateAll((links) => links.map((a) => a.getAttribute("data-similar")).sort())).toEqual(["cq-sti-2021-2025", codes.sti].sort());
    expect(await warning.innerText()).toContain("渝府发〔2022〕3号");
    await shot("similar");
    await page.getByTestId("import-withdraw").click();
    await eventually(() => page.getByTestId("import-withdraw-reason").inputValue()).toBe("与已有规划重复");
    const withdrawn = page.waitForResponse((r) => r.url().endsWith(`/api/plans/${repeated.plan.code}/withdraw`));
    await page.getByTestId("import-withdraw-ok").click();
    expect((await withdrawn).status()).toBe(200);
    await eventually(() => page.getByTestId("similar-plans").count()).toBe(0);
    const plans = (await (await session.admin()).get("/api/plans")).body as { code: string }[];
    expect(plans.map((p) => p.code)).not.toContain(repeated.plan.code);
  });
});
