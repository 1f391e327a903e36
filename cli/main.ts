/**
 * The `kechuang` command line: every operation of the product for scripts and terminals. Commands run
 * the same services as the HTTP API on the database from the environment (DATABASE_URL, else PGlite
 * in KECHUANG_DATA_DIR). Messages are zh-CN unless KECHUANG_LANG=en.
 */
import { Command, CommanderError } from "commander";
import { reportError } from "./context.ts";
import { registerPlanCommands } from "./commands/plans.command.ts";
import { registerCatalogueCommands } from "./commands/catalogue.command.ts";
import { registerValueCommands } from "./commands/values.command.ts";
import { registerServerCommands } from "./commands/server.command.ts";
import { registerDocumentCommands } from "./commands/documents.command.ts";
import { registerIndexCommands } from "./commands/index.command.ts";
import { registerAccountCommands } from "./commands/accounts.command.ts";
import { registerReportingCommands } from "./commands/reporting.command.ts";
import { registerReportCommands } from "./commands/report.command.ts";
import { registerTaskCommands } from "./commands/tasks.command.ts";
import { registerEnterpriseCommands } from "./commands/enterprises.command.ts";

export function buildProgram(): Command {
  // Commander throws instead of exiting (set before the commands, which inherit it), so one command
  // line can run inside another process — the tests' — and still give its exit code.
  const program = new Command("kechuang").description("科创 Kechuang — plans, targets, monitoring").showHelpAfterError().exitOverride();
  registerPlanCommands(program);
  registerCatalogueCommands(program);
  const values = registerValueCommands(program);
  registerServerCommands(program);
  registerDocumentCommands(program);
  registerIndexCommands(program);
  registerAccountCommands(program);
  registerReportingCommands(program, values);
  registerReportCommands(program);
  registerTaskCommands(program);
  registerEnterpriseCommands(program);
  return program;
}

/**
 * Runs one command line (the words after `kechuang`) and returns its exit code; output goes to the
 * process's stdout and stderr.
 */
export async function runCli(args: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...args], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    return reportError(error);
  }
}
