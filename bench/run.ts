/**
 * Runs every benchmark in bench/ (files named *.bench.ts), each in its own Node process so that
 * timings and peak memory are not disturbed by the others. Each benchmark prints its own figures.
 * Usage: npm run bench [-- name-filter]
 */
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ["--import", "tsx", join(here, file)], { stdio: "inherit" });
  if (run.status !== 0) failed += 1;
}
if (failed > 0) process.exit(1);
