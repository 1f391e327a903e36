/**
 * `--as xlsx|csv --out FILE` on the commands that print a table people also see on screen (progress,
 * review list, round overview, ranking): instead of printing, the table is written as the web app's
 * export writes it, in the CLI's language.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { TableFormat } from "../contract/table-export.ts";
import { AppError } from "../server/errors/app-error.ts";
import type { TableFile } from "../server/sheets/sheet-file.ts";
import { cliLanguage, type Language } from "./context.ts";

export interface TableFileOptions {
  as?: string;
  out?: string;
}

/** Adds `--as` and `--out` to a table command. */
export function tableFileOptions(command: Command): Command {
  return command.option("--as <format>", "write the table as xlsx or csv (UTF-8 with BOM) instead of printing it").option("--out <file>", "file to write (default: a name saying what and as of when)");
}

/** The format asked for, or null to print; an unknown one is refused naming --as (exit 2). */
export function tableFormatOf(options: TableFileOptions): TableFormat | null {
  if (options.as === undefined) return null;
  const parsed = TableFormat.safeParse(options.as);
  if (!parsed.success) throw new AppError("validation_failed", { zh: `--as 只能是 xlsx 或 csv，而不是“${options.as}”`, en: `--as must be xlsx or csv, not "${options.as}"` }, "as");
  return parsed.data;
}

/** Writes the file (to --out, else its own name) and says where. */
export async function writeTableFile(options: TableFileOptions, format: TableFormat, make: (lang: Language) => Promise<TableFile>): Promise<void> {
  const lang = cliLanguage();
  const file = await make(lang);
  const out = options.out ?? file.fileName;
  writeFileSync(out, file.bytes);
  process.stdout.write(lang === "en" ? `wrote ${out} (${format}, ${file.bytes.length} bytes)\n` : `已写入 ${out}（${format}，${file.bytes.length} 字节）\n`);
}
