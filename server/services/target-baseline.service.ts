/**
 * Entering a target's base-period value (补充基期值): a relative target — 翻番, 双倍增, 年均增长, 新增 —
 * cannot be assessed until the plan office states the figure it is relative to. One write, audited.
 */
import type { SetTargetBaselineRequest, TargetBaselineResponse } from "../../contract/plans.ts";
import type { Db } from "../db/connect.ts";
import { invalidField, notFound } from "../errors/app-error.ts";
import { recordAudit, type Who } from "./audit.service.ts";

export async function setTargetBaseline(db: Db, id: number, request: SetTargetBaselineRequest, who: Who): Promise<TargetBaselineResponse> {
  return db.transaction().execute(async (tx) => {
    const target = await tx.selectFrom("targets").select(["id", "target_year", "baseline_value", "baseline_year"]).where("id", "=", id).forUpdate().executeTakeFirst();
    if (!target) throw notFound("id", `目标 ${id} 不存在`, `target ${id} does not exist`);
    if (request.year >= target.target_year) {
      throw invalidField("year", `基期年份须早于目标年份 ${target.target_year}`, `the base year must come before the target year ${target.target_year}`);
    }
    if (!Number.isFinite(request.value)) throw invalidField("value", "基期值须为数值", "the base-period value must be a number");
    const previous = target.baseline_value !== null && target.baseline_year !== null ? { value: target.baseline_value, year: target.baseline_year } : null;
    await tx.updateTable("targets").set({ baseline_value: request.value, baseline_year: request.year }).where("id", "=", id).execute();
    const baseline = { value: request.value, year: request.year };
    await recordAudit(tx, who, { entity: "target", entityId: id, action: "set_baseline", before: previous, after: baseline, reason: request.reason });
    return { targetId: id, baseline, previous };
  });
}
