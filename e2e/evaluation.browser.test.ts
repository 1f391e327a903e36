/**
 * Browser test of the evaluation page against the real server (in-process, PGlite in memory, seeded
 * templates): the district index opens with its sample-data banner and 38 ranked places, one weight
 * changed in the builder recomputes the ranking through the API (and the exported ranking), the sensitivity panel shows its chart
 * and the rank shift of dropping each dimension, a 5,000-run rank-interval job waits, is cancelled
 * from the page, then runs with its progress shown, and a place's explanation opens.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";

// One analysis worker, so a job started first makes the page's job wait (the test relies on it).
process.env.KECHUANG_ANALYSIS_WORKERS = "1";
// The blocking job must outlast the test's clicks; a replication takes a fraction of a millisecond.
process.env.KECHUANG_MAX_REPLICATIONS = "200000";

let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-${name}.png`), fullPage: true });
const rows = () => page.locator("[data-testid=ranking-table] tr[data-unit]");
const scores = () => page.locator("[data-testid=ranking-table] tr[data-unit] [data-testid=score]").allInnerTexts();

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
  await page.setViewportSize({ width: 1440, height: 1000 });
  // Indices are internal: the plan office builds and reads them.
  await session.signInAs({ username: "规划处", role: "plan_office" });
});

afterAll(async () => {
  await session?.close();
});

describe("evaluation page in the browser", () => {
  it("opens from the navigation with the district index, its sample banner and 38 places", async () => {
    await page.goto(server.url);
    await page.getByRole("link", { name: "评价排名" }).click();
    await eventually(() => page.getByTestId("sample-banner").innerText()).toContain("示例数据");
    await eventually(() => rows().count()).toBe(38);
    await eventually(() => page.getByTestId("rank-interval-chart").locator("canvas").count()).toBeGreaterThan(0);
    await shot("evaluation");
  });

  it("recomputes the ranking when one weight changes in the builder", async () => {
    const before = await scores();
    const order = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-unit")));
    const recomputed = page.waitForResponse((r) => r.url().endsWith("/compute") && r.request().method() === "POST" && (r.request().postData() ?? "").includes('"weight":10'));
    // antd puts the test id on the input itself or on its wrapper, depending on the version.
    const weight = page.locator("input[data-testid=weight-output], [data-testid=weight-output] input").first();
    await weight.fill("10");
    await weight.press("Tab");
    expect((await recomputed).status()).toBe(200);
    await eventually(async () => JSON.stringify(await scores())).not.toBe(JSON.stringify(before));
    const after = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-unit")));
    expect(after).not.toEqual(order);
    await shot("evaluation-weight");
    // 导出 → 排名 (CSV): the file ranks the edited draft, as the screen does, not the stored index.
    await page.getByRole("button", { name: "导出" }).hover();
    const download = page.waitForEvent("download");
    await page.getByTestId("export-ranking-csv").click();
    const bytes = readFileSync(await (await download).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").split("\r\n");
    expect(lines[0]).toContain("创新投入");
    expect(lines.slice(1, 39).map((line) => line.split(",")[1])).toEqual(after);
  });

  it("shows sensitivity indices per method choice and the rank shift of dropping each of the four dimensions", async () => {
    await eventually(() => page.getByTestId("sensitivity-chart").locator("canvas").count()).toBeGreaterThan(0);
    await eventually(() => page.locator("[data-testid=drop-table] tbody tr.ant-table-row").count()).toBe(4);
    const text = await page.getByTestId("sensitivity").innerText();
    expect(text).toContain("排名平均变动");
    expect(text).toContain("略小于 0");
    await shot("evaluation-sensitivity");
  });

  it("queues a 5,000-run analysis behind another, cancels it, then runs it to the end", async () => {
    // Another analysis of the same person holds the one worker, so the page's job waits, for sure.
    const { csrfToken } = await (await page.request.get(`${server.url}/api/session`)).json();
    const write = { headers: { "x-csrf-token": csrfToken, origin: server.url } };
    const blocker = await (await page.request.post(`${server.url}/api/indices/cq-district-innovation/uncertainty/jobs`, { ...write, data: { replications: 200_000, seed: 9 } })).json();
    const pick = async (n: string) => {
      await page.getByTestId("replications").click();
      await page.locator(".ant-select-item-option:visible", { hasText: new RegExp(`^${n}$`) }).click();
    };
    await pick("5000");
    await eventually(() => page.getByTestId("intervals-progress-count").innerText()).toBe("排队中（共 5000 次）");
    await shot("evaluation-job-queued");
    const cancelled = page.waitForResponse((r) => r.url().includes("/api/analysis-jobs/") && r.request().method() === "DELETE");
    await page.getByTestId("intervals-progress-cancel").click();
    expect((await cancelled).status()).toBe(200);
    await eventually(() => page.getByTestId("intervals-progress-cancelled").innerText()).toBe("已取消（完成 0/5000 次）");
    // The 200-run chart from before stays.
    expect(await page.getByTestId("rank-interval-chart").locator("canvas").count()).toBeGreaterThan(0);
    expect((await page.request.delete(`${server.url}/api/analysis-jobs/${blocker.id}`, write)).status()).toBe(200);

    await pick("1000");
    await pick("5000");
    // 5,000 replications take about a second: the progress may be gone before a poll sees it.
    await eventually(() => page.getByTestId("intervals-progress").count()).toBe(0);
    expect(await page.getByTestId("intervals-progress-cancelled").count()).toBe(0);
    await eventually(() => page.getByTestId("rank-interval-chart").locator("canvas").count()).toBeGreaterThan(0);
    expect(await page.getByText("蒙特卡洛 5000 次").count()).toBeGreaterThan(0);
  });

  it("explains a place's score with contribution bars", async () => {
    await rows().first().click();
    await eventually(() => page.getByTestId("explanation").innerText()).toContain("排名第 1");
    await eventually(() => page.getByTestId("contribution-chart").locator("canvas").count()).toBeGreaterThan(0);
  });
});
