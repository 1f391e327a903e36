/**
 * What CLI tests share: running `kechuang` — in the test's own process, through the same entry the
 * command uses, or as a user does (a child process) where the process itself is under test — and,
 * per suite, a fresh database for it: an embedded one in a temporary directory or a new PostgreSQL
 * database.
 *
 * A child process costs seconds of start-up (Node, the TypeScript loader, the libraries), which over
 * a hundred command lines is most of the CLI tests' time; in process, a command line costs what the
 * command does. Both run the same program (cli/main.ts) with the same arguments and environment.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { fillDataDir, type TestDatabase } from "../../server/db/test-databases.ts";

const run = promisify(execFile);
const BIN = fileURLToPath(new URL("../../kechuang", import.meta.url));

export type CliResult = { code: number; stdout: string; stderr: string };

let running: Promise<unknown> = Promise.resolve();

/**
 * Runs the command line in this process with `env` as its environment and its stdout and stderr
 * captured; a failure gives its exit code and output instead of throwing. Command lines run one at a
 * time (they share the process's environment and output streams).
 */
export function runKechuang(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  const result = running.then(() => runInProcess(env, args));
  running = result.catch(() => undefined);
  return result;
}

async function runInProcess(env: NodeJS.ProcessEnv, args: string[]): Promise<CliResult> {
  const { runCli } = await import("../main.ts");
  const saved = { env: process.env, exitCode: process.exitCode, stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = "";
  let stderr = "";
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  process.env = { ...env };
  process.exitCode = undefined;
  process.stdout.write = capture((t) => (stdout += t));
  process.stderr.write = capture((t) => (stderr += t));
  try {
    const code = await runCli(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.env = saved.env;
    process.exitCode = saved.exitCode;
  }
}

/** Runs the command as a child process, as a user does; a failure gives its exit code and output instead of throwing. */
export async function spawnKechuang(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(BIN, args, { env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    // A command killed by a signal (a timeout, the OOM killer) has no exit code: say which signal.
    const e = error as { code: number | null; signal?: string | null; stdout: string; stderr: string };
    return { code: e.code ?? -1, stdout: e.stdout, stderr: e.signal ? `killed by ${e.signal}\n${e.stderr}` : e.stderr };
  }
}

/**
 * The JSON a successful command printed. A failed command or output that is not JSON fails the test
 * with the exit code and what the command wrote to stderr, so the failure explains itself.
 */
export function jsonOf<T = any>(result: CliResult): T {
  const failure = (why: string) => new Error(`${why}; exit ${result.code}\nstderr: ${result.stderr.slice(0, 4000)}\nstdout: ${result.stdout.slice(0, 1000)}`);
  if (result.code !== 0) throw failure("the command failed");
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw failure("the command printed no JSON");
  }
}

/** Runs the command with `input` piped to its standard input (passwords, as --password-stdin reads them). */
export function runKechuangWithInput(env: NodeJS.ProcessEnv, input: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * Registers the suite's hooks that create and remove its database; returns the environment (filled in
 * before the first test) and the suite's temporary directory.
 */
export function useCliDatabase(database: TestDatabase, prefix: string): { env: NodeJS.ProcessEnv; dir: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, KECHUANG_LANG: "zh" };
  let dir = "";
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    delete env.DATABASE_URL;
    if (database.name === "postgres") {
      const created = await database.create();
      drop = created.drop;
      if (created.target.kind === "postgres") env.DATABASE_URL = created.target.url;
    } else {
      env.KECHUANG_DATA_DIR = join(dir, "pglite");
      await fillDataDir(env.KECHUANG_DATA_DIR);
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { env, dir: () => dir };
}
