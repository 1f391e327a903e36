/**
 * Loads the generated registry (示例数据, core/enterprises/demo-registry.ts) into the database: any
 * earlier sample enterprises replaced, every row flagged sample, one audit entry for the load (no
 * per-enterprise history for generated rows), and a sample snapshot so the funnel has counts to show —
 * counts that never become figures.
 */
import { generateDemoRegistry, type DemoOptions } from "../../core/enterprises/demo-registry.ts";
import type { Db } from "../db/connect.ts";
import * as catalogue from "../repositories/catalogue.repository.ts";
import * as registry from "../repositories/enterprises.repository.ts";
import { recordAudit, type Who } from "./audit.service.ts";
import { takeSnapshot } from "./enterprise-funnel.service.ts";

export async function loadDemoRegistry(db: Db, who: Who, options: DemoOptions = {}): Promise<{ enterprises: number; replaced: number; snapshotId: number }> {
  const [places, memberships] = await Promise.all([catalogue.findPlaces(db), catalogue.findMemberships(db)]);
  const zonesOf = new Map<string, string[]>();
  const zoneCodes = new Set(places.filter((p) => p.kind === "hightech_zone").map((p) => p.code));
  for (const m of memberships) if (zoneCodes.has(m.group_code)) zonesOf.set(m.member_code, [...(zonesOf.get(m.member_code) ?? []), m.group_code].sort());
  const districts = places.filter((p) => p.kind === "district" || p.kind === "county").map((p) => ({ code: p.code, nameZh: p.name_zh, kind: p.kind, zones: zonesOf.get(p.code) ?? [] }));
  const files = generateDemoRegistry(districts, options);
  const replaced = await db.transaction().execute(async (tx) => {
    const removed = await registry.deleteSampleEnterprises(tx);
    await registry.upsertEnterprises(tx, files, { by: who.name, sample: true, batchId: null });
    await recordAudit(tx, who, { entity: "import", entityId: "demo-registry", action: "load_demo_registry", after: { enterprises: files.length, replaced: removed, sample: true } });
    return removed;
  });
  const snapshot = await takeSnapshot(db, { sample: true }, who);
  return { enterprises: files.length, replaced, snapshotId: snapshot.id };
}
