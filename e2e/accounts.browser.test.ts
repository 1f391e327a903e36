/**
 * Browser test of people and permissions against the real server (in-process, PGlite in memory, seed
 * data): the public reads published plans but sees nothing internal and is asked to sign in; the
 * administrator signs in through the login form with the one-time password, is made to change it,
 * creates a reporter for 沙坪坝区 in 账号管理, renames it with a reason that 操作记录 then shows as
 * before → after, and signs out; a wrong password shows the server's message, and so does the
 * throttle after five failures in a row; the reporter signs in and sees neither import, accounts
 * nor data entry, and the review screen of an imported plan without decision buttons. Screenshots
 * go to the system temp folder.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, eventually, signInThroughForm } from "./browser/forms.ts";
import { openBrowserSession, type BrowserSession } from "./browser/session.ts";
import { ApiClient } from "./testing/api-client.ts";

const planCode = "cq-sti-2021-2025";
const ADMIN_PASSWORD = "kechuang-admin-2025";
const REPORTER = "shapingba-reporter";
let session: BrowserSession;
let server: BrowserSession["server"];
let page: Page;
let reporterPassword = "";

const shot = (name: string) => page.screenshot({ path: join(tmpdir(), `kechuang-accounts-${name}.png`), fullPage: false });
const navText = () => page.getByTestId("main-nav").innerText();
const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../data/seeds/${name}`, import.meta.url)));

beforeAll(async () => {
  session = await openBrowserSession();
  ({ server, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("people and permissions in the browser", () => {
  it("shows the public the published plans and a dashboard, but nothing internal", async () => {
    await page.goto(server.url);
    await eventually(() => page.locator(`a[data-plan="${planCode}"]`).textContent()).toContain("重庆市科技创新“十四五”规划");
    await eventually(() => page.getByTestId("header-sign-in").innerText()).toContain("登");
    const nav = await navText();
    for (const hidden of ["录入数据", "导入规划", "评价排名", "账号管理", "操作记录"]) expect(nav).not.toContain(hidden);
    expect(await page.getByTestId("open-import").count()).toBe(0);
    await shot("public-plans");

    await page.locator(`a[data-plan="${planCode}"]`).click();
    await eventually(() => page.locator("tr[data-indicator]").count()).toBe(13);
    expect(await page.getByTestId("open-value-form").count()).toBe(0);
    expect(await page.getByTestId("open-review").count()).toBe(0);
    expect(await page.getByTestId("alignment-panel").count()).toBe(0);
  });

  it("asks the public to sign in on the evaluation page", async () => {
    await page.goto(`${server.url}/evaluation`);
    await eventually(() => page.getByTestId("sign-in-card").innerText()).toContain("请先登录");
    await shot("public-evaluation");
  });

  it("signs the administrator in through the form with the one-time password and makes them change it", async () => {
    await page.getByTestId("sign-in-card-button").click();
    await page.waitForURL("**/login?next=%2Fevaluation");
    await shot("login");
    await signInThroughForm(page, "admin", session.initialPassword);
    await page.waitForURL("**/account/password?next=%2Fevaluation");
    await eventually(() => page.getByTestId("must-change-password").innerText()).toContain("首次登录请修改初始密码");
    // Every other page leads back here until the password is changed.
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL("**/account/password?next=%2Fadmin%2Fusers");
    await eventually(() => page.getByTestId("must-change-password").count()).toBe(1);
    await shot("must-change-password");

    await page.locator("#currentPassword").fill(session.initialPassword);
    await page.locator("#newPassword").fill(ADMIN_PASSWORD);
    await page.locator("#repeat").fill(ADMIN_PASSWORD);
    await page.getByTestId("password-submit").click();
    await page.waitForURL("**/admin/users");
    await eventually(() => page.getByTestId("users-table").innerText()).toContain("admin");
    expect(await page.getByTestId("user-role").innerText()).toBe("系统管理员");
    await page.getByTestId("user-menu").click();
    await eventually(() => page.getByTestId("menu-sign-out").isVisible()).toBe(true);
    await shot("header-menu");
    await page.getByTestId("user-menu").click();
  });

  it("creates a reporter for 沙坪坝区 in 账号管理 with a generated password", async () => {
    await page.goto(server.url);
    await page.getByRole("link", { name: "账号管理" }).click();
    await page.waitForURL("**/admin/users");
    await page.getByTestId("open-create-user").click();
    const drawer = page.getByTestId("create-user-drawer");
    await drawer.locator("#username").waitFor({ state: "visible" });
    await drawer.locator("#username").fill(REPORTER);
    await drawer.locator("#displayName").fill("沙坪坝区填报员");
    await chooseOption(page, "role", "填报员", { search: false });
    await chooseOption(page, "scopes", "沙坪坝区", { search: true });
    await drawer.locator("#displayName").click();
    await page.getByTestId("generate-password").click();
    reporterPassword = (await page.getByTestId("generated-password").innerText()).trim();
    expect(reporterPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(await drawer.locator("#password").inputValue()).toBe(reporterPassword);
    await page.getByTestId("must-change-checkbox").uncheck();
    await shot("create-user");

    const created = page.waitForResponse((r) => r.url().endsWith("/api/users") && r.request().method() === "POST");
    await page.getByTestId("create-user-submit").click();
    expect((await created).status()).toBe(201);
    const row = page.locator(`tr[data-username="${REPORTER}"]`);
    await eventually(() => row.innerText()).toContain("沙坪坝区");
    expect(await row.innerText()).toContain("填报员");
    expect(await row.innerText()).toContain("启用");
    await shot("users");
  });

  it("records a change of the account with its reason and shows it in 操作记录 as before → after", async () => {
    await page.getByTestId(`edit-user-${REPORTER}`).click();
    const drawer = page.getByTestId("edit-user-drawer");
    await eventually(() => drawer.locator("#displayName").inputValue()).toBe("沙坪坝区填报员");
    await drawer.locator("#displayName").fill("沙坪坝区填报员（张三）");
    await drawer.locator("#reason").fill("岗位调整");
    const changed = page.waitForResponse((r) => /\/api\/users\/\d+$/.test(r.url()) && r.request().method() === "PATCH");
    await page.getByTestId("edit-user-submit").click();
    expect((await changed).status()).toBe(200);
    await eventually(() => page.locator(`tr[data-username="${REPORTER}"]`).innerText()).toContain("（张三）");

    await page.locator(`tr[data-username="${REPORTER}"]`).getByRole("link", { name: "操作记录" }).click();
    await page.waitForURL("**/audit?entity=account&entityId=*");
    const rows = page.locator("[data-testid=audit-table] tr[data-audit]");
    await eventually(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain("岗位调整");
    expect(await rows.nth(0).innerText()).toContain("修改");
    expect(await rows.nth(1).innerText()).toContain("新建");
    await rows.nth(0).locator(".ant-table-row-expand-icon").click();
    const changes = page.locator("[data-testid^=audit-changes-]").first();
    await eventually(() => changes.innerText()).toContain("沙坪坝区填报员（张三）");
    // Only the changed field, in words.
    expect(await changes.locator("tbody tr.ant-table-row").count()).toBe(1);
    expect(await changes.innerText()).toContain("姓名");
    await shot("audit");
  });

  it("signs out from the header menu", async () => {
    await page.getByTestId("user-menu").click();
    await page.getByTestId("menu-sign-out").click();
    await page.waitForURL(`${server.url}/`);
    await eventually(() => page.getByTestId("header-sign-in").count()).toBe(1);
    expect(await navText()).not.toContain("账号管理");
  });

  it("shows the server's message for a wrong password, and its throttle after five in a row", async () => {
    await page.getByTestId("header-sign-in").click();
    await page.waitForURL("**/login");
    await signInThroughForm(page, REPORTER, "not-the-password");
    await eventually(() => page.getByTestId("login-error").innerText()).toContain("账号或密码不正确");
    await shot("login-error");
    // Another name, so that the reporter is not the one locked out.
    for (let attempt = 1; attempt <= 6; attempt++) {
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/session") && r.request().method() === "POST");
      await signInThroughForm(page, "nobody-here", `wrong-${attempt}`);
      expect((await answered).status()).toBe(attempt <= 5 ? 401 : 429);
    }
    await eventually(() => page.getByTestId("login-error").innerText()).toContain("登录失败次数过多");
  });

  it("lets the reporter in without import, accounts or data entry, and shows a review without decisions", async () => {
    // A plan document under review, imported by the administrator through the API.
    const admin = await new ApiClient(server.url).signIn("admin", ADMIN_PASSWORD);
    const imported = await admin.post("/api/documents", { fileName: "000_b0eb32551eef246d.txt", contentBase64: seed("000_b0eb32551eef246d.txt").toString("base64") });
    expect(imported.status).toBe(201);
    const code: string = imported.body.plan.code;

    await signInThroughForm(page, REPORTER, reporterPassword);
    await page.waitForURL(`${server.url}/`);
    await eventually(() => page.getByTestId("user-role").innerText()).toBe("填报员");
    const nav = await navText();
    for (const shown of ["规划列表", "评价排名", "操作记录"]) expect(nav).toContain(shown);
    for (const hidden of ["录入数据", "导入规划", "账号管理"]) expect(nav).not.toContain(hidden);
    expect(await page.getByTestId("open-import").count()).toBe(0);
    await eventually(() => page.locator(`a[data-plan="${code}"]`).count()).toBe(1);
    expect(await page.locator(`a[data-review="${code}"]`).count()).toBe(0);
    await shot("reporter-plans");

    await page.goto(`${server.url}/plans/${code}/review`);
    await eventually(() => page.locator("mark[data-statement]").count()).toBeGreaterThan(10);
    await eventually(() => page.locator("tr[data-statement]").count()).toBeGreaterThan(10);
    expect(await page.locator('[data-testid^="accept-"], [data-testid^="reject-"], [data-testid^="edit-"], [data-testid^="merge-"]').count()).toBe(0);
    expect(await page.getByTestId("complete-review").count()).toBe(0);
    await shot("reporter-review");

    await page.goto(`${server.url}/admin/users`);
    await eventually(() => page.getByTestId("forbidden-card").innerText()).toContain("无权访问");
  });
});
