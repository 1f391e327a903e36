/**
 * The PGlite data directory's lock, held by real child processes: every name of the directory (a
 * trailing slash, a relative path, a symlink) is refused while another process holds it; the
 * directory is free the moment its holder is killed (SIGKILL) or releases it; a lock file left by an
 * older version, naming a live process, means nothing; of processes racing for it exactly one wins.
 * The socket-file fallback (used where there are no abstract sockets) is tested the same way here.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.ts";
import { lockAddress, lockDataDir, type LockMechanism } from "./lock.ts";

const HOLDER = join(dirname(fileURLToPath(import.meta.url)), "testing/hold-lock.ts");

interface Holder {
  child: ChildProcessWithoutNullStreams;
  /** The first line it printed: "held" or "refused: …". */
  first: string;
  next(): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a process that tries to take the lock; resolves with what it said first. */
async function holder(dir: string, mechanism: LockMechanism | "" = "", url = ""): Promise<Holder> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, dir, mechanism, url], { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = "";
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => {
    buffer += d.toString();
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) return resolve(line);
      waiting.push(resolve);
      void exited.then(({ code }) => reject(new Error(`the holder exited (${code}) without a word: ${stderr}`)));
    });
  const first = await next();
  return { child, first, next, exited };
}

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(process.platform === "linux" ? (["abstract", "socket-file"] as const) : (["socket-file"] as const))("the data directory lock (%s)", (mechanism) => {
  let folder: string;
  let dataDir: string;
  const children: ChildProcessWithoutNullStreams[] = [];
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "kechuang-lock-"));
    dataDir = join(folder, "pglite");
    mkdirSync(dataDir);
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill("SIGKILL");
    rmSync(folder, { recursive: true, force: true });
  });
  const hold = async (dir: string, url = "") => {
    const h = await holder(dir, mechanism, url);
    children.push(h.child);
    return h;
  };

  it("refuses every name of a directory another process holds, saying which process", async () => {
    const other = await hold(dataDir);
    expect(other.first).toBe("held");
    const link = join(folder, "link");
    symlinkSync(dataDir, link);
    mkdirSync(join(folder, "sub"));
    for (const name of [dataDir, `${dataDir}/`, `${dataDir}//`, relative(process.cwd(), dataDir), join(folder, "sub", "..", "pglite"), link, `${link}/`]) {
      const error = await refusal(lockDataDir(name, mechanism));
      expect(error.code, name).toBe("conflict");
      expect(error.messages.en).toContain(`process ${other.child.pid}`);
      expect(error.messages.zh).toContain(`进程 ${other.child.pid}`);
      expect(error.messages.en).toContain("DATABASE_URL");
    }
  });

  it("names the server holding it, with its address and what to do", async () => {
    await hold(dataDir, "http://127.0.0.1:5178");
    const error = await refusal(lockDataDir(dataDir, mechanism));
    expect(error.messages.zh).toContain("运行中的科创服务器");
    expect(error.messages.zh).toContain("http://127.0.0.1:5178/api");
    expect(error.messages.zh).toContain("先停止该服务器");
    expect(error.messages.en).toContain("stop that server first");
    expect(error.messages.en).toContain("http://127.0.0.1:5178");
  });

  it("is free the moment its holder is killed with SIGKILL", async () => {
    const other = await hold(dataDir);
    other.child.kill("SIGKILL");
    expect((await other.exited).signal).toBe("SIGKILL");
    // No wait, no clean-up by anyone: the next process takes it at once.
    const again = await hold(`${dataDir}/`);
    expect(again.first).toBe("held");
  });

  it("is free once its holder releases it, and refused to others until then", async () => {
    const other = await hold(dataDir);
    expect((await hold(dataDir)).first).toMatch(/^refused: .*in use by process/);
    other.child.stdin.write("release\n");
    expect(await other.next()).toBe("released");
    const mine = await lockDataDir(dataDir, mechanism);
    await mine.release();
    if (mechanism === "socket-file") expect(existsSync(lockAddress(dataDir, mechanism))).toBe(false);
  });

  it("takes no notice of a lock file naming a live process (as older versions wrote)", async () => {
    for (const pid of [process.pid, process.ppid, 1]) {
      writeFileSync(`${dataDir}.lock`, `${pid}\n`);
      await (await lockDataDir(dataDir, mechanism)).release();
    }
  });

  it("is held by this process against itself too: a second open of the directory is refused", async () => {
    const first = await lockDataDir(dataDir, mechanism);
    try {
      expect((await refusal(lockDataDir(`${dataDir}/.`, mechanism))).messages.en).toContain(`process ${process.pid}`);
    } finally {
      await first.release();
    }
  });

  it("goes to exactly one of several processes starting at once", async () => {
    const racers = await Promise.all(Array.from({ length: 6 }, (_, i) => hold(i % 2 ? `${dataDir}/` : dataDir)));
    expect(racers.filter((r) => r.first === "held")).toHaveLength(1);
    expect(racers.filter((r) => r.first.startsWith("refused"))).toHaveLength(5);
  });

  it("creates a directory that does not exist yet, and locks it", async () => {
    const fresh = join(folder, "new", "pglite");
    const lock = await lockDataDir(fresh, mechanism);
    try {
      expect(existsSync(fresh)).toBe(true);
      expect((await hold(fresh)).first).toMatch(/^refused/);
    } finally {
      await lock.release();
    }
  });
});
