/**
 * The registry's record shapes: an enterprise (统一社会信用代码, name, place, industry), its statuses
 * with validity periods, and the kinds of status the registry keeps.
 */
import type { EnterpriseYear } from "./model.ts";

/** Status kinds: 重庆市科技型企业 (入库), 国家科技型中小企业 (yearly 入库编号), 高新技术企业 (certificate, 3 years), 专精特新, 小巨人, 科创板上市. */
export const STATUS_KINDS = ["cq-tech", "tech-sme", "high-tech", "specialised", "little-giant", "star-market"] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Names of the status kinds, zh-CN and English. */
export const STATUS_NAMES: Readonly<Record<StatusKind, { zh: string; en: string }>> = {
  "cq-tech": { zh: "重庆市科技型企业", en: "Chongqing tech-based enterprise" },
  "tech-sme": { zh: "国家科技型中小企业", en: "national tech-based SME" },
  "high-tech": { zh: "高新技术企业", en: "certified high-tech enterprise" },
  specialised: { zh: "专精特新企业", en: "specialised and innovative SME" },
  "little-giant": { zh: "专精特新“小巨人”", en: "little giant" },
  "star-market": { zh: "科创板上市", en: "listed on the STAR Market" },
};

/** One status with its validity (ISO dates; `validTo` null when open-ended). */
export interface EnterpriseStatus {
  kind: StatusKind;
  reference: string | null;
  validFrom: string;
  validTo: string | null;
}

/** An enterprise as the registry holds it. */
export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  /** District or county code (区县). */
  placeCode: string;
  /** High-tech zone or park place code, when inside one. */
  zoneCode: string | null;
  park: string | null;
  /** GB/T 4754 industry code. */
  industryCode: string | null;
  registeredOn: string | null;
}

/** An enterprise with its years and statuses. */
export interface EnterpriseFile extends EnterpriseRecord {
  years: EnterpriseYear[];
  statuses: EnterpriseStatus[];
}

/** Years a 高新技术企业 certificate is valid. */
export const HIGH_TECH_CERTIFICATE_YEARS = 3;

/** The day before the same date `years` later: a certificate issued 2023-11-20 runs to 2026-11-19. */
export function addYearsLessADay(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** True when the status holds on the date (ISO). */
export function statusHolds(s: Pick<EnterpriseStatus, "validFrom" | "validTo">, on: string): boolean {
  return s.validFrom <= on && (s.validTo === null || on <= s.validTo);
}
