/**
 * Starts Kechuang: opens the database, applies migrations, loads the seed plans when the database is
 * empty, and serves the API and web app. Used by server/main.ts, the CLI's `serve` and the tests.
 */
import { serve } from "@hono/node-server";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase, type DatabaseTarget, type Db } from "./db/connect.ts";
import { announceLockHolder } from "./db/lock.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { loadSeedsIfEmpty } from "./services/seed.service.ts";
import { seedEvaluationTemplates } from "./services/evaluation-seed.service.ts";
import { createApp } from "./app.ts";
import { allowedHostsFromEnv } from "./http/host-allow-list.middleware.ts";
import { AnalysisRunner } from "./analysis/analysis-runner.ts";
import { ensureAdministrator } from "./services/accounts.service.ts";

export interface StartOptions {
  /** 0 picks any free port. */
  port?: number;
  host?: string;
  database?: DatabaseTarget;
  /**
   * Receives the one-time administrator password generated on the first start with no accounts.
   * By default it is printed once to the console; it is stored only as its hash.
   */
  onInitialAdministrator?: (account: { username: string; password: string }) => void;
}

/** Prints the generated administrator password once, where the person starting the server sees it. */
export function announceInitialAdministrator({ username, password }: { username: string; password: string }, write = (line: string) => console.log(line)): void {
  write("");
  write("  首次启动：已创建管理员账号 / first start: an administrator account was created");
  write(`    账号 account : ${username}`);
  write(`    一次性密码 one-time password : ${password}`);
  write("  此密码只显示这一次，首次登录后须修改。/ It is shown only now and must be changed at first sign-in.");
  write("");
}

export interface RunningServer {
  url: string;
  db: Db;
  /**
   * Stops taking connections, lets the requests in flight finish (closing each connection once it
   * is idle, rather than waiting out keep-alive), then closes the database and frees its lock.
   */
  close(): Promise<void>;
  /** Requests received and not yet answered. */
  inFlight(): number;
}

/** Opens, migrates and (when empty) seeds a database. */
export async function prepareDatabase(target: DatabaseTarget): Promise<Db> {
  const db = openDatabase(target);
  await fillDatabase(db);
  return db;
}

/** Migrates an open database and loads the seeds when it is empty. */
export async function fillDatabase(db: Db): Promise<void> {
  await migrateToLatest(db);
  await loadSeedsIfEmpty(db);
  await seedEvaluationTemplates(db);
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await prepareDatabase(options.database ?? { kind: "pglite-memory" });
  const initial = await ensureAdministrator(db);
  if (initial) (options.onInitialAdministrator ?? announceInitialAdministrator)(initial);
  const analyses = new AnalysisRunner();
  const host = options.host ?? "127.0.0.1";
  const app = createApp(db, { allowedHosts: allowedHostsFromEnv(host), analyses });
  // Without createServer options, serve() makes a plain HTTP/1 server.
  const server = await new Promise<Server>((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolveServer(s as Server));
  });
  // Responses not yet finished: on close, those whose headers are still unsent tell their client the
  // connection ends with them, so a busy keep-alive client cannot keep the server up.
  const active = new Set<ServerResponse>();
  let closing = false;
  server.on("request", (_request: unknown, response: ServerResponse) => {
    if (closing) response.shouldKeepAlive = false;
    active.add(response);
    response.once("close", () => active.delete(response));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  announceLockHolder(url);
  return {
    url,
    db,
    inFlight: () => active.size,
    close: async () => {
      closing = true;
      for (const response of active) if (!response.headersSent) response.shouldKeepAlive = false;
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      try {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeIdleConnections();
        });
      } finally {
        clearInterval(idle);
      }
      await analyses.close();
      await db.destroy();
    },
  };
}
