/**
 * The PGlite data directory's lock: refused while its owner runs, taken over from a process that was
 * killed (its pid dead) or whose pid now belongs to another process (reused, as after a reboot).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockDataDir, processIdentity } from "./lock.ts";

describe("the data directory lock", () => {
  let folder: string;
  let dataDir: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "kechuang-lock-"));
    dataDir = join(folder, "pglite");
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("records this process, and removes the file on release", () => {
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8").split("\n")[0]).toBe(String(process.pid));
    release();
    expect(() => readFileSync(`${dataDir}.lock`)).toThrow();
  });

  it("is taken over from a process that was killed", () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(`${dataDir}.lock`, `${dead}\n${processIdentity(process.pid)}\n`);
    lockDataDir(dataDir)();
  });

  it.runIf(processIdentity(process.pid) !== "")("is taken over when its pid now belongs to another process", () => {
    // The parent of this process runs, but it is not the process that wrote this lock.
    writeFileSync(`${dataDir}.lock`, `${process.ppid}\n${processIdentity(process.ppid).replace(/\d+$/, (t) => String(Number(t) + 1))}\n`);
    lockDataDir(dataDir)();
  });

  it("is refused while the process that took it runs", async () => {
    const owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      await new Promise((resolve) => owner.once("spawn", resolve));
      writeFileSync(`${dataDir}.lock`, `${owner.pid}\n${processIdentity(owner.pid!)}\n`);
      expect(() => lockDataDir(dataDir)).toThrow(/in use by process/);
      // A lock file with the pid alone (as older versions wrote it) is trusted as well.
      writeFileSync(`${dataDir}.lock`, String(owner.pid));
      expect(() => lockDataDir(dataDir)).toThrow(/in use by process/);
    } finally {
      owner.kill("SIGKILL");
    }
  });
});
