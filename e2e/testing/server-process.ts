/**
 * The real server as a child process (`node --import tsx server/main.ts`), for tests that stop it the
 * hard way: started on a free port with the database the environment names, its address and (on a
 * first start) the one-time administrator password read from what it prints, killed by signal.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerProcess {
  readonly url: string;
  /** The one-time administrator password, when this start created the administrator. */
  readonly initialPassword: string | undefined;
  readonly pid: number;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` and waits for the process to end; returns how it ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Database of the child: a PGlite data directory, or a PostgreSQL URL. */
export type ServerDatabase = { dataDir: string } | { url: string };

/**
 * Starts the server and resolves once it prints its address; rejects if it exits or stays silent for
 * `timeoutMs`. `extraEnv` adds settings (KECHUANG_SHUTDOWN_TIMEOUT_MS, say).
 */
export function startServerProcess(database: ServerDatabase, timeoutMs = 120_000, extraEnv: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", ...extraEnv };
  delete env.DATABASE_URL;
  delete env.KECHUANG_DATA_DIR;
  if ("url" in database) env.DATABASE_URL = database.url;
  else env.KECHUANG_DATA_DIR = database.dataDir;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(root, "server/main.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /is running at (http:\/\/[^\s]+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        initialPassword: /one-time password : (\S+)/.exec(output)?.[1],
        pid: child.pid!,
        output: () => output,
        async stop(signal = "SIGTERM") {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return ended;
        },
      });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    void ended.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}, signal ${signal}) before it was ready:\n${output}`));
    });
  });
}
