/**
 * 企业成长性 — growth as the 高新技术企业认定管理工作指引 (国科发火〔2016〕195号) defines it for net
 * assets and sales: g = ½(Y₂/Y₁ + Y₃/Y₂) − 1 over the last three year-ends, with its edge rules.
 */
import { bandOf, bandPoints, nextBand, pct, type BandTable } from "./bands.ts";

/** A. ≥35% 9–10; B. ≥25% 7–8; C. ≥15% 5–6; D. ≥5% 3–4; E. >0 1–2; F. ≤0 0 (each of the two rates, ≤10). */
export const GROWTH_BANDS: BandTable = [
  { grade: "A", from: 0.35, points: [9, 10] },
  { grade: "B", from: 0.25, points: [7, 8] },
  { grade: "C", from: 0.15, points: [5, 6] },
  { grade: "D", from: 0.05, points: [3, 4] },
  { grade: "E", from: 0, exclusive: true, points: [1, 2] },
  { grade: "F", from: -Infinity, points: 0 },
];

/** How a rate was reached. */
export type GrowthBasis = "three-years" | "last-two-years" | "two-years" | "second-year-zero" | "insufficient";

export interface Growth {
  /** The rate; null when it cannot be computed (then 0 points). */
  rate: number | null;
  basis: GrowthBasis;
  points: { min: number; max: number };
  grade: string;
  /** The third-year figure that reaches the next band (three-year basis only). */
  nextBandAt: { grade: string; value: number } | null;
}

/**
 * Growth rate of up to three year-end figures (oldest first). Edge rules of the guideline: a zero
 * first year counts the last two years (Y₃/Y₂ − 1); a zero second year scores 0; a negative rate
 * scores 0; under three years of operation, the years there are (Y₂/Y₁ − 1).
 */
export function growthRate(values: readonly (number | null | undefined)[]): Growth {
  const v = values.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  const zero: Growth = { rate: null, basis: "insufficient", points: { min: 0, max: 0 }, grade: "F", nextBandAt: null };
  if (v.length !== values.length || v.length < 2) return zero;
  let rate: number;
  let basis: GrowthBasis;
  if (v.length >= 3) {
    const [y1, y2, y3] = v.slice(-3) as [number, number, number];
    if (y2 === 0) return { ...zero, basis: "second-year-zero" };
    if (y1 === 0) {
      rate = y3 / y2 - 1;
      basis = "last-two-years";
    } else {
      rate = 0.5 * (y2 / y1 + y3 / y2) - 1;
      basis = "three-years";
    }
  } else {
    const [y1, y2] = v as [number, number];
    if (y1 === 0) return zero;
    rate = y2 / y1 - 1;
    basis = "two-years";
  }
  // Rounded to 10 decimals so a rate exactly on a band edge (25 %) is not lost to binary fractions.
  rate = Math.round(rate * 1e10) / 1e10;
  const band = bandOf(GROWTH_BANDS, rate);
  const next = nextBand(GROWTH_BANDS, band);
  let nextBandAt: Growth["nextBandAt"] = null;
  if (next && basis === "three-years") {
    const [y1, y2] = v.slice(-3) as [number, number, number];
    // ½(Y₂/Y₁ + Y₃/Y₂) − 1 ≥ t ⇔ Y₃ ≥ Y₂·(2(1 + t) − Y₂/Y₁)
    nextBandAt = { grade: next.grade, value: y2 * (2 * (1 + next.from) - y2 / y1) };
  }
  return { rate, basis, points: bandPoints(band), grade: band.grade, nextBandAt };
}

/** One line on how a growth rate was reached. */
export function describeGrowth(g: Growth): { zh: string; en: string } {
  switch (g.basis) {
    case "insufficient":
      return { zh: "数据不足，按0分计", en: "too few figures: 0 points" };
    case "second-year-zero":
      return { zh: "第二年末为0，按0分计", en: "second year-end is zero: 0 points" };
    default: {
      const how = { "three-years": ["½(Y₂/Y₁+Y₃/Y₂)−1", "½(Y₂/Y₁+Y₃/Y₂)−1"], "last-two-years": ["第一年末为0，按后两年计 Y₃/Y₂−1", "first year-end zero, last two years Y₃/Y₂−1"], "two-years": ["经营不满三年，按实际年份 Y₂/Y₁−1", "under three years, Y₂/Y₁−1"] }[g.basis];
      const pts = g.points.min === g.points.max ? `${g.points.max}` : `${g.points.min}–${g.points.max}`;
      return { zh: `${how[0]} = ${pct(g.rate!)}，${g.grade}档${pts}分`, en: `${how[1]} = ${pct(g.rate!)}, band ${g.grade}: ${pts} points` };
    }
  }
}
