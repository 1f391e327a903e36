/** A browser test's session: the web build, the real server on PGlite in memory, and a zh-CN Chromium page. */
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../server/start.ts";
import { launchChromium } from "./chromium.ts";
import { ensureWebBuild } from "./web-build.ts";

export type BrowserSession = { server: RunningServer; browser: Browser; page: Page; close(): Promise<void> };

/** Builds the web app when stale, starts the server and opens a 1440×900 zh-CN page. */
export async function openBrowserSession(): Promise<BrowserSession> {
  ensureWebBuild();
  const server = await startServer({ port: 0, database: { kind: "pglite-memory" } });
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
