/**
 * Starts Kechuang: opens the database, applies migrations, loads the seed plans when the database is
 * empty, and serves the API and web app. Used by server/main.ts, the CLI's `serve` and the tests.
 */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { openDatabase, type DatabaseTarget, type Db } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { loadSeedsIfEmpty } from "./services/seed.service.ts";
import { seedEvaluationTemplates } from "./services/evaluation-seed.service.ts";
import { createApp } from "./app.ts";

export interface StartOptions {
  /** 0 picks any free port. */
  port?: number;
  host?: string;
  database?: DatabaseTarget;
}

export interface RunningServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** Opens, migrates and (when empty) seeds a database. */
export async function prepareDatabase(target: DatabaseTarget): Promise<Db> {
  const db = openDatabase(target);
  await migrateToLatest(db);
  await loadSeedsIfEmpty(db);
  await seedEvaluationTemplates(db);
  return db;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await prepareDatabase(options.database ?? { kind: "pglite-memory" });
  const app = createApp(db);
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolveServer(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    db,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await db.destroy();
    },
  };
}
