/** What browser tests share to wait on the page and fill Ant Design forms on a slow machine. */
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Polls until the assertion holds; the browser needs more than expect.poll's default second. */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/**
 * Picks the option of an antd Select (by the field's id) whose label is exactly `text`, typing it
 * first when the select searches, and waits until it shows. A click that lands while the dropdown
 * is still animating can be lost on a busy machine, so the choice is retried a few times.
 */
export async function chooseOption(page: Page, id: string, text: string, options: { search: boolean }) {
  const item = page.locator(".ant-form-item", { has: page.locator(`#${id}`) });
  const shown = () => item.locator(".ant-select").first().innerText().catch(() => "");
  const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  for (let attempt = 0; attempt < 3 && !(await shown()).includes(text); attempt++) {
    await page.locator(`#${id}`).click();
    if (options.search) await page.locator(`#${id}`).fill(text);
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: exact }).first();
    await option.waitFor({ state: "visible", timeout: 10_000 });
    await option.click();
    await page.waitForTimeout(300);
  }
  await eventually(shown).toContain(text);
}

/**
 * Adds options to an antd multiple Select (by the field's id), typing each label to search and
 * clicking the option whose label is exactly it; retried like chooseOption, and closed afterwards.
 */
export async function chooseOptions(page: Page, id: string, texts: readonly string[]) {
  const item = page.locator(".ant-form-item", { has: page.locator(`#${id}`) });
  const chosen = () => item.locator(".ant-select-selection-item").allInnerTexts().catch(() => [] as string[]);
  for (const text of texts) {
    const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    for (let attempt = 0; attempt < 3 && !(await chosen()).some((c) => c.trim() === text); attempt++) {
      await page.locator(`#${id}`).click();
      await page.locator(`#${id}`).fill(text);
      const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: exact }).first();
      await option.waitFor({ state: "visible", timeout: 10_000 });
      await option.click();
      await page.waitForTimeout(300);
    }
    await eventually(async () => (await chosen()).map((c) => c.trim())).toContain(text);
  }
  await page.keyboard.press("Escape");
}

/** Fills the login form (账号, 密码) and submits it. */
export async function signInThroughForm(page: Page, username: string, password: string) {
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.getByTestId("login-submit").click();
}
