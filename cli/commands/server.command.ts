/** `kechuang serve` and `kechuang db migrate | seed`: run the server, prepare the database. */
import type { Command } from "commander";
import { databaseFromEnv, describeDatabase, openDatabase } from "../../server/db/connect.ts";
import { migrateToLatest } from "../../server/db/migrate.ts";
import { loadSeedsIfEmpty } from "../../server/services/seed.service.ts";
import { stopOnSignals } from "../../server/shutdown.ts";
import { startServer } from "../../server/start.ts";

export function registerServerCommands(program: Command): void {
  program
    .command("serve")
    .description("start the API and web app")
    .option("--port <port>", "port", "5178")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action(async (opts: { port: string; host: string }) => {
      const database = databaseFromEnv();
      const server = await startServer({ port: Number(opts.port), host: opts.host, database });
      stopOnSignals(server);
      process.stdout.write(`科创 Kechuang: ${server.url} (${describeDatabase(database)})\n`);
      await new Promise(() => {});
    });

  const db = program.command("db").description("database maintenance");
  db.command("migrate")
    .description("apply pending migrations")
    .action(async () => {
      const database = openDatabase(databaseFromEnv());
      try {
        const applied = await migrateToLatest(database);
        process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "up to date\n");
      } finally {
        await database.destroy();
      }
    });
  db.command("seed")
    .description("migrate, then load the seed plans and figures if the database has no plan yet")
    .action(async () => {
      const database = openDatabase(databaseFromEnv());
      try {
        await migrateToLatest(database);
        process.stdout.write((await loadSeedsIfEmpty(database)) ? "seed data loaded\n" : "database already holds plans; nothing loaded\n");
      } finally {
        await database.destroy();
      }
    });
}
