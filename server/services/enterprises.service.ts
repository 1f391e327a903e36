/**
 * The registry's reads and the rule packs over stored or given figures: a page of enterprises with
 * the statuses they hold, an enterprise's card (years, statuses, both packs' assessments, history),
 * and an assessment of figures sent (nothing stored).
 */
import { assessHighTech, assessTechSme } from "../../core/enterprises/index.ts";
import { assessYears } from "../../core/enterprises/cultivation.ts";
import type { Assessment, AssessRequest, EnterpriseDetail, EnterpriseSummary } from "../../contract/enterprises.ts";
import type { Db } from "../db/connect.ts";
import { notFound } from "../errors/app-error.ts";
import * as audit from "../repositories/audit.repository.ts";
import * as registry from "../repositories/enterprises.repository.ts";

/** Today as an ISO date (UTC). */
export const today = () => new Date().toISOString().slice(0, 10);

/** A page of enterprises (one more than `limit` when more follow). */
export async function listEnterprises(db: Db, filter: { q?: string; placeCode?: string; status?: string; after?: string; limit: number; on?: string }): Promise<EnterpriseSummary[]> {
  const on = filter.on ?? today();
  const rows = await registry.findEnterprisePage(db, { ...filter, on });
  const held = await registry.findHeldKinds(db, rows.map((r) => r.credit_code), on);
  return rows.map((r) => ({
    creditCode: r.credit_code,
    name: r.name,
    placeCode: r.place_code,
    zoneCode: r.zone_code,
    park: r.park,
    industryCode: r.industry_code,
    sample: r.sample,
    holds: (held.get(r.credit_code) ?? []) as EnterpriseSummary["holds"],
  }));
}

/** An enterprise's card; 404 when the code is not in the registry. */
export async function getEnterprise(db: Db, code: string, on = today()): Promise<EnterpriseDetail> {
  const e = await registry.findEnterprise(db, code.trim().toUpperCase());
  if (!e) throw notFound("creditCode", `企业库中没有统一社会信用代码为 ${code} 的企业`, `no enterprise with credit code ${code} in the registry`);
  const held = [...new Set(e.statuses.filter((s) => s.validFrom <= on && (s.validTo === null || on <= s.validTo)).map((s) => s.kind))];
  const history = await audit.findAudit(db, { entity: "enterprise", entityId: e.creditCode, limit: 50 });
  const hasCertificate = e.statuses.some((s) => s.kind === "high-tech" && s.validFrom <= on && (s.validTo === null || on <= s.validTo));
  return {
    creditCode: e.creditCode,
    name: e.name,
    placeCode: e.placeCode,
    zoneCode: e.zoneCode,
    park: e.park,
    industryCode: e.industryCode,
    sample: e.sample,
    holds: held,
    registeredOn: e.registeredOn,
    years: e.years,
    statuses: e.statuses,
    assessments: {
      techSme: e.years.length ? assessTechSme({ year: e.years[e.years.length - 1]!, direct: { highTechCertificate: hasCertificate } }) : null,
      highTech: e.years.length ? assessHighTech({ years: e.years.slice(-3), registeredOn: e.registeredOn, assessedOn: on }) : null,
    },
    history: history.map((h) => ({ at: new Date(h.at).toISOString(), actor: h.actor, action: h.action, reason: h.reason })),
  };
}

/** Assesses figures sent with the request. */
export function assessFigures(request: AssessRequest): Assessment {
  if (request.pack === "tech-sme") {
    const years = [...request.years].sort((a, b) => a.year - b.year);
    return assessTechSme({ year: years[years.length - 1]!, declarations: request.declarations, direct: request.direct });
  }
  return assessHighTech({ years: request.years, registeredOn: request.registeredOn, assessedOn: request.assessedOn, judgements: request.judgements });
}

/** Assesses a stored enterprise on one pack. */
export async function assessStored(db: Db, code: string, pack: "tech-sme" | "high-tech"): Promise<Assessment> {
  const card = await getEnterprise(db, code);
  const a = pack === "tech-sme" ? card.assessments.techSme : card.assessments.highTech;
  return a ?? assessYears(pack, [{ year: new Date().getUTCFullYear() - 1 }])!;
}
