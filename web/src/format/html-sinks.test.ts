/**
 * Where text becomes HTML outside React, it goes through escapeHtml: no source of the web app writes
 * raw HTML (innerHTML, dangerouslySetInnerHTML, document.write …), and every chart whose formatter
 * builds an HTML string imports the one helper. The browser test (e2e/hostile-data.browser.test.ts)
 * checks the same on the running app; this names the file at once.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const WEB = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("HTML built from data in the web app", () => {
  const files = sources(WEB).map((path) => ({ path: path.slice(WEB.length), text: readFileSync(path, "utf8") }));

  it("never writes raw HTML into the page", () => {
    const raw = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/;
    expect(files.filter((f) => raw.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("escapes through escapeHtml in every chart whose formatter builds HTML", () => {
    const buildsHtml = files.filter((f) => /formatter\s*:/.test(f.text) && /<br\s*\/?>|`<|"<[a-z]/i.test(f.text));
    expect(buildsHtml.length).toBeGreaterThan(0);
    expect(buildsHtml.filter((f) => !/import \{[^}]*\bescapeHtml\b[^}]*\} from "[^"]*escape-html\.ts"/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
