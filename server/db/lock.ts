/**
 * PGlite keeps its data in a directory that only one process may open at a time. A lock file beside
 * the directory records the owner's pid, so a second process (say, the CLI while the server runs) is
 * refused with a clear message instead of corrupting the data.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { AppError } from "../errors/app-error.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock on `dataDir` for this process; returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, "utf8").trim());
    if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
      throw new AppError("conflict", {
        zh: `嵌入式数据库 ${dataDir} 正被进程 ${owner} 使用（例如正在运行的服务器）。请先停止它，或设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
        en: `the embedded database ${dataDir} is in use by process ${owner} (a running server, say). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`,
      });
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}
