/** Builds the web app into dist/web for browser tests, unless the build is newer than every file of web/. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `vite build` when dist/web is missing or older than its sources (web/, contract/, core/). */
export function ensureWebBuild(): void {
  const built = join(repo, "dist/web/index.html");
  const sources = ["web", "contract", "core"].map((d) => newestMtime(join(repo, d)));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources)) return;
  execFileSync(process.execPath, [join(repo, "node_modules/vite/bin/vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: repo,
    stdio: "inherit",
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: "production" },
  });
}
