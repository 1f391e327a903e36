/**
 * Stopping the server on SIGTERM or SIGINT within a bounded time: it stops taking connections, lets
 * the requests in flight finish, closes the database (which frees the data directory's lock) and
 * exits 0. A request still running at the bound (KECHUANG_SHUTDOWN_TIMEOUT_MS) does not hold the
 * process: it exits 1 saying so, leaving the database as a kill would — committed writes are kept,
 * the unfinished transaction is not. A second signal exits at once.
 */
import { z } from "zod";
import type { RunningServer } from "./start.ts";

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function shutdownTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KECHUANG_SHUTDOWN_TIMEOUT_MS;
  if (raw === undefined || raw === "") return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const parsed = z.coerce.number().int().min(0).max(3_600_000).safeParse(raw);
  if (!parsed.success) throw new Error(`KECHUANG_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 0 to 3600000, not "${raw}"`);
  return parsed.data;
}

export interface ShutdownOptions {
  timeoutMs?: number;
  write?: (line: string) => void;
  exit?: (code: number) => void;
}

/** Installs the SIGTERM / SIGINT handlers that stop `server`. */
export function stopOnSignals(server: Pick<RunningServer, "close" | "inFlight">, options: ShutdownOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? shutdownTimeoutFromEnv();
  const write = options.write ?? ((line: string) => console.error(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      write(`再次收到 ${signal}，立即退出。/ ${signal} again: exiting now.`);
      exit(1);
      return;
    }
    stopping = true;
    const running = server.inFlight();
    write(`收到 ${signal}：不再接收请求，等待 ${running} 个进行中的请求完成（最多 ${timeoutMs} 毫秒）。/ ${signal}: taking no new requests; waiting for ${running} in flight (up to ${timeoutMs} ms).`);
    const bound = setTimeout(() => {
      const left = server.inFlight();
      write(`${timeoutMs} 毫秒后仍有 ${left} 个请求未完成，不再等待，退出。/ ${left} request(s) still running after ${timeoutMs} ms; exiting without waiting for them.`);
      exit(1);
    }, timeoutMs);
    server.close().then(
      () => {
        clearTimeout(bound);
        write("已停止，数据库已关闭。/ Stopped; the database is closed.");
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(bound);
        write(`停止时出错 / error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
