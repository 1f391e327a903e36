/**
 * The two evaluation templates of the 2021–2025 plan's chapter 15: the district innovation activity
 * index (区县创新活跃指数, over the 38 districts and counties) and the high-tech zone ranking
 * (高新区榜单). Each indicator carries the typical level and spread its generated sample data uses.
 */
import type { PipelineSpecInput } from "../indices/index.ts";
import type { EvaluationNode } from "./model.ts";

/** How sample values of an indicator are drawn: log-normal around `typical`, growing `growth` a year. */
export interface SampleProfile {
  typical: number;
  /** Standard deviation of ln(value) across places. */
  spread: number;
  growth: number;
  /** Shares are capped at this value. */
  max?: number;
  decimals: number;
}

export interface TemplateIndicator {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  dimension: string;
  direction?: 1 | -1;
  weight?: number;
  indicatorCode?: string;
  sample: SampleProfile;
}

export interface EvaluationTemplate {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Kinds of places (places.kind) the index ranks. */
  placeKinds: string[];
  years: number[];
  dimensions: { code: string; nameZh: string; nameEn: string; weight?: number }[];
  indicators: TemplateIndicator[];
  pipeline: PipelineSpecInput;
  /** Seed of the generated sample data. */
  seed: number;
}

const PIPELINE: PipelineSpecInput = {
  impute: { method: "mean" },
  treat: { winsorise: { maxPoints: 3, skewThreshold: 2, kurtThreshold: 3.5 }, fallback: "log" },
  normalise: { method: "minmax", low: 0, high: 100 },
  weights: { method: "given" },
  aggregate: { method: "arithmetic" },
};

const DIMENSIONS = [
  { code: "input", nameZh: "创新投入", nameEn: "Innovation input" },
  { code: "actors", nameZh: "创新主体", nameEn: "Innovation actors" },
  { code: "output", nameZh: "创新产出", nameEn: "Innovation output" },
  { code: "environment", nameZh: "创新环境", nameEn: "Innovation environment" },
];

export const DISTRICT_INDEX: EvaluationTemplate = {
  code: "cq-district-innovation",
  nameZh: "重庆市区县创新活跃指数",
  nameEn: "Chongqing district innovation activity index",
  placeKinds: ["district", "county"],
  years: [2022, 2023, 2024, 2025],
  dimensions: DIMENSIONS,
  pipeline: PIPELINE,
  seed: 2025,
  indicators: [
    { code: "rd_intensity", nameZh: "研发投入强度", nameEn: "R&D intensity", unit: "%", dimension: "input", indicatorCode: "rd-intensity", sample: { typical: 1.6, spread: 0.55, growth: 0.05, max: 8, decimals: 2 } },
    { code: "rd_personnel", nameZh: "每万名就业人员中研发人员", nameEn: "R&D personnel per 10k employed", unit: "人年", dimension: "input", indicatorCode: "rd-personnel-per-10k-employed", sample: { typical: 35, spread: 0.6, growth: 0.06, decimals: 1 } },
    { code: "fiscal_sti_share", nameZh: "地方财政科技支出占比", nameEn: "Science & technology share of local spending", unit: "%", dimension: "input", sample: { typical: 1.8, spread: 0.45, growth: 0.03, max: 10, decimals: 2 } },
    { code: "tech_smes_per_10k", nameZh: "每万户企业中科技型企业数", nameEn: "Tech-based SMEs per 10k firms", unit: "家", dimension: "actors", sample: { typical: 95, spread: 0.5, growth: 0.1, decimals: 1 } },
    { code: "hitech_enterprises", nameZh: "高新技术企业数", nameEn: "Certified high-tech enterprises", unit: "家", dimension: "actors", indicatorCode: "hitech-enterprises", sample: { typical: 120, spread: 0.9, growth: 0.12, decimals: 0 } },
    { code: "rd_platforms", nameZh: "市级及以上研发平台数", nameEn: "Municipal and national R&D platforms", unit: "个", dimension: "actors", sample: { typical: 25, spread: 0.8, growth: 0.07, decimals: 0 } },
    { code: "invention_patents_per_10k", nameZh: "每万人口发明专利拥有量", nameEn: "Invention patents per 10k people", unit: "件", dimension: "output", sample: { typical: 6, spread: 0.8, growth: 0.12, decimals: 2 } },
    { code: "tech_contract_per_capita", nameZh: "人均技术合同成交额", nameEn: "Technology contract value per capita", unit: "元", dimension: "output", sample: { typical: 900, spread: 1.0, growth: 0.15, decimals: 0 } },
    { code: "hitech_output_share", nameZh: "高技术产业产值占规上工业比重", nameEn: "High-tech share of industrial output", unit: "%", dimension: "output", indicatorCode: "high-tech-output-share", sample: { typical: 14, spread: 0.6, growth: 0.04, max: 80, decimals: 1 } },
    { code: "incubators", nameZh: "孵化器和众创空间数", nameEn: "Incubators and maker spaces", unit: "个", dimension: "environment", sample: { typical: 8, spread: 0.7, growth: 0.08, decimals: 0 } },
    { code: "knowledge_credit_loans", nameZh: "知识价值信用贷款", nameEn: "Knowledge-value credit loans", unit: "亿元", dimension: "environment", sample: { typical: 3, spread: 0.9, growth: 0.12, decimals: 2 } },
    { code: "science_literacy", nameZh: "公民具备科学素质的比例", nameEn: "Citizens with basic scientific literacy", unit: "%", dimension: "environment", indicatorCode: "science-literacy-rate", sample: { typical: 10, spread: 0.25, growth: 0.05, max: 40, decimals: 2 } },
  ],
};

export const HITECH_ZONE_RANKING: EvaluationTemplate = {
  code: "cq-hitech-zone-ranking",
  nameZh: "重庆市高新区榜单",
  nameEn: "Chongqing high-tech zone ranking",
  placeKinds: ["hightech_zone"],
  years: [2022, 2023, 2024, 2025],
  dimensions: [
    { code: "input", nameZh: "创新投入", nameEn: "Innovation input" },
    { code: "actors", nameZh: "创新主体", nameEn: "Innovation actors" },
    { code: "industry", nameZh: "产业发展", nameEn: "Industrial development" },
    { code: "green", nameZh: "绿色集约", nameEn: "Green and intensive use" },
  ],
  pipeline: PIPELINE,
  seed: 2027,
  indicators: [
    { code: "enterprise_rd_ratio", nameZh: "企业研发经费占营业收入比重", nameEn: "Enterprise R&D to revenue", unit: "%", dimension: "input", sample: { typical: 2.2, spread: 0.4, growth: 0.04, max: 10, decimals: 2 } },
    { code: "rd_personnel_share", nameZh: "研发人员占从业人员比重", nameEn: "R&D staff share of employment", unit: "%", dimension: "input", sample: { typical: 7, spread: 0.4, growth: 0.03, max: 40, decimals: 1 } },
    { code: "hitech_enterprises", nameZh: "高新技术企业数", nameEn: "Certified high-tech enterprises", unit: "家", dimension: "actors", sample: { typical: 180, spread: 0.9, growth: 0.12, decimals: 0 } },
    { code: "tech_smes", nameZh: "科技型企业数", nameEn: "Tech-based SMEs", unit: "家", dimension: "actors", sample: { typical: 700, spread: 0.9, growth: 0.1, decimals: 0 } },
    { code: "invention_patents", nameZh: "有效发明专利数", nameEn: "Valid invention patents", unit: "件", dimension: "actors", sample: { typical: 900, spread: 1.0, growth: 0.13, decimals: 0 } },
    { code: "revenue", nameZh: "营业收入", nameEn: "Operating revenue", unit: "亿元", dimension: "industry", sample: { typical: 800, spread: 0.9, growth: 0.08, decimals: 1 } },
    { code: "hitech_revenue_share", nameZh: "高新技术企业营业收入占比", nameEn: "High-tech enterprises' share of revenue", unit: "%", dimension: "industry", sample: { typical: 45, spread: 0.3, growth: 0.03, max: 95, decimals: 1 } },
    { code: "tech_contract_value", nameZh: "技术合同成交额", nameEn: "Technology contract value", unit: "亿元", dimension: "industry", sample: { typical: 12, spread: 1.0, growth: 0.15, decimals: 2 } },
    { code: "output_per_km2", nameZh: "单位面积营业收入", nameEn: "Revenue per square kilometre", unit: "亿元/平方公里", dimension: "green", sample: { typical: 20, spread: 0.7, growth: 0.06, decimals: 2 } },
    { code: "energy_per_output", nameZh: "单位工业增加值能耗", nameEn: "Energy use per unit of industrial value added", unit: "吨标准煤/万元", dimension: "green", direction: -1, sample: { typical: 0.45, spread: 0.35, growth: -0.03, decimals: 3 } },
  ],
};

export const TEMPLATES: readonly EvaluationTemplate[] = [DISTRICT_INDEX, HITECH_ZONE_RANKING];

/** The tree of a template as definition nodes: indicators (level 1), dimensions (2), the index (3). */
export function templateNodes(t: EvaluationTemplate): EvaluationNode[] {
  const base = { type: "Aggregate" as const, unit: null, target: null, denominator: null, numerator: null, indicatorCode: null };
  const root: EvaluationNode = { ...base, code: "index", nameZh: t.nameZh, nameEn: t.nameEn, level: 3, parent: null, direction: 1, weight: 1 };
  const dims = t.dimensions.map((d) => ({ ...base, code: d.code, nameZh: d.nameZh, nameEn: d.nameEn, level: 2, parent: "index", direction: 1 as const, weight: d.weight ?? 1 }));
  const indicators = t.indicators.map((i) => ({
    code: i.code,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    type: "Indicator" as const,
    level: 1,
    parent: i.dimension,
    direction: i.direction ?? 1,
    weight: i.weight ?? 1,
    unit: i.unit,
    target: null,
    denominator: null,
    numerator: null,
    indicatorCode: i.indicatorCode ?? null,
  }));
  return [...indicators, ...dims, root];
}
