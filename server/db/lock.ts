/**
 * PGlite keeps its data in a directory that only one process may open at a time: a second writer
 * loses acknowledged writes and can leave the directory unopenable. This lock keeps it to one.
 *
 * The lock is a listening socket whose address is derived from the directory's identity — its device
 * and inode numbers — so every way of naming the directory (a trailing slash, a relative path, a
 * symlink, a bind mount) reaches the same lock. listen() is atomic: of two processes only one gets
 * the address, the other EADDRINUSE. The kernel frees the address when its holder exits however it
 * exits (kill -9 included), so a stale lock cannot exist and no pid is ever guessed at.
 *
 * Where the socket lives:
 * - Linux: the abstract namespace (no file at all). Abstract sockets belong to a network namespace,
 *   so processes in different containers sharing one data directory do not see each other's lock:
 *   run them in one network namespace, or use PostgreSQL.
 * - Windows: a named pipe, which the system likewise removes when its owner exits.
 * - Elsewhere (macOS, the BSDs): a socket file in the temporary directory. A killed holder leaves the
 *   file behind; it is stale when nobody accepts on it, and is then removed and bound again. Two
 *   processes starting in the same instant against a stale file can both get through that window.
 *
 * The holder answers whoever connects with who it is (pid, and its address when it is a server), so
 * the refused process can say what holds the directory and what to do about it.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

export type LockMechanism = "abstract" | "pipe" | "socket-file";

const DEFAULT_MECHANISM: LockMechanism = process.platform === "linux" ? "abstract" : process.platform === "win32" ? "pipe" : "socket-file";

/** What the holder tells a process it refuses. */
const Holder = z.object({ pid: z.number().int().positive(), url: z.string().max(2000).optional() });
export type Holder = z.infer<typeof Holder>;

/** This process's address once it serves HTTP: part of the holder's answer. */
let announcedUrl: string | undefined;

/** Tells processes refused the lock that this one is the server at `url`. */
export function announceLockHolder(url: string): void {
  announcedUrl = url;
}

/** Where the lock of the directory with this identity lives. */
export function lockAddress(dataDir: string, mechanism: LockMechanism = DEFAULT_MECHANISM): string {
  const { dev, ino } = statSync(dataDir, { bigint: true });
  const name = `kechuang-pglite-${dev}-${ino}`;
  if (mechanism === "abstract") return `\0${name}`;
  if (mechanism === "pipe") return `\\\\?\\pipe\\${name}`;
  return join(tmpdir(), `${name}.sock`);
}

export interface DataDirLock {
  /** Frees the directory for the next process. */
  release(): Promise<void>;
}

function listen(server: Server, address: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => resolve(error);
    server.once("error", onError);
    server.listen(address, () => {
      server.off("error", onError);
      resolve(null);
    });
  });
}

/**
 * Asks the holder at `address` who it is. Resolves `null` when nobody accepts (a stale socket file),
 * `undefined` when it accepts but gives no usable answer within `timeoutMs`.
 */
export function askHolder(address: string, timeoutMs = 2_000): Promise<Holder | null | undefined> {
  return new Promise((resolve) => {
    let text = "";
    const socket = connect(address);
    const done = (result: Holder | null | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 4096) done(undefined);
    });
    socket.on("end", () => {
      try {
        const parsed = Holder.safeParse(JSON.parse(text));
        done(parsed.success ? parsed.data : undefined);
      } catch {
        done(undefined);
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED" || error.code === "ENOENT" ? null : undefined));
  });
}

/** The refusal: what holds the directory, and how to go on. */
export function heldError(dataDir: string, holder: Holder | undefined): AppError {
  if (holder?.url) {
    return new AppError("conflict", {
      zh: `嵌入式数据库 ${dataDir} 正被运行中的科创服务器使用（进程 ${holder.pid}，地址 ${holder.url}）。请通过它的网页或 API（${holder.url}/api）操作；要使用命令行，请先停止该服务器，或让服务器和命令行都设置 DATABASE_URL 使用同一个 PostgreSQL 服务器。`,
      en: `the embedded database ${dataDir} is in use by the Kechuang server running at ${holder.url} (process ${holder.pid}). Work through its web app or API (${holder.url}/api); to use the command line, stop that server first, or set DATABASE_URL for both to share a PostgreSQL server.`,
    });
  }
  const who = holder ? { zh: `进程 ${holder.pid}`, en: `process ${holder.pid}` } : { zh: "另一个进程", en: "another process" };
  return new AppError("conflict", {
    zh: `嵌入式数据库 ${dataDir} 正被${who.zh}使用（例如另一条命令或正在启动的服务器）。请等它结束或先停止它，或设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
    en: `the embedded database ${dataDir} is in use by ${who.en} (another command, or a server starting up, say). Wait for it to finish or stop it first, or set DATABASE_URL to use a PostgreSQL server.`,
  });
}

/**
 * Takes the lock on `dataDir` (created when missing) for this process, or throws a conflict naming
 * its holder. The lock does not keep the process alive; it holds until released or the process ends.
 */
export async function lockDataDir(dataDir: string, mechanism: LockMechanism = DEFAULT_MECHANISM): Promise<DataDirLock> {
  // The identity is the directory's, so it must exist before it is looked at (the first start).
  mkdirSync(dataDir, { recursive: true });
  const address = lockAddress(dataDir, mechanism);
  const server = createServer((socket) => {
    socket.on("error", () => {});
    socket.end(`${JSON.stringify({ pid: process.pid, url: announcedUrl } satisfies Holder)}\n`);
  });
  let failure = await listen(server, address);
  if (failure?.code === "EADDRINUSE" && mechanism === "socket-file" && (await askHolder(address)) === null) {
    rmSync(address, { force: true });
    failure = await listen(server, address);
  }
  if (failure?.code === "EADDRINUSE") throw heldError(dataDir, (await askHolder(address)) ?? undefined);
  if (failure) throw failure;
  server.unref();
  return {
    release: () => new Promise<void>((done) => server.close(() => done())),
  };
}
