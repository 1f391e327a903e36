/**
 * A browser test's session: the web build, the real server on PGlite in memory, and a zh-CN Chromium
 * page. `signInAs` creates an account through the API and signs the page in as it; a test that
 * signs the administrator in through the login form reads the one-time password from
 * `initialPassword` instead (and then must not use `admin()`, which changes it through the API).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { memoryDatabase } from "../../server/db/test-databases.ts";
import { startServer, type RunningServer } from "../../server/start.ts";
import { accountFor, administratorOf, type ApiClient, type TestAccount, TEST_PASSWORD } from "../testing/api-client.ts";
import { launchChromium } from "./chromium.ts";
import { ensureWebBuild } from "./web-build.ts";

export type BrowserSession = {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The administrator's one-time password, generated at the server's first start. */
  readonly initialPassword: string;
  /** The administrator through the API (password already changed to TEST_PASSWORD). */
  admin(): Promise<ApiClient>;
  /** Creates the account (password TEST_PASSWORD) and signs the page's browser in as it. */
  signInAs(account: TestAccount): Promise<void>;
  /** Signs the page's browser in again as an account `signInAs` created earlier. */
  switchTo(username: string): Promise<void>;
  close(): Promise<void>;
};

/** Builds the web app when stale, starts the server and opens a 1440×900 zh-CN page. */
export async function openBrowserSession(): Promise<BrowserSession> {
  ensureWebBuild();
  let initialPassword = "";
  const server = await startServer({ port: 0, database: memoryDatabase(), onInitialAdministrator: (a) => (initialPassword = a.password) });
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let admin: Promise<ApiClient> | undefined;
  const session: BrowserSession = {
    server,
    browser,
    context,
    page,
    get initialPassword() {
      return initialPassword;
    },
    admin: () => (admin ??= administratorOf(server.url, initialPassword)),
    async signInAs(account) {
      await accountFor(await session.admin(), account);
      await session.switchTo(account.username);
    },
    async switchTo(username) {
      await context.clearCookies();
      const reply = await page.request.post(`${server.url}/api/session`, { data: { username, password: TEST_PASSWORD } });
      if (reply.status() !== 200) throw new Error(`browser sign-in failed: ${reply.status()}`);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  return session;
}
