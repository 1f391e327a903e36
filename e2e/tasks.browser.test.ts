/**
 * 工作体系 in the browser: with 003's tasks drafted and a division table imported (through the API),
 * 市科技局's reporter reports progress on two of its tasks in the round; the office returns one with a
 * comment on 进展审核, the reporter sees it returned; the timeline shows the overdue milestone in red
 * and the supervision list names the body. Screenshots go to the system temp folder.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TaskResponse } from "../contract/tasks.ts";
import { MILESTONE_COLORS } from "../web/src/charts/milestone-timeline.chart.ts";
import { divisionRows, divisionXlsx } from "../server/testing/division-table.ts";
import { eventually } from "./browser/forms.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { accountFor, uploadForm } from "./testing/api-client.ts";

const PLAN = "cq-sti-2021-2025";
const BUREAU = "cq-science-technology-bureau";
let session: BrowserSession;
let page: Page;
let mine: TaskResponse[] = [];

const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-tasks-${name}.png`), fullPage: true });
const tasksPage = () => `${session.server.url}/plans/${PLAN}/tasks`;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ page } = session);
  const office = await accountFor(await session.admin(), { username: "规划处", role: "plan_office" });
  const titles = (await office.post<TaskResponse[]>(`/api/plans/${PLAN}/tasks/draft`)).body.filter((t) => t.level === "section").map((t) => t.title);
  expect((await office.post(`/api/plans/${PLAN}/tasks/import`, uploadForm(await divisionXlsx(divisionRows(titles)), "分工方案.xlsx"))).status).toBe(200);
  const tasks = (await office.get<TaskResponse[]>(`/api/plans/${PLAN}/tasks?limit=1000`)).body;
  mine = tasks.filter((t) => t.bodies.some((b) => b.code === BUREAU && b.role === "lead"));
  expect((await office.post(`/api/tasks/${mine[0]!.id}/milestones`, { dueOn: "2025-03-31", deliverable: "建设方案印发" })).status).toBe(200);
  const round = await office.post("/api/rounds", { title: "年度任务进展", period: "2026", dueOn: "2027-01-31", indicatorCodes: ["tech-smes"], units: [{ kind: "body", code: BUREAU }] });
  expect(round.status).toBe(201);
});

afterAll(async () => {
  await session?.close();
});

describe("tasks and 督办 in the browser", () => {
  it("lets 市科技局's reporter report on two tasks, the office return one, and shows the late milestone in red", { timeout: 300_000 }, async () => {
    await session.signInAs({ username: "市科技局填报员", role: "reporter", scopes: [{ kind: "body", code: BUREAU }] });
    await page.goto(`${session.server.url}/plans/${PLAN}`);
    await page.getByTestId("open-tasks").click();
    await page.waitForURL(`**/plans/${PLAN}/tasks`);
    const rows = page.locator('[data-testid="task-table"] tr[data-task]');
    await eventually(() => rows.count()).toBe(mine.length);
    for (const [n, task] of mine.slice(0, 2).entries()) {
      await page.locator(`[data-testid="task-table"] tr[data-task="${task.id}"] [data-testid="report-progress"]`).click();
      await page.getByTestId("progress-text").fill(n === 0 ? "建设方案已起草，正在征求意见" : "已完成年度任务的一半");
      await page.locator(`input[data-testid="progress-percent"], [data-testid="progress-percent"] input`).first().fill(n === 0 ? "40" : "50");
      await page.getByTestId("progress-submit").click();
      await eventually(() => page.locator(`[data-testid="task-table"] tr[data-task="${task.id}"] [data-review="submitted"]`).count()).toBe(1);
    }
    await shot("reported");

    await session.switchTo("规划处");
    await page.goto(tasksPage());
    await page.getByRole("tab", { name: "进展审核" }).click();
    const returned = page.locator(`[data-testid="progress-review-table"] tr[data-task="${mine[1]!.id}"]`);
    await returned.getByTestId("progress-return").click();
    const comment = page.getByTestId("return-comment");
    await comment.fill("请补充佐证材料");
    // On a busy machine the dialog may still be mounting: the comment must be in before 退回 is pressed.
    await eventually(() => comment.inputValue()).toBe("请补充佐证材料");
    const decided = page.waitForResponse((r) => /\/api\/progress\/\d+\/return$/.test(new URL(r.url()).pathname) && r.request().method() === "POST");
    await page.getByTestId("return-ok").click();
    const reply = await decided;
    expect(reply.status(), await reply.text()).toBe(200);
    await eventually(() => returned.count()).toBe(0);
    await expect(page.locator(`[data-testid="progress-review-table"] tr[data-task="${mine[0]!.id}"]`).count()).resolves.toBe(1);

    await page.getByRole("tab", { name: "节点时间轴" }).click();
    const red = page.locator(`[data-testid="task-timeline"] svg path[fill="${MILESTONE_COLORS.overdue}"]`);
    await eventually(() => red.count()).toBeGreaterThan(0);
    await shot("timeline");
    await page.getByRole("tab", { name: "督办清单" }).click();
    await eventually(() => page.getByTestId("supervision-table").innerText()).toContain("市科技局");
    await page.goto(`${session.server.url}/tasks/${mine[0]!.id}`);
    await eventually(() => page.getByTestId("task-reports").innerText()).toContain("建设方案已起草");
    await shot("task");

    await session.switchTo("市科技局填报员");
    await page.goto(`${session.server.url}/tasks/${mine[1]!.id}`);
    await eventually(() => page.getByTestId("task-reports").innerText()).toContain("请补充佐证材料");
    expect(await page.locator('[data-testid="task-reports"] [data-review="returned"]').count()).toBe(1);
  });
});
