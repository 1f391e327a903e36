/**
 * Assesses one enterprise-year against the 科技型中小企业 pack: eligibility, the three scored
 * indicators (科技人员 20, 研发投入 50, 科技成果 30), the pass rule (≥ 60 with a non-zero staff score)
 * and the direct paths. Every condition and item carries its figures and what would change it.
 */
import { bandOf, bandPoints, nextBand, pct, wan, wanEn, type Band, type BandTable } from "./bands.ts";
import { ipByClass, type Assessment, type ConditionResult, type EnterpriseYear, type ScoreItem, type Text, type Verdict } from "./model.ts";
import { TECH_SME_2022, type TechSmePack } from "./tech-sme.pack.ts";

/** Statements the registry or the applicant gives (第六条（一）（三）（四）); absent means none recorded against. */
export interface TechSmeDeclarations {
  /** 在中国境内（不含港澳台）注册的居民企业 */
  resident?: boolean | null;
  /** 产品和服务不属于禁止、限制和淘汰类 */
  permittedIndustry?: boolean | null;
  /** 未发生重大安全、质量事故、严重环境违法、科研严重失信，未列入经营异常名录和严重违法失信名单 */
  noViolations?: boolean | null;
}

/** 第七条 direct paths. */
export interface TechSmeDirect {
  /** 拥有有效期内高新技术企业资格证书 */
  highTechCertificate?: boolean | null;
  /** 近五年获国家级科技奖励并在获奖单位中排前三名 */
  nationalAwardTop3?: boolean | null;
  /** 拥有经认定的省部级以上研发机构 */
  provincialRdInstitution?: boolean | null;
  /** 近五年主导制定过国际、国家或行业标准 (defaults to year.standardsLed > 0) */
  ledStandard?: boolean | null;
}

export interface TechSmeInput {
  year: EnterpriseYear;
  declarations?: TechSmeDeclarations;
  direct?: TechSmeDirect;
}

const num = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const verdictOf = (ok: boolean | null): Verdict => (ok === null ? "unknown" : ok ? "pass" : "fail");

/** Smallest whole count n with n / base ≥ edge. */
function countToReach(edge: number, base: number): number {
  let n = Math.ceil(edge * base - 1e-9);
  while (n / base < edge) n++;
  return n;
}

function banded(table: BandTable, ratio: number | null): { band: Band | null; points: number } {
  if (ratio === null) return { band: null, points: 0 };
  const band = bandOf(table, ratio);
  return { band, points: bandPoints(band).max };
}

function staffItem(pack: TechSmePack, y: EnterpriseYear): ScoreItem {
  const staff = num(y.staff);
  const st = num(y.sciTechStaff);
  const ratio = staff && staff > 0 && st !== null ? st / staff : null;
  const { band, points } = banded(pack.staffBands, ratio);
  const next = band ? nextBand(pack.staffBands, band) : undefined;
  const need = next && staff ? countToReach(next.from, staff) - (st ?? 0) : null;
  return {
    id: "sciTechStaff",
    label: { zh: "科技人员指标", en: "S&T staff" },
    max: 20,
    min: 0,
    points: { min: points, max: points },
    band: band?.grade,
    figures: { staff, sciTechStaff: st, ratio },
    explanation:
      ratio === null
        ? { zh: "缺少职工总数或科技人员数", en: "staff or S&T staff missing" }
        : { zh: `科技人员${st}人占职工总数${staff}人的${pct(ratio)}，${band!.grade}档，得${points}分`, en: `${st} S&T staff of ${staff} (${pct(ratio)}), band ${band!.grade}: ${points} points` },
    toChange:
      next && need !== null
        ? { zh: `再增加科技人员${need}人（达${pct(next.from)}）可得${bandPoints(next).max}分`, en: `${need} more S&T staff (to ${pct(next.from)}) gives ${bandPoints(next).max} points` }
        : undefined,
    judged: false,
    clause: "国科发政〔2017〕115号 附件 一、科技人员指标",
  };
}

function rdItem(pack: TechSmePack, y: EnterpriseYear): ScoreItem {
  const rd = num(y.rdExpense);
  const sales = num(y.salesRevenue);
  const cost = num(y.totalCost);
  const bySales = rd !== null && sales && sales > 0 ? rd / sales : null;
  const byCost = rd !== null && cost && cost > 0 ? rd / cost : null;
  const s = banded(pack.rdSalesBands, bySales);
  const c = banded(pack.rdCostBands, byCost);
  const points = Math.max(s.points, c.points);
  const route = s.points >= c.points ? "sales" : "cost";
  const steps: Text[] = [];
  const nextS = s.band ? nextBand(pack.rdSalesBands, s.band) : undefined;
  if (nextS && bandPoints(nextS).max > points && sales) {
    const extra = Math.max(0, Math.ceil(nextS.from * sales - (rd ?? 0)));
    steps.push({ zh: `研发费用再增加${wan(extra)}（占销售收入${pct(nextS.from)}）可得${bandPoints(nextS).max}分`, en: `${wanEn(extra)} more R&D (${pct(nextS.from)} of sales) gives ${bandPoints(nextS).max} points` });
  }
  const nextC = c.band ? nextBand(pack.rdCostBands, c.band) : undefined;
  if (nextC && bandPoints(nextC).max > points && cost && nextC.from < 1) {
    // Added R&D is added cost as well: (R + x) / (C + x) ≥ t ⇔ x ≥ (t·C − R) / (1 − t).
    const extra = Math.max(0, Math.ceil((nextC.from * cost - (rd ?? 0)) / (1 - nextC.from)));
    steps.push({ zh: `或研发费用再增加${wan(extra)}（计入成本费用后占${pct(nextC.from)}）可得${bandPoints(nextC).max}分`, en: `or ${wanEn(extra)} more R&D (counted in cost, ${pct(nextC.from)} of cost) gives ${bandPoints(nextC).max} points` });
  }
  const part = (ratio: number | null, b: Band | null, p: number, zh: string, en: string): Text =>
    ratio === null ? { zh: `${zh}：缺少数据`, en: `${en}: no data` } : { zh: `${zh}${pct(ratio)}，${b!.grade}档${p}分`, en: `${en} ${pct(ratio)}, band ${b!.grade}: ${p}` };
  const a = part(bySales, s.band, s.points, "研发费用占销售收入", "R&D / sales");
  const b = part(byCost, c.band, c.points, "占成本费用支出", "R&D / total cost");
  return {
    id: "rd",
    label: { zh: "研发投入指标", en: "R&D input" },
    max: 50,
    min: 0,
    points: { min: points, max: points },
    band: (route === "sales" ? s.band : c.band)?.grade,
    figures: { rdExpense: rd, salesRevenue: sales, totalCost: cost, rdToSales: bySales, rdToCost: byCost, salesRoutePoints: s.points, costRoutePoints: c.points },
    explanation: {
      zh: `研发费用${rd === null ? "缺失" : wan(rd)}；${a.zh}；${b.zh}；取较高者${points}分`,
      en: `R&D ${rd === null ? "missing" : wanEn(rd)}; ${a.en}; ${b.en}; the better route gives ${points}`,
    },
    toChange: steps.length ? { zh: steps.map((t) => t.zh).join("；"), en: steps.map((t) => t.en).join("; ") } : undefined,
    judged: false,
    clause: "国科发政〔2017〕115号 附件 二、研发投入指标",
  };
}

function ipItem(pack: TechSmePack, y: EnterpriseYear): ScoreItem {
  const { classI, classII } = ipByClass(y.ip);
  const band = pack.ipBands.find((b) => (b.classI > 0 ? classI >= b.classI : classII >= b.classII))!;
  const i = pack.ipBands.indexOf(band);
  const next = i > 0 ? pack.ipBands[i - 1] : undefined;
  return {
    id: "ip",
    label: { zh: "科技成果指标", en: "IP held" },
    max: 30,
    min: 0,
    points: { min: band.points, max: band.points },
    band: band.grade,
    figures: { classI, classII },
    explanation: { zh: `Ⅰ类知识产权${classI}项、Ⅱ类${classII}项，${band.grade}档${band.points}分`, en: `${classI} class I and ${classII} class II IP, band ${band.grade}: ${band.points} points` },
    toChange: next
      ? next.classI > 0
        ? { zh: `取得1项Ⅰ类知识产权（如发明专利）可得${next.points}分`, en: `one class I IP (e.g. an invention patent) gives ${next.points} points` }
        : { zh: `再取得${next.classII - classII}项Ⅱ类知识产权可得${next.points}分，或1项Ⅰ类得30分`, en: `${next.classII - classII} more class II IP gives ${next.points} points, one class I gives 30` }
      : undefined,
    judged: false,
    clause: "国科发政〔2017〕115号 附件 三、科技成果指标",
  };
}

function eligibility(pack: TechSmePack, input: TechSmeInput): ConditionResult[] {
  const y = input.year;
  const d = input.declarations ?? {};
  const staff = num(y.staff);
  const sales = num(y.salesRevenue);
  const assets = num(y.totalAssets);
  const size = staff === null || sales === null || assets === null ? null : staff <= pack.maxStaff && sales <= pack.maxSales && assets <= pack.maxAssets;
  const stated = (id: string, value: boolean | null | undefined, zh: string, en: string, clause: string): ConditionResult => ({
    id,
    label: { zh, en },
    verdict: value === false ? "fail" : "pass",
    figures: { stated: value ?? null },
    explanation: value === false ? { zh: `不符合：${zh}`, en: `not met: ${en}` } : { zh: value ? "已声明符合" : "未见相反记录，按声明计", en: value ? "declared" : "nothing recorded against; taken as declared" },
    judged: true,
    clause,
  });
  return [
    stated("resident", d.resident, "境内注册的居民企业", "resident enterprise registered in mainland China", "第六条（一）"),
    {
      id: "size",
      label: { zh: "职工总数不超过500人、年销售收入和资产总额均不超过2亿元", en: "at most 500 staff, sales and assets at most CNY 200 million" },
      verdict: verdictOf(size),
      figures: { staff, salesRevenue: sales, totalAssets: assets },
      explanation:
        size === null
          ? { zh: "缺少职工总数、销售收入或资产总额", en: "staff, sales or assets missing" }
          : {
              zh: `职工${staff}人，销售收入${wan(sales!)}，资产总额${wan(assets!)}${size ? "，符合" : "，超过规模上限"}`,
              en: `${staff} staff, sales ${wanEn(sales!)}, assets ${wanEn(assets!)}${size ? ": within limits" : ": above the size limits"}`,
            },
      judged: false,
      clause: "第六条（二）",
    },
    stated("permittedIndustry", d.permittedIndustry, "产品和服务不属于禁止、限制和淘汰类", "products and services not prohibited, restricted or obsolete", "第六条（三）"),
    stated("noViolations", d.noViolations, "未发生重大事故、严重违法失信，未列入经营异常名录", "no major accident, serious violation or listing as abnormal", "第六条（四）"),
  ];
}

/** Assesses one year; `pack` defaults to the current version. */
export function assessTechSme(input: TechSmeInput, pack: TechSmePack = TECH_SME_2022): Assessment {
  const y = input.year;
  const conditions = eligibility(pack, input);
  const items = [staffItem(pack, y), rdItem(pack, y), ipItem(pack, y)];
  const total = items.reduce((s, i) => s + i.points.max, 0);
  const staffScore = items[0]!.points.max;
  const known = items[0]!.figures.ratio !== null && (items[1]!.figures.rdToSales !== null || items[1]!.figures.rdToCost !== null);
  const scorePass = known ? total >= pack.passMark && staffScore > 0 : null;
  conditions.push({
    id: "score",
    label: { zh: "综合评价得分不低于60分，且科技人员指标得分不为0", en: "score at least 60 with a non-zero S&T staff score" },
    verdict: verdictOf(scorePass),
    figures: { score: total, staffScore },
    explanation: { zh: `得分${total}分（科技人员${staffScore}分）`, en: `score ${total} (S&T staff ${staffScore})` },
    toChange:
      scorePass === false
        ? staffScore === 0
          ? { zh: "科技人员占比须达到10%", en: "S&T staff must reach 10 % of staff" }
          : { zh: `还差${pack.passMark - total}分`, en: `${pack.passMark - total} points short` }
        : undefined,
    judged: false,
    clause: "第六条（五）",
  });
  const dir = input.direct ?? {};
  const paths: [string, boolean | null | undefined, Text][] = [
    ["highTechCertificate", dir.highTechCertificate, { zh: "有效期内高新技术企业资格证书", en: "a valid high-tech enterprise certificate" }],
    ["nationalAwardTop3", dir.nationalAwardTop3, { zh: "近五年国家级科技奖励（前三名）", en: "a national S&T award in five years (top three)" }],
    ["provincialRdInstitution", dir.provincialRdInstitution, { zh: "经认定的省部级以上研发机构", en: "a recognised provincial-level R&D institution" }],
    ["ledStandard", dir.ledStandard ?? ((num(y.standardsLed) ?? 0) > 0), { zh: "近五年主导制定国际、国家或行业标准", en: "led an international, national or industry standard in five years" }],
  ];
  const direct = paths.filter(([, v]) => v === true);
  const eligible = conditions.slice(0, 4);
  const eligibleVerdict: Verdict = eligible.some((c) => c.verdict === "fail") ? "fail" : eligible.some((c) => c.verdict === "unknown") ? "unknown" : "pass";
  conditions.push({
    id: "direct",
    label: { zh: "直接确认条件（第七条）", en: "direct qualification (art. 7)" },
    verdict: direct.length ? "pass" : "fail",
    figures: Object.fromEntries(paths.map(([id, v]) => [id, v ?? null])),
    explanation: direct.length
      ? { zh: `具备：${direct.map(([, , t]) => t.zh).join("、")}`, en: `holds: ${direct.map(([, , t]) => t.en).join(", ")}` }
      : { zh: "不具备直接确认条件，按评分评价", en: "no direct path; assessed by score" },
    judged: direct.some(([id]) => id !== "ledStandard"),
    clause: "第七条",
  });
  const scoreVerdict = conditions.find((c) => c.id === "score")!.verdict;
  const verdict: Verdict =
    eligibleVerdict === "fail" ? "fail" : eligibleVerdict === "unknown" ? "unknown" : direct.length || scoreVerdict === "pass" ? "pass" : scoreVerdict;
  const judgedParts = conditions.filter((c) => c.judged).map((c) => c.id);
  const via = direct.length ? { zh: "经直接确认条件", en: "by a direct path" } : { zh: `得分${total}分`, en: `score ${total}` };
  return {
    pack: "tech-sme",
    version: pack.version,
    documents: [...pack.documents],
    year: y.year,
    verdict,
    computedVerdict: conditions.filter((c) => c.id === "size" || c.id === "score").some((c) => c.verdict === "fail")
      ? direct.length ? "pass" : "fail"
      : conditions.some((c) => c.verdict === "unknown") ? "unknown" : "pass",
    score: { min: total, max: total },
    scoreMax: 100,
    passMark: { zh: "≥60分且科技人员指标不为0", en: "≥ 60 with a non-zero S&T staff score" },
    conditions,
    items,
    judgedParts,
    summary:
      verdict === "pass"
        ? { zh: `${y.year}年度符合科技型中小企业条件（${via.zh}）`, en: `meets the tech-based SME conditions for ${y.year} (${via.en})` }
        : verdict === "fail"
          ? { zh: `${y.year}年度不符合科技型中小企业条件（${via.zh}）`, en: `does not meet the tech-based SME conditions for ${y.year} (${via.en})` }
          : { zh: `${y.year}年度数据不全，无法判定`, en: `figures for ${y.year} incomplete; undecided` },
    cautions: [],
  };
}
