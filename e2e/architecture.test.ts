/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on every source file: core imports nothing
 * of ours outside core (and no Node I/O), contract only core, web only contract and core, server no
 * cli or web. A violation names the file and the import.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TOP_LEVEL = ["core", "contract", "server", "cli", "web", "data", "e2e", "bench"];

/** Which of our top-level folders each folder may import from. */
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  contract: ["core", "contract"],
  data: ["core", "data"],
  web: ["web", "contract", "core"],
  server: ["server", "core", "contract", "data"],
};
/** Node's I/O modules, which the pure core must not touch (tests may). */
const NODE_IO = /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|path)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("dependency direction", () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only from ${allowed.join(", ")}`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(ROOT, folder))) {
        // Tests and test support (a `testing/` folder, never imported by product code) may read files.
        const isTest = /\.test\.tsx?$/.test(file) || file.split(/[\\/]/).includes("testing");
        for (const spec of imports(file)) {
          if (spec.startsWith(".")) {
            const target = relative(ROOT, resolve(dirname(file), spec)).split(/[\\/]/)[0] ?? "";
            if (TOP_LEVEL.includes(target) && !allowed.includes(target)) violations.push(`${relative(ROOT, file)} → ${spec}`);
          } else if (folder === "core" && !isTest && NODE_IO.test(spec)) {
            violations.push(`${relative(ROOT, file)} → ${spec} (I/O in core)`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
