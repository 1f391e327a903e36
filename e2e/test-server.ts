/**
 * The API tests' server: for the enclosing suite, the app on a fresh, migrated and seeded database,
 * removed afterwards. The one-time administrator password the first start generates is captured
 * instead of printed; `office()` and `as()` give clients signed in as the people a test needs.
 */
import { afterAll, beforeAll } from "vitest";
import type { TestDatabase } from "../server/db/test-databases.ts";
import { startServer, type RunningServer } from "../server/start.ts";
import { accountFor, administratorOf, ApiClient, type TestAccount } from "./testing/api-client.ts";

export interface TestServer {
  readonly url: string;
  readonly server: RunningServer;
  /** The one-time password generated at first start. */
  readonly initialPassword: string;
  /** The administrator, signed in (password already changed). */
  admin(): Promise<ApiClient>;
  /** A plan-office account, signed in. */
  office(): Promise<ApiClient>;
  /** A new account with that role and scopes, signed in. */
  as(account: TestAccount, lang?: string): Promise<ApiClient>;
  /** A client that never signs in (the public). */
  anonymous(lang?: string): ApiClient;
}

/** Registers the suite's hooks; the fields are usable once the first test runs. */
export function useTestServer(database: TestDatabase): TestServer {
  let server: RunningServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  let initialPassword = "";
  let admin: Promise<ApiClient> | undefined;
  let office: Promise<ApiClient> | undefined;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    server = await startServer({ port: 0, database: created.target, onInitialAdministrator: (a) => (initialPassword = a.password) });
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
  });
  const running = () => {
    if (!server) throw new Error("the test server has not started");
    return server;
  };
  const self: TestServer = {
    get url() {
      return running().url;
    },
    get server() {
      return running();
    },
    get initialPassword() {
      return initialPassword;
    },
    admin: () => (admin ??= administratorOf(running().url, initialPassword)),
    office: () => (office ??= self.admin().then((a) => accountFor(a, { username: "规划处", role: "plan_office" }))),
    as: async (account, lang) => accountFor(await self.admin(), account, lang),
    anonymous: (lang) => new ApiClient(running().url, lang),
  };
  return self;
}
