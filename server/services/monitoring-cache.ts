/**
 * Assessed progress kept between requests. Assessing a plan reads every target's yearly series and
 * runs the monitoring maths over it; the plan list does that for a hundred plans at a time. The
 * results only change when something monitoring reads changes, which the database's monitoring stamp
 * tells (see migration 0010): each read asks for the stamp first — one tiny query — and entries made
 * under another stamp are dropped. So a change committed by anyone (this server, the CLI, another
 * server on the same PostgreSQL) is seen by the next request, as without the cache.
 */
import { sql } from "kysely";
import { LRUCache } from "lru-cache";
import type { Db } from "../db/connect.ts";

/** Entries kept per database: plans × audiences × as-of years asked for. */
const MAX_ENTRIES = 2_000;
/** Change rows folded into the stamp's total once there are this many. */
const PRUNE_AT = 1_000;

interface Holder {
  stamp: number;
  entries: LRUCache<string, object>;
}

const holders = new WeakMap<Db, Holder>();

/** The monitoring stamp: grows with every committed change to what monitoring reads. */
export async function readMonitoringStamp(db: Db): Promise<number> {
  const { rows } = await sql<{ pruned: number; pending: number }>`
    SELECT (SELECT pruned FROM monitoring_stamp) AS pruned, (SELECT count(*) FROM monitoring_changes) AS pending`.execute(db);
  const { pruned, pending } = rows[0] ?? { pruned: 0, pending: 0 };
  if (Number(pending) >= PRUNE_AT) await pruneChanges(db);
  return Number(pruned) + Number(pending);
}

/** Folds the change rows into the stamp's total in one statement, so the stamp is the same before and after. */
async function pruneChanges(db: Db): Promise<void> {
  await sql`
    WITH folded AS (DELETE FROM monitoring_changes RETURNING 1)
    UPDATE monitoring_stamp SET pruned = pruned + (SELECT count(*) FROM folded)`.execute(db);
}

/**
 * The values of `keys`, from the cache where they were made under the current stamp, the rest from
 * `compute` (called once with all the missing keys; it returns a value for each) and kept.
 */
export async function cachedByStamp<T extends object>(db: Db, keys: readonly string[], compute: (missing: readonly string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
  const stamp = await readMonitoringStamp(db);
  let holder = holders.get(db);
  if (!holder || stamp > holder.stamp) {
    holder = { stamp, entries: new LRUCache<string, object>({ max: MAX_ENTRIES }) };
    holders.set(db, holder);
  }
  // A reader that saw an older stamp than the cache's (a change committed while it was on its way)
  // neither reads nor fills the cache.
  const current = holder.stamp === stamp ? holder : undefined;
  const found = new Map<string, T>();
  const missing: string[] = [];
  for (const key of keys) {
    const hit = current?.entries.get(key) as T | undefined;
    if (hit) found.set(key, hit);
    else missing.push(key);
  }
  if (missing.length === 0) return found;
  const computed = await compute(missing);
  // Kept only if no newer stamp replaced the cache meanwhile: what was read may predate that change.
  const keep = current !== undefined && holders.get(db) === current;
  for (const key of missing) {
    const value = computed.get(key);
    if (value === undefined) continue;
    found.set(key, value);
    if (keep) current.entries.set(key, value);
  }
  return found;
}

/** For tests: fold the change rows now. */
export const pruneMonitoringChanges = pruneChanges;
