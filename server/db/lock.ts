/**
 * PGlite keeps its data in a directory that only one process may open at a time. A lock file beside
 * the directory records the owner's pid, so a second process (say, the CLI while the server runs) is
 * refused with a clear message instead of corrupting the data.
 *
 * A process killed outright (kill -9, a power cut, a reboot) leaves its lock file behind. The lock
 * is stale when its pid is dead — or alive but another process's: a pid is reused, after a reboot
 * soon. So on Linux the file also records the boot and the owner's start time, and a live pid whose
 * boot or start time differ from those recorded does not hold the lock either.
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

/**
 * What tells process `pid` apart from another given the same pid later: the boot id and the process's
 * start time (clock ticks after boot), as Linux's /proc shows them; "" where there is no /proc.
 */
export function processIdentity(pid: number): string {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name "(…)", which may hold spaces: state is field 3, starttime field 22.
    const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return startTime ? `${boot}:${startTime}` : "";
  } catch {
    return "";
  }
}

/** Whether the lock file's text names a process that is running now (and is the one that wrote it). */
function heldByOther(text: string): number | null {
  const [pidText = "", identity = ""] = text.split("\n").map((line) => line.trim());
  const owner = Number(pidText);
  if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || !alive(owner)) return null;
  // A lock written without an identity (elsewhere than Linux, or by an older version) trusts the pid.
  if (identity === "") return owner;
  const now = processIdentity(owner);
  return now === "" || now === identity ? owner : null;
}

/** Takes the lock on `dataDir` for this process; returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const owner = heldByOther(readFileSync(lockFile, "utf8"));
    if (owner !== null) {
      throw new AppError("conflict", {
        zh: `嵌入式数据库 ${dataDir} 正被进程 ${owner} 使用（例如正在运行的服务器）。请先停止它，或设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
        en: `the embedded database ${dataDir} is in use by process ${owner} (a running server, say). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`,
      });
    }
  }
  writeFileSync(lockFile, `${process.pid}\n${processIdentity(process.pid)}\n`);
  return () => rmSync(lockFile, { force: true });
}
