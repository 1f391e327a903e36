/**
 * The `kechuang` command line: every operation of the product for scripts and terminals. Commands run
 * the same services as the HTTP API on the database from the environment (DATABASE_URL, else PGlite
 * in KECHUANG_DATA_DIR). Messages are zh-CN unless KECHUANG_LANG=en.
 */
import { Command } from "commander";
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

export function buildProgram(): Command {
  const program = new Command("kechuang").description("科创 Kechuang — plans, targets, monitoring").showHelpAfterError();
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
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
