/** The API tests' server: for the enclosing suite, the app on a fresh, migrated and seeded database, removed afterwards. */
import { afterAll, beforeAll } from "vitest";
import type { TestDatabase } from "../server/db/test-databases.ts";
import { startServer, type RunningServer } from "../server/start.ts";

/** Registers the suite's hooks; `url` is the server's address once the first test runs. */
export function useTestServer(database: TestDatabase): { readonly url: string } {
  let server: RunningServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    server = await startServer({ port: 0, database: created.target });
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });
  return {
    get url() {
      if (!server) throw new Error("the test server has not started");
      return server.url;
    },
  };
}
