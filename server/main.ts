/**
 * `npm start`: serves Kechuang on PORT (default 5178) with the database from the environment —
 * PGlite in KECHUANG_DATA_DIR (default .data/pglite), or PostgreSQL when DATABASE_URL is set.
 */
import { databaseFromEnv, describeDatabase } from "./db/connect.ts";
import { startServer } from "./start.ts";

const database = databaseFromEnv();
const began = Date.now();
const server = await startServer({ port: Number(process.env.PORT ?? 5178), host: process.env.HOST ?? "127.0.0.1", database });
console.log(`科创 Kechuang is running at ${server.url}  (database: ${describeDatabase(database)}, ready in ${Date.now() - began} ms)`);
console.log(`API: ${server.url}/api  ·  OpenAPI: ${server.url}/api/openapi.json`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
