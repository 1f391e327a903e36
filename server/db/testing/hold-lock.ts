/**
 * A process that takes a data directory's lock, for tests that need its holder to be another process:
 * `node --import tsx hold-lock.ts DIR [MECHANISM] [URL]`. Prints "held" (or "refused: …") and then
 * keeps the lock until it reads "release" on its input (then prints "released") or is killed.
 */
import { announceLockHolder, lockDataDir, type LockMechanism } from "../lock.ts";

const [dir, mechanism, url] = process.argv.slice(2) as [string, LockMechanism | undefined, string | undefined];
if (url) announceLockHolder(url);
try {
  const lock = await lockDataDir(dir, mechanism || undefined);
  process.stdout.write("held\n");
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (text: string) => {
    if (!text.includes("release")) return;
    void lock.release().then(() => {
      process.stdout.write("released\n");
      process.exit(0);
    });
  });
} catch (error) {
  process.stdout.write(`refused: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(4);
}
