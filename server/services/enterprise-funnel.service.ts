/**
 * The funnel of a place (区县 or 高新区): enterprises holding each status at each year's end against
 * the plan targets for 科技型企业 and 高新技术企业; the figures reported beside the registry's counts
 * with their difference; 高企 certificates lapsing within 12 months; and the 培育库 of enterprises
 * that would qualify next year on current trends. Also registry snapshots: counts per place and year
 * kept as registry_counts, and — for a real (not sample) registry — written as approved figures whose
 * source is the registry where no other figure exists. A sample registry's counts never become figures.
 */
import { cultivationPool, type CultivationPack } from "../../core/enterprises/cultivation.ts";
import type { FunnelResponse, SnapshotResponse } from "../../contract/enterprises.ts";
import type { Db } from "../db/connect.ts";
import * as funnel from "../repositories/enterprise-funnel.repository.ts";
import * as registry from "../repositories/enterprises.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { today } from "./enterprises.service.ts";

/** Indicators a registry counts, with the status kinds that count. */
export const REGISTRY_INDICATORS: Readonly<Record<string, readonly string[]>> = {
  "tech-smes": ["cq-tech", "tech-sme"],
  "hitech-enterprises": ["high-tech"],
};
const INDICATORS = Object.keys(REGISTRY_INDICATORS);
const POOL_SIZE = 50;
/** Enterprises assessed per database read when building a pool. */
const POOL_CHUNK = 2_000;

/** The day 12 months after an ISO date. */
const yearLater = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

/** The funnel of a place on a date. */
export async function placeFunnel(db: Db, placeCode: string, on = today()): Promise<FunnelResponse> {
  const thisYear = Number(on.slice(0, 4));
  const span = await funnel.statusYears(db);
  const from = Math.max(span?.from ?? thisYear, thisYear - 9);
  const [counts, targets, reported, snapshots, lapsing] = await Promise.all([
    funnel.countStatusesByYear(db, placeCode, from, thisYear),
    funnel.findPlaceTargets(db, INDICATORS, placeCode),
    funnel.findReportedFigures(db, INDICATORS, placeCode),
    funnel.latestSnapshots(db),
    funnel.findLapsing(db, placeCode, on, yearLater(on), 200),
  ]);
  const real = snapshots.find((s) => !s.sample);
  const sample = snapshots.find((s) => s.sample);
  const registryCounts = await funnel.findRegistryCounts(db, snapshots.map((s) => s.id), INDICATORS, placeCode);
  const key = (i: string, p: string) => `${i}|${p}`;
  const byReported = new Map(reported.filter((r) => r.status === "approved").map((r) => [key(r.indicator_code, r.period), r.value]));
  const byReal = new Map(registryCounts.filter((c) => c.snapshot_id === real?.id).map((c) => [key(c.indicator_code, c.period), c.value]));
  const bySample = new Map(registryCounts.filter((c) => c.snapshot_id === sample?.id).map((c) => [key(c.indicator_code, c.period), c.value]));
  const keys = [...new Set([...byReported.keys(), ...byReal.keys(), ...bySample.keys()])].sort();
  const figures = keys.map((k) => {
    const [indicatorCode, period] = k.split("|") as [string, string];
    const rep = byReported.get(k) ?? null;
    const reg = byReal.get(k) ?? null;
    return { indicatorCode, period, reported: rep, registry: reg, difference: rep !== null && reg !== null ? reg - rep : null, sampleRegistry: bySample.get(k) ?? null };
  });
  return {
    placeCode,
    on,
    counts,
    targets: targets.map((t) => ({ planCode: t.plan_code, indicatorCode: t.indicator_code, kind: t.kind, comparator: t.comparator, value: t.value, targetYear: t.target_year })),
    figures,
    snapshots: snapshots.map((s) => ({ id: s.id, takenOn: s.taken_on, sample: s.sample, enterprises: s.enterprises })),
    lapsing: lapsing.map((l) => ({ creditCode: l.credit_code, name: l.name, reference: l.reference, validTo: l.valid_to, sample: l.sample })),
    pool: { techSme: await pool(db, placeCode, "tech-sme", on), highTech: await pool(db, placeCode, "high-tech", on) },
  };
}

/** The 培育库 for one pack: enterprises of the place without the status that qualify next year on trend. */
async function pool(db: Db, placeCode: string, pack: CultivationPack, on: string): Promise<FunnelResponse["pool"]["techSme"]> {
  const without = await funnel.findWithout(db, placeCode, pack === "tech-sme" ? ["tech-sme"] : ["high-tech"], on);
  const names = new Map(without.map((w) => [w.credit_code, w]));
  let best: ReturnType<typeof cultivationPool> = [];
  for (let i = 0; i < without.length; i += POOL_CHUNK) {
    const codes = without.slice(i, i + POOL_CHUNK).map((w) => w.credit_code);
    const years = await registry.findYears(db, codes);
    const found = cultivationPool(pack, codes.map((c) => ({ creditCode: c, years: years.get(c) ?? [], registeredOn: names.get(c)!.registered_on })), POOL_SIZE);
    best = [...best, ...found].sort((a, b) => a.gapNow - b.gapNow || (a.creditCode < b.creditCode ? -1 : 1)).slice(0, POOL_SIZE);
  }
  return best.map((c) => ({ creditCode: c.creditCode, name: names.get(c.creditCode)!.name, sample: names.get(c.creditCode)!.sample, gapNow: Number(c.gapNow.toFixed(4)), summaryNow: c.now.summary, summaryNext: c.next.summary }));
}

/**
 * Counts the registry on a date (real enterprises, or the sample ones) for every place and year up to
 * the date's year, keeps the counts with the snapshot and, for a real registry, writes them as figures.
 */
export async function takeSnapshot(db: Db, options: { on?: string; sample: boolean }, who: Who): Promise<SnapshotResponse> {
  const on = options.on ?? today();
  const to = Number(on.slice(0, 4));
  return db.transaction().execute(async (tx) => {
    const span = await funnel.statusYears(tx);
    const known = new Set((await tx.selectFrom("indicators").select("code").where("code", "in", INDICATORS).execute()).map((r) => r.code));
    const { total, sample } = await registry.countEnterprises(tx);
    const snapshot = await tx.insertInto("registry_snapshots").values({ taken_on: on, sample: options.sample, enterprises: options.sample ? sample : total - sample, created_by: who.name }).returning("id").executeTakeFirstOrThrow();
    let counts = 0;
    if (span) {
      for (const indicator of INDICATORS.filter((i) => known.has(i))) {
        const rows = (await funnel.countAllPlaces(tx, REGISTRY_INDICATORS[indicator]!, options.sample, span.from, Math.min(to, span.to))).filter((r) => r.year <= to);
        for (let i = 0; i < rows.length; i += 2_000) {
          await tx.insertInto("registry_counts").values(rows.slice(i, i + 2_000).map((r) => ({ snapshot_id: snapshot.id, indicator_code: indicator, place_code: r.placeCode, period: String(r.year), value: r.value }))).execute();
        }
        counts += rows.length;
      }
    }
    const ref = `registry snapshot #${snapshot.id} (${on})`;
    const figuresWritten = options.sample ? 0 : await funnel.writeRegistryFigures(tx, snapshot.id, ref, who.name);
    await recordAudit(tx, who, { entity: "import", entityId: `snapshot-${snapshot.id}`, action: "registry_snapshot", after: { on, sample: options.sample, counts, figuresWritten } });
    return { id: snapshot.id, takenOn: on, sample: options.sample, enterprises: options.sample ? sample : total - sample, counts, figuresWritten };
  });
}
