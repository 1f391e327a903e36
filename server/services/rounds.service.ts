/**
 * Reporting rounds (填报轮次): the plan office opens one for a period, a due date, the indicators it
 * asks and the places or bodies asked; closes, reopens and publishes it. Scoped people see the
 * rounds that ask any place or body in their scope. Every change is in the audit log.
 */
import { inScope, type Actor, type PlaceTree } from "../../core/access/index.ts";
import { displayUnitOf } from "../../core/reporting/index.ts";
import { parsePeriod, periodFits } from "../../core/periods/period.ts";
import type { CreateRoundRequest, RoundDetail, RoundSummary, RoundUnit, UpdateRoundRequest } from "../../contract/reporting.ts";
import { CHONGQING_CODE } from "../../data/load-seed-data.ts";
import type { Db } from "../db/connect.ts";
import type { RoundRow } from "../db/schema.ts";
import { AppError, conflict, invalidField, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as rounds from "../repositories/rounds.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";
import { recordAudit, type Who } from "./audit.service.ts";

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
/** A date column as YYYY-MM-DD, whichever driver read it. */
export const dateText = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

function presentSummary(row: RoundRow, indicatorCount: number, unitCount: number): RoundSummary {
  return {
    id: row.id,
    title: row.title,
    period: row.period,
    dueOn: dateText(row.due_on),
    status: row.status as RoundSummary["status"],
    publishedAt: iso(row.published_at),
    indicatorCount,
    unitCount,
    note: row.note,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function requireRound(db: Db, id: number): Promise<RoundRow> {
  const row = await rounds.findRound(db, id);
  if (!row) throw notFound("id", `填报轮次 ${id} 不存在`, `reporting round ${id} does not exist`);
  return row;
}

/** The round's units with their names and the place a body reports for. */
export async function roundUnits(db: Db, roundId: number): Promise<RoundUnit[]> {
  const [units, places, bodies] = await Promise.all([rounds.findRoundUnits(db, [roundId]), catalogue.findPlaces(db), catalogue.findBodies(db)]);
  const placeBy = new Map(places.map((p) => [p.code, p]));
  const bodyBy = new Map(bodies.map((b) => [b.code, b]));
  return units.map((u) => {
    if (u.kind === "body") {
      const body = bodyBy.get(u.code);
      return { kind: "body" as const, code: u.code, nameZh: body?.name_zh ?? u.code, nameEn: body?.name_en ?? u.code, placeCode: body?.place_code ?? CHONGQING_CODE };
    }
    const place = placeBy.get(u.code);
    return { kind: "place" as const, code: u.code, nameZh: place?.name_zh ?? u.code, nameEn: place?.name_en ?? u.code, placeCode: u.code };
  });
}

export async function getRound(db: Db, id: number): Promise<RoundDetail> {
  const row = await requireRound(db, id);
  const [indicatorLinks, indicatorRows, units] = await Promise.all([rounds.findRoundIndicators(db, [id]), catalogue.findIndicators(db), roundUnits(db, id)]);
  const byCode = new Map(indicatorRows.map((r) => [r.code, presentIndicator(r)]));
  const indicators = indicatorLinks.map((link) => {
    const i = byCode.get(link.indicator_code)!;
    return { code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, displayUnit: displayUnitOf(i), decimals: i.decimals };
  });
  return { ...presentSummary(row, indicators.length, units.length), indicators, units };
}

/** Rounds the person may see: all for the office, leaders and administrators; for scoped people those asking their units. */
export async function listRounds(db: Db, actor: Actor, tree: PlaceTree): Promise<RoundSummary[]> {
  let ids: number[] | undefined;
  if (actor.role === "reporter" || actor.role === "reviewer") {
    const [all, bodies] = await Promise.all([db.selectFrom("round_units").selectAll().execute(), catalogue.findBodies(db)]);
    const bodyPlace = new Map(bodies.map((b) => [b.code, b.place_code ?? CHONGQING_CODE]));
    const resourceOf = (u: { kind: string; code: string }) => (u.kind === "body" ? { placeCode: bodyPlace.get(u.code), bodyCode: u.code } : { placeCode: u.code });
    ids = [...new Set(all.filter((u) => inScope(actor, resourceOf(u), tree)).map((u) => u.round_id))];
  }
  const rows = await rounds.findRounds(db, ids);
  const [indicators, units] = await Promise.all([rounds.findRoundIndicators(db, rows.map((r) => r.id)), rounds.findRoundUnits(db, rows.map((r) => r.id))]);
  const count = (list: { round_id: number }[], id: number) => list.filter((x) => x.round_id === id).length;
  return rows.map((r) => presentSummary(r, count(indicators, r.id), count(units, r.id)));
}

export async function createRound(db: Db, request: CreateRoundRequest, who: Who): Promise<RoundDetail> {
  const period = parsePeriod(request.period)!;
  return db.transaction().execute(async (tx) => {
    const [indicatorRows, places, bodies] = await Promise.all([catalogue.findIndicators(tx), catalogue.findPlaces(tx), catalogue.findBodies(tx)]);
    const indicatorBy = new Map(indicatorRows.map((r) => [r.code, presentIndicator(r)]));
    const codes = [...new Set(request.indicatorCodes)];
    for (const [i, code] of codes.entries()) {
      const indicator = indicatorBy.get(code);
      if (!indicator) throw new AppError("unknown_reference", { zh: `指标“${code}”不存在`, en: `indicator "${code}" does not exist` }, `indicatorCodes[${i}]`);
      if (!periodFits(period, indicator.periodicity)) {
        throw invalidField(`indicatorCodes[${i}]`, `指标“${indicator.nameZh}”不按此期间（${request.period}）的频度统计`, `indicator "${indicator.nameEn}" is not reported per the period ${request.period}`);
      }
    }
    const known = { place: new Set(places.map((p) => p.code)), body: new Set(bodies.map((b) => b.code)) };
    const units = [...new Map(request.units.map((u) => [`${u.kind}:${u.code}`, u])).values()];
    for (const [i, unit] of units.entries()) {
      if (!known[unit.kind].has(unit.code)) throw new AppError("unknown_reference", { zh: `${unit.kind === "place" ? "地区" : "单位"}“${unit.code}”不存在`, en: `${unit.kind} "${unit.code}" does not exist` }, `units[${i}].code`);
    }
    const row = await rounds.insertRound(tx, { title: request.title.trim(), period: request.period, granularity: period.granularity, year: period.year, due_on: request.dueOn, note: request.note ?? null, created_by: who.name });
    await rounds.insertRoundParts(tx, row.id, codes, units);
    const detail = await getRound(tx, row.id);
    await recordAudit(tx, who, { entity: "round", entityId: row.id, action: "create", after: { title: detail.title, period: detail.period, dueOn: detail.dueOn, indicators: codes, units } });
    return detail;
  });
}

/** Title, due date, note, or status (close, reopen). */
export async function updateRound(db: Db, id: number, request: UpdateRoundRequest, who: Who): Promise<RoundDetail> {
  return db.transaction().execute(async (tx) => {
    const before = await rounds.lockRound(tx, id);
    if (!before) throw notFound("id", `填报轮次 ${id} 不存在`, `reporting round ${id} does not exist`);
    const after = await rounds.updateRound(tx, id, {
      title: request.title?.trim() ?? before.title,
      due_on: request.dueOn ?? dateText(before.due_on),
      status: request.status ?? before.status,
      note: request.note ?? before.note,
    });
    await recordAudit(tx, who, { entity: "round", entityId: id, action: request.status && request.status !== before.status ? (request.status === "closed" ? "close" : "reopen") : "update", before: presentSummary(before, 0, 0), after: presentSummary(after, 0, 0), reason: request.reason ?? null });
    return getRound(tx, id);
  });
}

/**
 * Publishes the round (政务公开): its approved figures become public, and figures approved in it
 * later are public at approval.
 */
export async function publishRound(db: Db, id: number, who: Who): Promise<RoundDetail> {
  return db.transaction().execute(async (tx) => {
    const row = await rounds.lockRound(tx, id);
    if (!row) throw notFound("id", `填报轮次 ${id} 不存在`, `reporting round ${id} does not exist`);
    if (row.published_at) throw conflict("id", `填报轮次“${row.title}”已发布`, `round "${row.title}" is already published`);
    const now = new Date();
    await rounds.updateRound(tx, id, { published_at: now });
    const published = await tx.updateTable("data_values").set({ published_at: now }).where("round_id", "=", id).where("status", "=", "approved").where("published_at", "is", null).executeTakeFirst();
    await recordAudit(tx, who, { entity: "round", entityId: id, action: "publish", after: { publishedAt: now.toISOString(), values: Number(published.numUpdatedRows) } });
    return getRound(tx, id);
  });
}
