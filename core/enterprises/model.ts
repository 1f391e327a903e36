/**
 * The registry's shapes the rule packs read: one enterprise's figures for one year (amounts in 元,
 * people as headcounts), intellectual property by kind, and the explained result every pack returns.
 */
import { z } from "zod";

/** Kinds of intellectual property recorded per year (valid at year end). */
export const IP_KINDS = [
  "invention", // 发明专利（含国防专利）
  "plantVariety", // 植物新品种
  "cropVariety", // 国家级农作物品种
  "newDrug", // 国家新药
  "tcmProtection", // 国家一级中药保护品种
  "icLayout", // 集成电路布图设计专有权
  "utilityModel", // 实用新型专利
  "design", // 外观设计专利
  "software", // 软件著作权
] as const;
export type IpKind = (typeof IP_KINDS)[number];

/** 一类 / 二类知识产权 — class I (invention-grade) and class II intellectual property. */
export const IP_CLASS: Readonly<Record<IpKind, "I" | "II">> = {
  invention: "I",
  plantVariety: "I",
  cropVariety: "I",
  newDrug: "I",
  tcmProtection: "I",
  icLayout: "I",
  utilityModel: "II",
  design: "II",
  software: "II",
};

const Amount = z.number().finite().min(0).max(1e13).nullable().optional();
const Count = z.number().int().min(0).max(1e9).nullable().optional();

/**
 * One enterprise's figures for one year; a missing figure is null or absent, never guessed. The API
 * validates requests against this schema too (contract/enterprises.ts).
 */
export const EnterpriseYear = z.object({
  year: z.number().int().min(1990).max(2100),
  /** 职工总数 */
  staff: Count,
  /** 科技人员数 */
  sciTechStaff: Count,
  /** 研发费用总额 (元) */
  rdExpense: Amount,
  /** 境内研发费用 (元) */
  rdDomestic: Amount,
  /** 销售收入 (元) */
  salesRevenue: Amount,
  /** 高新技术产品（服务）收入 (元) */
  highTechRevenue: Amount,
  /** 总收入 (元) */
  totalRevenue: Amount,
  /** 成本费用支出总额 (元) */
  totalCost: Amount,
  /** 资产总额 (元) */
  totalAssets: Amount,
  /** 净资产 (元); may be negative */
  netAssets: z.number().finite().min(-1e13).max(1e13).nullable().optional(),
  /** Valid intellectual property held at year end, by kind. */
  ip: z.partialRecord(z.enum(IP_KINDS), z.number().int().min(0).max(1e6)).nullable().optional(),
  /** 主导制定的国际、国家或行业标准 (count) */
  standardsLed: Count,
  /** 科技成果转化 (count in the year) */
  transformations: Count,
});
export type EnterpriseYear = z.infer<typeof EnterpriseYear>;

/** Bilingual text. */
export interface Text {
  zh: string;
  en: string;
}

/** Outcome of a condition or a pack: met, not met, or not decidable from what was entered. */
export type Verdict = "pass" | "fail" | "unknown";

/** One condition of a pack, with the figures it used and what would change it. */
export interface ConditionResult {
  id: string;
  label: Text;
  verdict: Verdict;
  /** The figures the condition read or computed (amounts in 元, ratios as fractions). */
  figures: Record<string, number | boolean | null>;
  explanation: Text;
  /** What would turn a fail into a pass (or reach the next band). */
  toChange?: Text;
  /** True when the condition is an expert's or the applicant's statement, not a computation. */
  judged: boolean;
  /** Clause of the document it encodes. */
  clause: string;
}

/** One scored item: points (a range while an expert has not picked within a band). */
export interface ScoreItem {
  id: string;
  label: Text;
  max: number;
  min: number;
  /** Points given: equal to `points.max` once decided. */
  points: { min: number; max: number };
  band?: string;
  figures: Record<string, number | null>;
  explanation: Text;
  toChange?: Text;
  judged: boolean;
  clause: string;
}

/** A document a pack encodes. */
export interface PackDocument {
  number: string;
  title: string;
}

/** The explained result of a rule pack. */
export interface Assessment {
  pack: "tech-sme" | "high-tech";
  version: string;
  documents: PackDocument[];
  year: number;
  verdict: Verdict;
  /** The verdict on the computed parts alone (judged conditions set aside, a score range's upper end). */
  computedVerdict: Verdict;
  /** Score out of `scoreMax` (a range while judged parts are missing). */
  score: { min: number; max: number } | null;
  scoreMax: number;
  passMark: Text | null;
  conditions: ConditionResult[];
  items: ScoreItem[];
  /** Ids of conditions and items that rest on judgement (entered), not on figures. */
  judgedParts: string[];
  /** How the result was reached in one sentence. */
  summary: Text;
  /** Entered judgements refused (outside their band), figures missing and similar notes. */
  cautions: Text[];
}

/** Sum of IP held by class. */
export function ipByClass(ip: EnterpriseYear["ip"]): { classI: number; classII: number } {
  let classI = 0;
  let classII = 0;
  for (const [kind, count] of Object.entries(ip ?? {})) {
    if (!count || count < 0) continue;
    if (IP_CLASS[kind as IpKind] === "I") classI += count;
    else if (IP_CLASS[kind as IpKind] === "II") classII += count;
  }
  return { classI, classII };
}
