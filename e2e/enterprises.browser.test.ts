/**
 * The 企业库 and 企业培育 pages in the browser, as the plan office: an imported enterprise found by
 * name, its card opened on the 科技型中小企业 assessment with the figures it used and the step to the
 * next band, and the funnel's counts by status and year, table and chart.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCheckCharacter } from "../core/enterprises/credit-code.ts";
import { eventually } from "./browser/forms.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { accountFor, uploadForm } from "./testing/api-client.ts";

let session: BrowserSession;
let page: Page;
const CODE = withCheckCharacter("91500106000000001");
const FILE = [
  "统一社会信用代码,企业名称,区县,年度,职工总数,科技人员数,研发费用(万元),销售收入(万元),成本费用总额(万元),资产总额(万元),实用新型,市科技型企业入库日期",
  `${CODE},重庆甲科技有限公司,沙坪坝区,2025,120,30,165,3000,2800,2500,3,2022-03-01`,
].join("\n");

beforeAll(async () => {
  session = await openBrowserSession();
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("the enterprise registry pages", () => {
  it("finds an enterprise, explains its assessment and shows the funnel", { timeout: 180_000 }, async () => {
    const office = await accountFor(await session.admin(), { username: "企业库规划处", role: "plan_office" });
    expect((await office.send("POST", "/api/enterprises/import", uploadForm(new TextEncoder().encode(FILE), "企业库.csv"))).status).toBe(201);
    await session.signInAs({ username: "企业库浏览", role: "plan_office" });

    await page.goto(`${session.server.url}/enterprises`);
    await page.getByTestId("enterprise-search").locator("input").fill("甲科技");
    await page.getByTestId("enterprise-search").locator("input").press("Enter");
    await eventually(() => page.getByTestId("enterprise-table").innerText()).toContain(CODE);
    await page.getByText("重庆甲科技有限公司").first().click();
    const card = page.getByTestId("enterprise-card");
    await card.getByRole("tab", { name: "科技型中小企业评价" }).click();
    await eventually(() => card.innerText()).toContain("5.5%");
    const text = await card.innerText();
    expect(text).toContain("74 / 100");
    expect(text).toContain("研发费用再增加15万元");
    expect(text).toContain("国科发政〔2017〕115号");

    await page.goto(`${session.server.url}/enterprises/funnel`);
    await eventually(() => page.getByTestId("funnel-counts").innerText()).toContain("重庆市科技型企业");
    expect(await page.getByTestId("funnel-counts").innerText()).toContain("2025");
    await page.getByTestId("funnel-chart").locator("canvas").waitFor();
  });
});
