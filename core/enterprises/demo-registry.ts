/**
 * A generated registry (示例数据) at the seeds' scale: 58,524 科技型企业 (2023, 002's figure) across
 * the districts and counties, about 13 % of them 高新技术企业 (7,565 in 2023), each with three years
 * of plausible figures and statuses. Seeded and reproducible; every name says 示例, and whatever is
 * built from it is labelled sample data. Never statistics.
 */
import { createRng, type Rng } from "../indices/prng.ts";
import { withCheckCharacter } from "./credit-code.ts";
import type { EnterpriseYear } from "./model.ts";
import { addYearsLessADay, HIGH_TECH_CERTIFICATE_YEARS, type EnterpriseFile, type EnterpriseStatus } from "./registry.model.ts";

/** The seeds' totals the generator meets exactly. */
export const DEMO_TOTALS = { techEnterprises: 58_524, highTech: 7_565, year: 2023 } as const;
export const DEMO_SEED = 20_231_231;

export interface DemoPlace {
  code: string;
  nameZh: string;
  /** "district" (市辖区) or "county" (县). */
  kind: string;
  /** Zones (高新区) the place belongs to. */
  zones: readonly string[];
}

/** Options: seed, total (default 58,524), the last year of figures (default 2025). */
export interface DemoOptions {
  seed?: number;
  total?: number;
  lastYear?: number;
}

const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(Math.max(rng.next(), 1e-12))) * Math.cos(2 * Math.PI * rng.next());
const logNormal = (rng: Rng, median: number, spread: number) => median * Math.exp(spread * normal(rng));
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng.next() * (max - min + 1));
/** Districts with the most enterprises in the main urban area (主城都市区中心城区) weigh more. */
const CENTRAL = new Set(["500103", "500105", "500106", "500107", "500108", "500109", "500112", "500113", "500104"]);

/** GB 11714 organisation code check: C₉ = 11 − (Σ Cᵢ·Wᵢ mod 11), W = 3,7,9,10,5,8,4,2; 10 → X, 11 → 0. */
export function organisationCodeCheck(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body8].reduce((s, ch, i) => s + Number(ch) * w[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** How many of `total` each place gets: weights by kind and centrality with noise, largest remainders. */
export function allocate(places: readonly DemoPlace[], total: number, rng: Rng): number[] {
  const weights = places.map((p) => (CENTRAL.has(p.code) ? 6 : p.kind === "district" ? 2.2 : 0.7) * Math.exp(0.35 * normal(rng)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

function years(rng: Rng, lastYear: number, highTech: boolean): EnterpriseYear[] {
  const staff0 = Math.max(5, Math.round(logNormal(rng, highTech ? 90 : 35, 0.8)));
  const sales0 = logNormal(rng, highTech ? 6e7 : 1.2e7, 0.9);
  const intensity = Math.max(0.005, (highTech ? 0.055 : 0.035) + 0.02 * normal(rng));
  const stShare = Math.min(0.8, Math.max(0.03, (highTech ? 0.25 : 0.18) + 0.08 * normal(rng)));
  const growth = 0.1 + 0.15 * normal(rng);
  const out: EnterpriseYear[] = [];
  for (let k = 2; k >= 0; k--) {
    const f = Math.pow(1 + growth, -k) * Math.exp(0.05 * normal(rng));
    const sales = Math.round(sales0 * f);
    const staff = Math.max(3, Math.round(staff0 * Math.pow(1 + growth / 2, -k)));
    const rd = Math.round(sales * Math.max(0.002, intensity + 0.005 * normal(rng)));
    const total = Math.round(sales * (1.02 + 0.05 * rng.next()));
    const assets = Math.round(sales * (0.6 + 0.6 * rng.next()));
    out.push({
      year: lastYear - k,
      staff,
      sciTechStaff: Math.min(staff, Math.round(staff * stShare)),
      rdExpense: rd,
      rdDomestic: Math.round(rd * (0.85 + 0.15 * rng.next())),
      salesRevenue: sales,
      totalRevenue: total,
      highTechRevenue: highTech ? Math.round(total * (0.62 + 0.3 * rng.next())) : Math.round(total * 0.5 * rng.next()),
      totalCost: Math.round(sales * (0.85 + 0.1 * rng.next())),
      totalAssets: assets,
      netAssets: Math.round(assets * (0.35 + 0.3 * rng.next()) * f),
      ip: { invention: highTech ? int(rng, 1, 8) : rng.next() < 0.3 ? int(rng, 1, 2) : 0, utilityModel: int(rng, 0, 10), software: int(rng, 0, 6) },
      standardsLed: rng.next() < 0.02 ? 1 : 0,
      transformations: int(rng, highTech ? 2 : 0, highTech ? 7 : 3),
    });
  }
  return out;
}

/** The generated registry, in place order; the same options give the same registry. */
export function generateDemoRegistry(places: readonly DemoPlace[], options: DemoOptions = {}): EnterpriseFile[] {
  const rng = createRng(options.seed ?? DEMO_SEED);
  const total = options.total ?? DEMO_TOTALS.techEnterprises;
  const lastYear = options.lastYear ?? 2025;
  const highTechShare = DEMO_TOTALS.highTech / DEMO_TOTALS.techEnterprises;
  const counts = allocate(places, total, rng);
  const out: EnterpriseFile[] = [];
  let serial = 0;
  places.forEach((place, p) => {
    for (let n = 0; n < counts[p]!; n++) {
      serial++;
      const body8 = String(10_000_000 + serial).slice(-8);
      const code = withCheckCharacter(`91${place.code}${body8}${organisationCodeCheck(body8)}`);
      const highTech = rng.next() < highTechShare;
      const joined = int(rng, 2015, DEMO_TOTALS.year);
      const statuses: EnterpriseStatus[] = [{ kind: "cq-tech", reference: null, validFrom: `${joined}-${String(int(rng, 3, 11)).padStart(2, "0")}-15`, validTo: null }];
      for (let y = Math.max(joined + 1, lastYear - 2); y <= lastYear; y++) {
        if (rng.next() < 0.7) statuses.push({ kind: "tech-sme", reference: `${y}${place.code}A${String(serial).padStart(7, "0")}`, validFrom: `${y}-01-01`, validTo: `${y}-12-31` });
      }
      if (highTech) {
        // A first certificate, renewed every three years (four in five renew) up to the last year.
        const day = `${String(int(rng, 10, 12)).padStart(2, "0")}-${String(int(rng, 1, 28)).padStart(2, "0")}`;
        for (let y = int(rng, lastYear - 8, lastYear - 2); y <= lastYear; y += HIGH_TECH_CERTIFICATE_YEARS) {
          const issued = `${y}-${day}`;
          statuses.push({ kind: "high-tech", reference: `GR${y}${place.code.slice(0, 2)}00${String(serial).padStart(4, "0").slice(-4)}`, validFrom: issued, validTo: addYearsLessADay(issued, HIGH_TECH_CERTIFICATE_YEARS) });
          if (rng.next() < 0.2) break;
        }
      }
      if (rng.next() < 0.04) statuses.push({ kind: "specialised", reference: null, validFrom: `${int(rng, lastYear - 2, lastYear)}-06-30`, validTo: null });
      const zone = place.zones.length && rng.next() < 0.35 ? place.zones[0]! : null;
      out.push({
        creditCode: code,
        name: `示例企业·${place.nameZh}${String(n + 1).padStart(5, "0")}号（示例数据）`,
        placeCode: place.code,
        zoneCode: zone,
        park: null,
        industryCode: ["C39", "I65", "C35", "M73", "C27", "C38"][int(rng, 0, 5)]!,
        registeredOn: `${joined - int(rng, 1, 8)}-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}`,
        years: years(rng, lastYear, highTech),
        statuses,
      });
    }
  });
  return out;
}
