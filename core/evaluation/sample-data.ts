/**
 * Generated sample data (示例数据) for a template until places report real figures: a seeded,
 * reproducible panel in which each place has one latent innovation strength shared by its indicators,
 * so the ranking looks plausible. It is never statistics, and everything built from it says so.
 */
import { createRng, type Rng } from "../indices/prng.ts";
import type { DataRow } from "./model.ts";
import type { EvaluationTemplate } from "./templates.ts";

export interface SamplePlace {
  code: string;
  name: string;
}

/** Standard normal variate by Box–Muller: √(−2 ln u₁)·cos(2π u₂). */
function normal(rng: Rng): number {
  const u1 = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng.next());
}

const round = (v: number, decimals: number): number => Number(v.toFixed(decimals));

/** Share of values left missing, so imputation and missing-value reports have work to show. */
const MISSING_SHARE = 0.02;

/**
 * One row per place and year of the template. ln v = ln typical + spread·(0.8·z_place + 0.6·e), with
 * z negated for lower-is-better indicators; later years grow by (1 + growth + g_place)^(year − first).
 */
export function generateSampleData(t: EvaluationTemplate, places: readonly SamplePlace[], seed = t.seed): DataRow[] {
  const rng = createRng(seed);
  const first = Math.min(...t.years);
  const rows: DataRow[] = [];
  for (const place of places) {
    const strength = normal(rng);
    const pace = 0.02 * normal(rng);
    const levels = t.indicators.map((i) => {
      const z = (i.direction ?? 1) === -1 ? -strength : strength;
      return Math.exp(Math.log(i.sample.typical) + i.sample.spread * (0.8 * z + 0.6 * normal(rng)));
    });
    for (const year of t.years) {
      const values: Record<string, number | null> = {};
      t.indicators.forEach((i, k) => {
        const drift = (1 + i.sample.growth + (i.direction === -1 ? -pace : pace)) ** (year - first);
        const v = levels[k]! * drift * (1 + 0.03 * normal(rng));
        const missing = rng.next() < MISSING_SHARE;
        values[i.code] = missing ? null : round(Math.min(v, i.sample.max ?? Infinity), i.sample.decimals);
      });
      rows.push({ uCode: place.code, uName: place.name, time: year, groups: {}, values });
    }
  }
  return rows;
}
