/** The embedded database's shared buffers: set from the environment, checked before PGlite sees them. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase, pgliteStartParams } from "./connect.ts";

describe("PGlite shared buffers", () => {
  it("are 32MB unless KECHUANG_PGLITE_SHARED_BUFFERS says otherwise, and refuse a size PostgreSQL would not read", () => {
    expect(pgliteStartParams({}).slice(-2)).toEqual(["-c", "shared_buffers=32MB"]);
    expect(pgliteStartParams({ KECHUANG_PGLITE_SHARED_BUFFERS: "128MB" }).slice(-2)).toEqual(["-c", "shared_buffers=128MB"]);
    for (const bad of ["32", "lots", "32MB; DROP", "-1MB"]) expect(() => pgliteStartParams({ KECHUANG_PGLITE_SHARED_BUFFERS: bad })).toThrow(/KECHUANG_PGLITE_SHARED_BUFFERS/);
  });

  it("reach the database opened on a data directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kechuang-buffers-"));
    const db = openDatabase({ kind: "pglite", dataDir: dir });
    try {
      const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(db);
      expect(rows[0]?.shared_buffers).toBe("32MB");
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
