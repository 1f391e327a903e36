/**
 * 高新技术企业认定 self-check as data: 《高新技术企业认定管理办法》 (国科发火〔2016〕32号) 第十一条's
 * eight conditions and 《高新技术企业认定管理工作指引》 (国科发火〔2016〕195号) for the innovation
 * capability score (知识产权 30, 科技成果转化能力 30, 研究开发组织管理水平 20, 企业成长性 20).
 */
import type { BandTable } from "./bands.ts";
import { GROWTH_BANDS } from "./growth.ts";
import type { PackDocument } from "./model.ts";

export interface HighTechPack {
  id: "high-tech";
  version: string;
  documents: readonly PackDocument[];
  /** 第十一条（五）: R&D / sales over three years by the latest year's sales (upper edge inclusive). */
  rdTiers: readonly { salesUpTo: number; minIntensity: number }[];
  /** 境内研发费用 share of R&D at least. */
  minDomesticShare: number;
  /** 第十一条（六）: 高新技术产品（服务）收入 / 总收入 at least. */
  minHighTechShare: number;
  /** 第十一条（四）: 科技人员 / 职工总数 at least. */
  minSciTechStaffShare: number;
  /** 第十一条（一）: registered at least this many years. */
  minYearsRegistered: number;
  /** 指引: a score above this (70分以上，不含70分) meets 第十一条（七）. */
  passAbove: number;
  /** 知识产权数量 (≤8): class I ≥1 7–8; class II ≥5 5–6; 3–4 3–4; 1–2 1–2; none 0. */
  ipQuantityBands: readonly { grade: string; classI: number; classII: number; points: readonly [number, number] }[];
  /** 科技成果转化能力 (≤30) by the yearly average of conversions over three years. */
  transformationBands: BandTable;
  /** 企业成长性: each of net assets and sales (≤10). */
  growthBands: BandTable;
}

/** The 2016 measures and guideline. */
export const HIGH_TECH_2016: HighTechPack = {
  id: "high-tech",
  version: "2016",
  documents: [
    { number: "国科发火〔2016〕32号", title: "高新技术企业认定管理办法" },
    { number: "国科发火〔2016〕195号", title: "高新技术企业认定管理工作指引" },
  ],
  // 最近一年销售收入 ≤5,000万元（含） ≥5%；5,000万元至2亿元（含） ≥4%；2亿元以上 ≥3%
  rdTiers: [
    { salesUpTo: 5e7, minIntensity: 0.05 },
    { salesUpTo: 2e8, minIntensity: 0.04 },
    { salesUpTo: Infinity, minIntensity: 0.03 },
  ],
  minDomesticShare: 0.6,
  minHighTechShare: 0.6,
  minSciTechStaffShare: 0.1,
  minYearsRegistered: 1,
  passAbove: 70,
  ipQuantityBands: [
    { grade: "A", classI: 1, classII: 0, points: [7, 8] },
    { grade: "B", classI: 0, classII: 5, points: [5, 6] },
    { grade: "C", classI: 0, classII: 3, points: [3, 4] },
    { grade: "D", classI: 0, classII: 1, points: [1, 2] },
    { grade: "E", classI: 0, classII: 0, points: [0, 0] },
  ],
  // A. 年均≥5项 25–30; B. ≥4项 19–24; C. ≥3项 13–18; D. ≥2项 7–12; E. ≥1项 1–6; F. 0项 0
  transformationBands: [
    { grade: "A", from: 5, points: [25, 30] },
    { grade: "B", from: 4, points: [19, 24] },
    { grade: "C", from: 3, points: [13, 18] },
    { grade: "D", from: 2, points: [7, 12] },
    { grade: "E", from: 1, points: [1, 6] },
    { grade: "F", from: -Infinity, points: 0 },
  ],
  growthBands: GROWTH_BANDS,
};
