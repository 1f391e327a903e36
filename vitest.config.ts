/** Test runner configuration: unit, database, API, CLI and browser tests in one run. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{core,contract,server,cli,web,e2e,data,bench}/**/*.test.{ts,tsx}"],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Migrated, seeded template databases built once per run; each suite starts from a copy.
    globalSetup: ["server/db/testing/database-templates.ts"],
  },
});
