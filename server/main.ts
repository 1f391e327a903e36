/**
 * `npm start`: serves Kechuang on PORT (default 5178) with the database from the environment —
 * PGlite in KECHUANG_DATA_DIR (default .data/pglite), or PostgreSQL when DATABASE_URL is set — until
 * SIGTERM or SIGINT (see shutdown.ts).
 */
import { databaseFromEnv, describeDatabase } from "./db/connect.ts";
import { AppError, EXIT_CODE } from "./errors/app-error.ts";
import { shutdownTimeoutFromEnv, stopOnSignals } from "./shutdown.ts";
import { startServer } from "./start.ts";

const database = databaseFromEnv();
const timeoutMs = shutdownTimeoutFromEnv();
const began = Date.now();
try {
  const server = await startServer({ port: Number(process.env.PORT ?? 5178), host: process.env.HOST ?? "127.0.0.1", database });
  stopOnSignals(server, { timeoutMs });
  console.log(`科创 Kechuang is running at ${server.url}  (database: ${describeDatabase(database)}, ready in ${Date.now() - began} ms)`);
  console.log(`API: ${server.url}/api  ·  OpenAPI: ${server.url}/api/openapi.json`);
} catch (error) {
  // A refusal (the data directory held by another process) is said plainly, not as a stack trace.
  if (!(error instanceof AppError)) throw error;
  console.error(`${error.messages.zh}\n${error.messages.en}`);
  process.exit(EXIT_CODE[error.code]);
}
