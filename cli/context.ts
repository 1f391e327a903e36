/**
 * What every CLI command shares: the database from the environment (opened lazily, closed at exit),
 * output as JSON or as an aligned table, and AppError → message + exit code, in zh-CN or English.
 */
import { databaseFromEnv, type Db } from "../server/db/connect.ts";
import { prepareDatabase } from "../server/start.ts";
import { AppError, EXIT_CODE } from "../server/errors/app-error.ts";

export type Language = "zh" | "en";

export function cliLanguage(): Language {
  return (process.env.KECHUANG_LANG ?? process.env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}

/** Runs `work` with a ready database (migrated, seeded when empty) and always closes it. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await prepareDatabase(databaseFromEnv());
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function printTable(headers: string[], rows: (string | number | null)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? "—" : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ""))));
  for (const [n, row] of cells.entries()) {
    process.stdout.write(`${row.map((c, i) => c + " ".repeat((widths[i] ?? 0) - width(c))).join("  ").trimEnd()}\n`);
    if (n === 0) process.stdout.write(`${widths.map((w) => "─".repeat(w)).join("  ")}\n`);
  }
}

/** Prints an error the way a person reading the terminal needs it and returns the exit code. */
export function reportError(error: unknown): number {
  const lang = cliLanguage();
  if (error instanceof AppError) {
    const field = error.field ? ` [${error.field}]` : "";
    process.stderr.write(`${lang === "zh" ? "错误" : "error"}${field}: ${error.messages[lang]}\n`);
    for (const d of error.details.slice(1)) process.stderr.write(`  ${d.field ?? ""}: ${d.messages[lang]}\n`);
    return EXIT_CODE[error.code];
  }
  process.stderr.write(`${lang === "zh" ? "错误" : "error"}: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
