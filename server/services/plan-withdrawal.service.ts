/**
 * Withdrawing a plan (撤回): an import made by mistake, or a plan replaced, leaves the lists, the
 * public and the dashboards but stays stored, with who withdrew it, when and why in the audit log and
 * the review record.
 */
import type { Db } from "../db/connect.ts";
import { conflict } from "../errors/app-error.ts";
import * as review from "../repositories/review.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { requirePlan } from "./plans.service.ts";

export async function withdrawPlan(db: Db, code: string, reason: string, who: Who): Promise<{ code: string; status: "withdrawn" }> {
  return db.transaction().execute(async (tx) => {
    const plan = await requirePlan(tx, code);
    if (plan.status === "withdrawn") throw conflict("code", `规划“${plan.title_zh}”已撤回`, `plan "${code}" has already been withdrawn`);
    // Other plans that sit under this one keep their link; say so rather than break them.
    await review.setPlanStatus(tx, code, "withdrawn");
    await review.insertDecision(tx, { plan_code: code, statement_id: null, action: "withdraw", before: JSON.stringify({ status: plan.status }), after: JSON.stringify({ status: "withdrawn", reason }), decided_by: who.name });
    await recordAudit(tx, who, { entity: "plan", entityId: code, action: "withdraw", before: { status: plan.status }, after: { status: "withdrawn" }, reason });
    return { code, status: "withdrawn" as const };
  });
}
