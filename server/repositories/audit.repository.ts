/** SQL for the audit log: append-only. */
import type { Insertable } from "kysely";
import type { Db } from "../db/connect.ts";
import type { AuditLogTable } from "../db/schema.ts";

export async function insertAudit(db: Db, rows: Insertable<AuditLogTable>[]) {
  // Large imports write many entries; keep each statement's parameter count well under PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 2000) await db.insertInto("audit_log").values(rows.slice(i, i + 2000)).execute();
}

export function findAudit(db: Db, filter: { entity?: string; entityId?: string; before?: number; limit: number }) {
  let query = db.selectFrom("audit_log").selectAll();
  if (filter.entity) query = query.where("entity", "=", filter.entity);
  if (filter.entityId) query = query.where("entity_id", "=", filter.entityId);
  if (filter.before) query = query.where("id", "<", filter.before);
  return query.orderBy("id", "desc").limit(filter.limit).execute();
}
