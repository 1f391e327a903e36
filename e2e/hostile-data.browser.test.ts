/**
 * Browser test of stored script payloads (real server, PGlite in memory, seed data): a place name, an
 * indicator name, an index node name, a plan title, a statement in an imported document, a value's
 * note, a round's title and a person's name carry `<img src=x onerror=…>` and `<script>…</script>`.
 * Every page that shows them — plans, a plan's dashboard and a figure's detail, the review screen,
 * evaluation with its charts, rounds and their progress chart, a plan's tasks with their timeline and
 * a task's page (a task title and a milestone), the audit log, accounts — is visited
 * and its charts hovered so their tooltips render: no script runs (window.__xss stays unset, no dialog
 * opens), no element is made from the payload, the payload reads as text, and the browser reports no
 * Content-Security-Policy violation (so the app itself runs under the policy).
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { eventually } from "./browser/forms.ts";
import type { ApiClient } from "./testing/api-client.ts";

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = "<script>window.__xss=1</script>";
const PLAN = "cq-sti-2021-2025";
const SHAPINGBA = "500106";

let session: BrowserSession;
let page: Page;
let url = "";
let admin: ApiClient;
let importedPlan = "";
let roundId = 0;
let indexCode = "";
let taskId = 0;
const dialogs: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-xss-${name}.png`), fullPage: true });

/** Nothing the payloads could have done happened on the page so far. */
async function expectNoScriptRan(where: string) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent?.includes("__xss")).length,
    violations: (window as unknown as { __csp: string[] }).__csp,
  }));
  expect(state, `${where}: ${JSON.stringify(state)}`).toEqual({ xss: undefined, images: 0, scripts: 0, violations: [] });
  expect(dialogs, where).toEqual([]);
}

/** The page's visible text, once it holds `text`. */
async function expectText(text: string) {
  await eventually(() => page.locator("body").innerText()).toContain(text);
}

/**
 * Sweeps the mouse down the middle of the chart and across it, a few pixels at a time, so every row's
 * and every column's tooltip renders (the charts' tooltips follow the axis); returns their text.
 */
async function hover(testId: string): Promise<string> {
  const chart = page.getByTestId(testId).first();
  await eventually(() => chart.locator("canvas").count()).toBeGreaterThan(0);
  const box = (await chart.boundingBox())!;
  const points = [
    ...Array.from({ length: Math.ceil(box.height / 6) }, (_, i) => ({ x: box.width * 0.6, y: i * 6 + 1 })),
    ...Array.from({ length: Math.ceil(box.width / 12) }, (_, i) => ({ x: i * 12 + 1, y: box.height * 0.5 })),
  ];
  let seen = "";
  for (const position of points) {
    await chart.hover({ position, force: true });
    seen += `\n${await chart.innerText()}`;
  }
  await page.mouse.move(0, 0);
  return seen;
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  url = session.server.url;
  const db = session.server.db;
  admin = await session.admin();
  // Tasks first: drafting writes one audit entry per task, and the payloads' entries must stay on the audit log's first page.
  expect((await admin.post(`/api/plans/${PLAN}/tasks/draft`)).status).toBe(200);
  taskId = (await db.selectFrom("tasks").select("id").where("plan_code", "=", PLAN).where("outline_key", "=", "c2.s1").executeTakeFirstOrThrow()).id;
  await sql`UPDATE tasks SET title = title || ${SCRIPT} WHERE id = ${taskId}`.execute(db);
  expect((await admin.post(`/api/tasks/${taskId}/milestones`, { dueOn: "2025-03-31", deliverable: `成果${IMG}` })).status).toBe(200);


  // Stored through the database where the product has no form for it (places, indicators, seed plans, sample data).
  await sql`UPDATE places SET name_zh = name_zh || ${IMG} WHERE code = ${SHAPINGBA}`.execute(db);
  await sql`UPDATE index_datasets SET rows = replace(rows::text, '"沙坪坝区"', to_jsonb(${`沙坪坝区${IMG}`}::text)::text)::jsonb`.execute(db);
  await sql`UPDATE indicators SET name_zh = name_zh || ${SCRIPT} WHERE code = 'tech-smes'`.execute(db);
  await sql`UPDATE plans SET title_zh = title_zh || ${SCRIPT} WHERE code = ${PLAN}`.execute(db);

  // Stored through the API, as a person would.
  const office = await admin.post("/api/users", { username: "规划处", displayName: `规划处${IMG}`, role: "plan_office", scopes: [], password: "correct-horse-battery-staple", mustChangePassword: false });
  expect(office.status).toBe(201);
  const value = await admin.post("/api/values", { indicatorCode: "tech-smes", period: "2024", value: 60000, note: `快报${IMG}` });
  expect(value.status, JSON.stringify(value.body)).toBe(201);
  const planText = `重庆市${SCRIPT}科技创新行动方案（2024—2027年）\n\n一、主要目标\n到2027年，全市科技型企业${IMG}达到6万家，高新技术企业达到1.2万家。\n`;
  const imported = await admin.post("/api/documents", { fileName: `方案${IMG}.txt`, contentBase64: Buffer.from(planText).toString("base64"), code: "xss-plan" });
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  importedPlan = imported.body.plan?.code ?? "xss-plan";
  const round = await admin.post("/api/rounds", { title: `2025年度报表${SCRIPT}`, period: "2025", dueOn: "2027-03-31", indicatorCodes: ["tech-smes"], units: [{ kind: "place", code: SHAPINGBA }] });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  roundId = round.body.id;
  indexCode = (await admin.get("/api/indices")).body[0].code;
  const definition = (await admin.get(`/api/indices/${indexCode}`)).body;
  const dimension = definition.nodes.find((n: { type: string; level: number }) => n.type !== "Indicator" && n.level === 2);
  const nodes = definition.nodes.map((n: { code: string; nameZh: string }) => (n.code === dimension.code ? { ...n, nameZh: `${n.nameZh}${IMG}` } : n));
  const saved = await admin.put(`/api/indices/${indexCode}`, { code: indexCode, nameZh: definition.nameZh, nameEn: definition.nameEn, years: definition.years, nodes, pipeline: definition.pipeline, placeKinds: definition.placeKinds, placeCodes: definition.placeCodes, dataSource: definition.dataSource });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);

  await session.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await session.switchTo("admin");
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe("stored script payloads in the browser", () => {
  it("serves every page with a CSP that allows only the app's own scripts, and the app runs under it", async () => {
    const response = await page.goto(url);
    const csp = (await response!.allHeaders())["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    await eventually(() => page.locator(`a[data-plan="${PLAN}"]`).count()).toBe(1);
    await expectNoScriptRan("plans");
  });

  it("shows a plan title with a payload as text on the plan list and its dashboard", async () => {
    await eventually(() => page.locator(`a[data-plan="${PLAN}"]`).innerText()).toContain(SCRIPT);
    await page.locator(`a[data-plan="${PLAN}"]`).click();
    await page.waitForURL(`**/plans/${PLAN}`);
    await eventually(() => page.locator("tr[data-indicator]").count()).toBe(13);
    await expectText(SCRIPT);
    await expectText(`科技型企业${SCRIPT}`);
    await expectNoScriptRan("dashboard");
  });

  it("shows an indicator name and a value's note as text in a figure's detail, and its chart's tooltip runs nothing", async () => {
    await page.locator('tr[data-indicator="tech-smes"]').click();
    const detail = page.getByTestId("target-detail");
    await eventually(() => detail.locator("canvas").count()).toBeGreaterThan(0);
    await expectText(`快报${IMG}`);
    await hover("target-chart");
    await expectNoScriptRan("target detail");
    await shot("dashboard");
  });

  it("shows an imported document's title and statement with payloads as text on the review screen", async () => {
    await page.goto(`${url}/plans/${importedPlan}/review`);
    await expectText(`全市科技型企业${IMG}达到6万家`);
    await expectText(SCRIPT);
    await expectNoScriptRan("review");
    await shot("review");
  });

  it("shows a place and an index node with payloads as text in the ranking and in every evaluation chart's tooltip", async () => {
    await page.goto(`${url}/evaluation`);
    await eventually(() => page.locator("[data-testid=ranking-table] tr[data-unit]").count()).toBe(38);
    await expectText(`沙坪坝区${IMG}`);
    const intervals = await hover("rank-interval-chart");
    expect(intervals).toContain(`沙坪坝区${IMG}`);
    await hover("sensitivity-chart");
    await page.locator(`[data-testid=ranking-table] tr[data-unit="${SHAPINGBA}"]`).click();
    await eventually(() => page.getByTestId("contribution-chart").locator("canvas").count()).toBeGreaterThan(0);
    const contributions = await hover("contribution-chart");
    expect(contributions).toContain(IMG);
    await expectNoScriptRan("evaluation");
    await shot("evaluation");
  });

  it("shows a round title and a place with payloads as text on the rounds pages and in the progress chart's tooltip", async () => {
    await page.goto(`${url}/rounds`);
    await expectText(`2025年度报表${SCRIPT}`);
    await page.goto(`${url}/rounds/${roundId}?tab=overview`);
    await expectText(`2025年度报表${SCRIPT}`);
    const tooltips = await hover("progress-chart");
    expect(tooltips).toContain(`沙坪坝区${IMG}`);
    await expectNoScriptRan("round");
    await shot("round");
  });

  it("shows a task title and a milestone with payloads as text on 任务与督办, in the timeline's tooltip and on the task's page", async () => {
    await page.goto(`${url}/plans/${PLAN}/tasks`);
    await expectText(`高定位建设成渝综合性科学中心${SCRIPT}`);
    await page.getByRole("tab", { name: "节点时间轴" }).click();
    const chart = page.getByTestId("task-timeline");
    const diamonds = chart.locator('svg path[fill="#f5222d"]');
    await eventually(() => diamonds.count()).toBeGreaterThan(0);
    let tooltips = "";
    // The chart redraws on hover, so each diamond is found again; the legend's icon is one of them.
    for (let i = 0; i < (await diamonds.count()); i++) {
      await diamonds.nth(i).hover({ force: true, timeout: 5_000 }).catch(() => undefined);
      tooltips += await chart.innerText();
    }
    expect(tooltips).toContain(`成果${IMG}`);
    await expectNoScriptRan("tasks");
    await page.goto(`${url}/tasks/${taskId}`);
    await expectText(`成果${IMG}`);
    await expectText(SCRIPT);
    await expectNoScriptRan("task");
    await shot("tasks");
  });

  it("shows the payloads as text in the audit log and the accounts list", async () => {
    await page.goto(`${url}/audit`);
    await eventually(() => page.getByTestId("audit-table").locator("tr").count()).toBeGreaterThan(2);
    await expectText(IMG);
    await expectNoScriptRan("audit");
    await page.goto(`${url}/admin/users`);
    await expectText(`规划处${IMG}`);
    await expectNoScriptRan("accounts");
    await shot("accounts");
  });
});
