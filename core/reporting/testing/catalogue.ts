/**
 * Test support (tests and bench only, never imported by reporting code): a small real catalogue —
 * technology contracts, R&D expenditure, GDP, R&D intensity, technology SMEs — and Chongqing with
 * three of its districts, plus a ReportContext over in-memory stored values.
 */
import { Indicator } from "../../indicators/indicator.ts";
import type { ReportContext } from "../validate-report.ts";

export const CITY = "500000";
export const SHAPINGBA = "500106";
export const JIULONGPO = "500107";
export const YUBEI = "500112";

export const indicatorList: Indicator[] = [
  { code: "tech-contract-value", nameZh: "技术合同成交额", nameEn: "Value of registered technology contracts", unit: "元", displayUnit: "亿元", displayScale: 1e8, decimals: 1, measure: "amount", aggregation: { method: "sum" } },
  { code: "rd-expenditure", nameZh: "研发经费", nameEn: "R&D expenditure", unit: "元", displayUnit: "亿元", displayScale: 1e8, decimals: 2, measure: "amount", aggregation: { method: "sum" } },
  { code: "gdp", nameZh: "地区生产总值", nameEn: "Gross domestic product", unit: "元", displayUnit: "亿元", displayScale: 1e8, decimals: 2, measure: "amount", aggregation: { method: "sum" } },
  { code: "rd-intensity", nameZh: "研发投入强度", nameEn: "R&D intensity", unit: "%", decimals: 2, measure: "share", aggregation: { method: "ratio", numerator: "rd-expenditure", denominator: "gdp", scale: 100 } },
  { code: "tech-smes", nameZh: "科技型企业", nameEn: "Technology-based SMEs", unit: "家", measure: "count", aggregation: { method: "sum" } },
  { code: "rd-expenditure-growth", nameZh: "全社会研发经费投入增长", nameEn: "Growth of gross R&D expenditure", unit: "%", decimals: 1, measure: "rate", aggregation: { method: "none" } },
  { code: "tech-smes-monthly", nameZh: "新增科技型企业（月）", nameEn: "New technology-based SMEs per month", unit: "家", measure: "count", periodicity: "month", aggregation: { method: "sum" } },
].map((i) => Indicator.parse(i));

export const indicators: ReadonlyMap<string, Indicator> = new Map(indicatorList.map((i) => [i.code, i]));

export const placeList = [
  { code: CITY, nameZh: "重庆市", nameEn: "Chongqing Municipality", parentCode: null },
  { code: SHAPINGBA, nameZh: "沙坪坝区", nameEn: "Shapingba District", parentCode: CITY },
  { code: JIULONGPO, nameZh: "九龙坡区", nameEn: "Jiulongpo District", parentCode: CITY },
  { code: YUBEI, nameZh: "渝北区", nameEn: "Yubei District", parentCode: CITY },
];

export const places: ReadonlyMap<string, { code: string; nameZh: string; nameEn: string }> = new Map(placeList.map((p) => [p.code, p]));

/** A stored value (base unit) keyed by indicator, place and period. */
export type Stored = Array<{ indicatorCode: string; placeCode: string; period: string; value: number }>;

/** The period just before a year, quarter or month period text (2025 → 2024, 2025Q1 → 2024Q4). */
function before(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return Number(q[2]) === 1 ? `${Number(q[1]) - 1}Q4` : `${q[1]}Q${Number(q[2]) - 1}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return Number(m[2]) === 1 ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(Number(m[2]) - 1).padStart(2, "0")}`;
  return String(Number(period) - 1);
}

/** A context over stored values, with the defaults of the brief (change bound 0.5, ratio tolerance 0.01). */
export function context(stored: Stored = [], patch: Partial<ReportContext> = {}): ReportContext {
  const byKey = new Map(stored.map((s) => [`${s.indicatorCode}|${s.placeCode}|${s.period}`, s.value]));
  return {
    indicators,
    places,
    currentYear: 2025,
    previous(indicatorCode, placeCode, period) {
      const p = before(period);
      const value = byKey.get(`${indicatorCode}|${placeCode}|${p}`);
      return value === undefined ? undefined : { period: p, value };
    },
    known: (indicatorCode, placeCode, period) => byKey.get(`${indicatorCode}|${placeCode}|${period}`),
    changeBound: 0.5,
    ratioTolerance: 0.01,
    ...patch,
  };
}
