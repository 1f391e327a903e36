/**
 * Opens the database: embedded PGlite (data kept in a directory, or in memory for tests) by default,
 * a real PostgreSQL server when a URL is given (DATABASE_URL). Both speak the same SQL, so everything
 * above this file is unaware of which one it talks to.
 */
import { Kysely, PostgresAdapter, PostgresDialect, PostgresIntrospector, PostgresQueryCompiler, type DatabaseConnection, type Dialect, type Driver, type TransactionSettings } from "kysely";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { Database } from "./schema.ts";
import { lockDataDir, type DataDirLock } from "./lock.ts";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  /** In memory; `from` names a data directory dump (PGlite's dumpDataDir) to start from instead of an empty cluster. */
  | { kind: "pglite-memory"; from?: string }
  | { kind: "postgres"; url: string };

export type Db = Kysely<Database>;

/** The database the environment asks for: DATABASE_URL, else PGlite in KECHUANG_DATA_DIR (default .data/pglite). */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.KECHUANG_DATA_DIR ?? ".data/pglite" };
}

export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === "postgres") return `PostgreSQL ${target.url.replace(/\/\/[^@/]*@/, "//***@")}`;
  if (target.kind === "pglite") return `PGlite ${target.dataDir}`;
  return "PGlite (in memory)";
}

// PostgreSQL returns bigint (int8) and numeric as strings; our counts and sums are small enough for numbers.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// A date (due dates) stays its YYYY-MM-DD text: a Date at local midnight would shift a day east of UTC.
pg.types.setTypeParser(1082, (v) => v);

export function openDatabase(target: DatabaseTarget): Db {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // pool.end() resolves before its connections have closed; one the server then terminates (a test
    // database dropped WITH (FORCE), a restart) emits an error no query waits for, which would
    // otherwise crash the process. The pool re-emits an idle client's error on itself, where an
    // unheard "error" event would crash it just the same. Errors of queries still reach their callers.
    pool.on("connect", (client) => client.on("error", () => {}));
    pool.on("error", () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.kind === "pglite-memory") {
    const pglite = target.from ? new PGlite({ loadDataDir: new Blob([readFileSync(target.from)]) }) : new PGlite();
    return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  }
  return new Kysely<Database>({ dialect: lockedPGlite(target.dataDir) });
}

/**
 * PGlite on a data directory, opened only once this process holds the directory's lock: on the first
 * query, so a refusal reaches whoever asked (the CLI, the server's start) as a conflict error. The
 * database is closed (flushed to disk) before the lock is released.
 */
function lockedPGlite(dataDir: string): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createDriver: () => new LockedPGliteDriver(dataDir),
  };
}

/**
 * PGlite's start parameters with its shared buffers set: PostgreSQL's default of 128 MB lives inside
 * the WebAssembly heap, in this process, on top of Node's own memory, while the files under it are
 * cached by the operating system anyway. KECHUANG_PGLITE_SHARED_BUFFERS sets them (a PostgreSQL size such
 * as 32MB or 128MB); 32MB by default.
 */
export function pgliteStartParams(env: NodeJS.ProcessEnv = process.env): string[] {
  const size = env.KECHUANG_PGLITE_SHARED_BUFFERS ?? "32MB";
  if (!/^\d+(kB|MB|GB)$/.test(size)) throw new Error(`KECHUANG_PGLITE_SHARED_BUFFERS must be a size such as 32MB, not "${size}"`);
  return [...PGlite.defaultStartParams, "-c", `shared_buffers=${size}`];
}

class LockedPGliteDriver implements Driver {
  #lock: DataDirLock | undefined;
  #driver: Driver | undefined;

  constructor(private readonly dataDir: string) {}

  async init(): Promise<void> {
    const lock = await lockDataDir(this.dataDir);
    try {
      const pglite = await PGlite.create({ dataDir: this.dataDir, startParams: pgliteStartParams() });
      this.#driver = new PGliteDialect(pglite).createDriver();
      await this.#driver.init();
    } catch (error) {
      await lock.release();
      throw error;
    }
    this.#lock = lock;
  }

  #open(): Driver {
    if (!this.#driver) throw new Error(`PGlite ${this.dataDir} is not open`);
    return this.#driver;
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.#open().acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#open().beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#open().commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#open().rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#open().releaseConnection(connection);
  }

  async destroy(): Promise<void> {
    try {
      await this.#driver?.destroy();
    } finally {
      this.#driver = undefined;
      await this.#lock?.release();
      this.#lock = undefined;
    }
  }
}
