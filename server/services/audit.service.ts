/**
 * The audit log (操作记录): every change to a value, submission, target, plan, review decision,
 * account or round is recorded with who, when, the state before and after, and why. Written in the
 * same transaction as the change, so a change and its record stand or fall together.
 */
import type { AuditEntry, AuditQuery } from "../../contract/accounts.ts";
import type { Db } from "../db/connect.ts";
import * as audit from "../repositories/audit.repository.ts";

/** Who did it: a signed-in account, or the name given to the CLI with --by. */
export interface Who {
  name: string;
  id: number | null;
}

export interface AuditRecord {
  entity: NonNullable<AuditQuery["entity"]>;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Appends entries to the log inside the caller's transaction. */
export async function recordAudit(tx: Db, who: Who, ...records: AuditRecord[]): Promise<void> {
  await audit.insertAudit(
    tx,
    records.map((r) => ({ entity: r.entity, entity_id: String(r.entityId), action: r.action, actor: who.name, actor_id: who.id, before: json(r.before), after: json(r.after), reason: r.reason ?? null })),
  );
}

/** A page of the log, newest first, before `query.before`; `more` when older entries follow. */
export async function listAudit(db: Db, query: AuditQuery): Promise<{ items: AuditEntry[]; more: boolean }> {
  const rows = await audit.findAudit(db, { ...query, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit).map((r) => ({
    id: Number(r.id),
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    at: new Date(r.at).toISOString(),
    before: r.before ?? null,
    after: r.after ?? null,
    reason: r.reason,
  }));
  return { items, more: rows.length > query.limit };
}
