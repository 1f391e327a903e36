/**
 * 规划衔接: the indicators two plans share and, for each pair of their targets, whether the lower plan's
 * is consistent with, more ambitious than or weaker than the higher plan's (core/alignment). Which plan
 * is lower is read from the plans: the one whose parent is the other, else the one at the lower level.
 */
import type { AlignmentResponse, AlignmentRow } from "../../contract/alignment.ts";
import { compareTargets, type PlaceRelation } from "../../core/alignment/compare-targets.ts";
import type { Db } from "../db/connect.ts";
import type { PlanRow, TargetRow } from "../db/schema.ts";
import { invalidField, notFound } from "../errors/app-error.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as plans from "../repositories/plans.repository.ts";
import * as review from "../repositories/review.repository.ts";
import { presentIndicator } from "../presenters/catalogue.presenter.ts";

const LEVEL_RANK: Record<string, number> = { national: 0, province: 1, municipal: 2, city: 2, district: 3, zone: 3 };

async function requirePlan(db: Db, code: string, field: string): Promise<PlanRow> {
  const plan = await plans.findPlan(db, code);
  if (!plan) throw notFound(field, `规划“${code}”不存在`, `plan "${code}" does not exist`);
  return plan;
}

/** Orders two plans as [lower, higher]. */
function order(a: PlanRow, b: PlanRow): [PlanRow, PlanRow] {
  if (a.parent_code === b.code) return [a, b];
  if (b.parent_code === a.code) return [b, a];
  return (LEVEL_RANK[a.level] ?? 9) >= (LEVEL_RANK[b.level] ?? 9) ? [a, b] : [b, a];
}

function relationOf(lower: string, higher: string, parents: Map<string, string | null>): PlaceRelation {
  if (lower === higher) return "same";
  for (let p = parents.get(lower) ?? null, guard = 0; p !== null && guard < 20; p = parents.get(p) ?? null, guard++) if (p === higher) return "part";
  return "other";
}

const brief = (t: TargetRow) => ({ targetId: t.id, placeCode: t.place_code, kind: t.kind, comparator: t.comparator, value: t.value, year: t.target_year });

export async function alignPlans(db: Db, code: string, withCode: string): Promise<AlignmentResponse> {
  if (code === withCode) throw invalidField("with", "请选择另一个规划进行衔接比较", "choose another plan to align with");
  const [lower, higher] = order(await requirePlan(db, code, "code"), await requirePlan(db, withCode, "with"));
  const [lowerTargets, higherTargets, indicators, places] = await Promise.all([plans.findTargets(db, lower.code), plans.findTargets(db, higher.code), catalogue.findIndicators(db), review.findPlaceParents(db)]);
  const parents = new Map(places.map((p) => [p.code, p.parent_code]));
  const names = new Map(places.map((p) => [p.code, p.name_zh]));
  const indicatorByCode = new Map(indicators.map((i) => [i.code, presentIndicator(i)]));
  const alignable = (t: TargetRow, plan: PlanRow) => ({
    spec: { kind: t.kind as "level", value: t.value, targetYear: t.target_year, unit: t.unit ?? undefined, ...(t.baseline_value !== null && t.baseline_year !== null ? { baseline: { value: t.baseline_value, year: t.baseline_year } } : {}) },
    planStart: plan.period_start,
  });
  const rows: AlignmentRow[] = [];
  for (const l of lowerTargets) {
    for (const h of higherTargets.filter((t) => t.indicator_code === l.indicator_code)) {
      const indicator = indicatorByCode.get(l.indicator_code)!;
      const relation = relationOf(l.place_code, h.place_code, parents);
      const r = compareTargets(alignable(l, lower), alignable(h, higher), {
        measure: indicator.measure,
        direction: indicator.direction,
        relation,
        places: { lower: names.get(l.place_code) ?? l.place_code, higher: names.get(h.place_code) ?? h.place_code },
      });
      rows.push({ indicatorCode: indicator.code, indicatorZh: indicator.nameZh, indicatorEn: indicator.nameEn, lower: brief(l), higher: brief(h), verdict: r.verdict, basis: r.basis, lowerFigure: r.lower, higherFigure: r.higher, rateBasis: r.rateBasis, reason: r.reason, notes: r.notes });
    }
  }
  const lowerCodes = new Set(lowerTargets.map((t) => t.indicator_code));
  const higherCodes = new Set(higherTargets.map((t) => t.indicator_code));
  return {
    lowerPlan: lower.code,
    higherPlan: higher.code,
    placeRelation: relationOf(lower.place_code ?? "", higher.place_code ?? "", parents),
    rows,
    onlyLower: [...lowerCodes].filter((c) => !higherCodes.has(c)),
    onlyHigher: [...higherCodes].filter((c) => !lowerCodes.has(c)),
  };
}
