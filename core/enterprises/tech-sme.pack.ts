/**
 * 科技型中小企业评价 — the tech-based SME evaluation as data: 《科技型中小企业评价办法》
 * (国科发政〔2017〕115号) 第六条 conditions, 第七条 direct paths and its annex of scoring bands, as
 * applied by 《科技型中小企业评价服务工作指引》 (国科火字〔2022〕67号).
 */
import type { BandTable } from "./bands.ts";
import type { PackDocument } from "./model.ts";

/** The pack's data; a new version is a new object, old results keep naming theirs. */
export interface TechSmePack {
  id: "tech-sme";
  version: string;
  documents: readonly PackDocument[];
  /** 第六条（二）: staff at most, sales and assets at most (元). */
  maxStaff: number;
  maxSales: number;
  maxAssets: number;
  /** 科技人员指标 (20): S&T staff / staff. */
  staffBands: BandTable;
  /** 研发投入指标 (50), route (1): R&D / sales. */
  rdSalesBands: BandTable;
  /** 研发投入指标 (50), route (2): R&D / total cost. */
  rdCostBands: BandTable;
  /** 科技成果指标 (30): class I and class II IP held. */
  ipBands: readonly { grade: string; classI: number; classII: number; points: number }[];
  /** 第六条（五）: pass mark, and the staff score must not be 0. */
  passMark: number;
}

const bands = (edges: readonly number[], points: readonly number[]): BandTable =>
  [...edges.map((from, i) => ({ grade: "ABCDE"[i]!, from, points: points[i]! })), { grade: "F", from: -Infinity, points: 0 }];

/** The 2017 measures as applied under the 2022 guideline. */
export const TECH_SME_2022: TechSmePack = {
  id: "tech-sme",
  version: "2022",
  documents: [
    { number: "国科发政〔2017〕115号", title: "科技型中小企业评价办法" },
    { number: "国科火字〔2022〕67号", title: "科技型中小企业评价服务工作指引" },
  ],
  maxStaff: 500,
  maxSales: 2e8,
  maxAssets: 2e8,
  // A. 30%（含）以上 20; B. 25%（含）–30% 16; C. 20%（含）–25% 12; D. 15%（含）–20% 8; E. 10%（含）–15% 4; F. 10%以下 0
  staffBands: bands([0.3, 0.25, 0.2, 0.15, 0.1], [20, 16, 12, 8, 4]),
  // A. 6%（含）以上 50; B. 5%（含）–6% 40; C. 4%（含）–5% 30; D. 3%（含）–4% 20; E. 2%（含）–3% 10; F. 2%以下 0
  rdSalesBands: bands([0.06, 0.05, 0.04, 0.03, 0.02], [50, 40, 30, 20, 10]),
  // A. 30%（含）以上 50; B. 25%（含）–30% 40; C. 20%（含）–25% 30; D. 15%（含）–20% 20; E. 10%（含）–15% 10; F. 10%以下 0
  rdCostBands: bands([0.3, 0.25, 0.2, 0.15, 0.1], [50, 40, 30, 20, 10]),
  // A. 1项及以上Ⅰ类 30; B. 4项及以上Ⅱ类 24; C. 3项Ⅱ类 18; D. 2项Ⅱ类 12; E. 1项Ⅱ类 6; F. 没有 0
  ipBands: [
    { grade: "A", classI: 1, classII: 0, points: 30 },
    { grade: "B", classI: 0, classII: 4, points: 24 },
    { grade: "C", classI: 0, classII: 3, points: 18 },
    { grade: "D", classI: 0, classII: 2, points: 12 },
    { grade: "E", classI: 0, classII: 1, points: 6 },
    { grade: "F", classI: 0, classII: 0, points: 0 },
  ],
  passMark: 60,
};
