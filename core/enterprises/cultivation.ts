/**
 * 培育库 — the cultivation pool: next year's figures on current trends, and how far an enterprise is
 * from a status (科技型中小企业, 高新技术企业) now and on that projection, so a district can rank
 * the enterprises that would qualify next year by how little they lack.
 */
import { assessHighTech } from "./assess-high-tech.ts";
import { assessTechSme } from "./assess-tech-sme.ts";
import type { Assessment, EnterpriseYear } from "./model.ts";

const AMOUNTS = ["rdExpense", "rdDomestic", "salesRevenue", "highTechRevenue", "totalRevenue", "totalCost", "totalAssets", "netAssets"] as const;
const HEADS = ["staff", "sciTechStaff"] as const;
/** A year-on-year ratio used for a projection is held within these bounds. */
const TREND_BOUNDS = [0.5, 2] as const;

/** Next year's figures: each figure × its last year-on-year ratio (held to ½–2×); IP and counts held. */
export function projectNextYear(years: readonly EnterpriseYear[]): EnterpriseYear | null {
  const ys = [...years].sort((a, b) => a.year - b.year);
  const last = ys[ys.length - 1];
  if (!last) return null;
  const prev = ys.length > 1 && ys[ys.length - 2]!.year === last.year - 1 ? ys[ys.length - 2]! : null;
  const next: EnterpriseYear = { ...last, year: last.year + 1 };
  const trend = (a: number | null | undefined, b: number | null | undefined) =>
    typeof a === "number" && typeof b === "number" && a > 0 ? Math.min(TREND_BOUNDS[1], Math.max(TREND_BOUNDS[0], b / a)) : 1;
  for (const f of AMOUNTS) {
    const v = last[f];
    if (typeof v === "number") next[f] = Math.round(v * trend(prev?.[f], v));
  }
  for (const f of HEADS) {
    const v = last[f];
    if (typeof v === "number") next[f] = Math.round(v * trend(prev?.[f], v));
  }
  if (typeof next.staff === "number" && typeof next.sciTechStaff === "number") next.sciTechStaff = Math.min(next.sciTechStaff, next.staff);
  return next;
}

/**
 * How much an assessment lacks, 0 when it passes on its computed parts: for 科技型中小企业 the points
 * short of the pass mark over 60 (plus 1 for a zero staff score or a size limit); for 高新技术企业
 * one per failed computed condition plus each failing ratio's shortfall relative to its threshold.
 */
export function shortfall(a: Assessment): number {
  if (a.computedVerdict === "pass") return 0;
  if (a.pack === "tech-sme") {
    const score = a.conditions.find((c) => c.id === "score");
    const total = Number(score?.figures.score ?? 0);
    const staffZero = Number(score?.figures.staffScore ?? 0) === 0 ? 1 : 0;
    const size = a.conditions.find((c) => c.id === "size")?.verdict === "fail" ? 1 : 0;
    return Math.max(0, 60 - total) / 60 + staffZero + size;
  }
  let gap = 0;
  for (const c of a.conditions) {
    // A computed condition without its figures counts as one missed.
    if (c.verdict === "unknown" && !c.judged) gap += 1;
    if (c.verdict !== "fail" || (c.judged && c.id !== "coreIp")) continue;
    gap += 1;
    const share = c.figures.intensity ?? c.figures.share;
    const need = c.figures.required ?? { rdDomestic: 0.6, highTechRevenue: 0.6, sciTechStaff: 0.1 }[c.id as "rdDomestic"];
    if (typeof share === "number" && typeof need === "number" && need > 0) gap += Math.max(0, need - share) / need;
  }
  return gap;
}

/** Which pack a cultivation question is about. */
export type CultivationPack = "tech-sme" | "high-tech";

/**
 * Assesses an enterprise's years (latest year for 科技型中小企业, last three for 高新技术企业, as of
 * the end of the year after the latest, with the registration date when known).
 */
export function assessYears(pack: CultivationPack, years: readonly EnterpriseYear[], registeredOn?: string | null): Assessment | null {
  const ys = [...years].sort((a, b) => a.year - b.year);
  if (!ys.length) return null;
  const last = ys[ys.length - 1]!;
  return pack === "tech-sme" ? assessTechSme({ year: last }) : assessHighTech({ years: ys.slice(-3), registeredOn, assessedOn: `${last.year + 1}-06-30` });
}

/** One enterprise's standing: now, and next year on current trends. */
export interface CultivationCandidate {
  creditCode: string;
  /** Shortfall on the latest year (0: passes on its computed parts). */
  gapNow: number;
  /** Shortfall on the projection; a candidate qualifies next year when 0. */
  gapNext: number;
  now: Assessment;
  next: Assessment;
}

/**
 * The pool: of the enterprises given (those not holding the status), the ones that do not pass now
 * but pass on next year's projection, ranked by how little they lack now, then by credit code.
 */
export function cultivationPool(pack: CultivationPack, enterprises: Iterable<{ creditCode: string; years: readonly EnterpriseYear[]; registeredOn?: string | null }>, limit = 100): CultivationCandidate[] {
  const pool: CultivationCandidate[] = [];
  for (const e of enterprises) {
    const now = assessYears(pack, e.years, e.registeredOn);
    const projected = projectNextYear(e.years);
    if (!now || !projected) continue;
    const gapNow = shortfall(now);
    if (gapNow === 0) continue;
    const next = assessYears(pack, [...e.years, projected], e.registeredOn)!;
    const gapNext = shortfall(next);
    if (gapNext === 0) pool.push({ creditCode: e.creditCode, gapNow, gapNext, now, next });
  }
  pool.sort((a, b) => a.gapNow - b.gapNow || (a.creditCode < b.creditCode ? -1 : 1));
  return pool.slice(0, limit);
}
