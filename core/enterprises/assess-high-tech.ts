/**
 * 高新技术企业 self-check of one applicant over its last (up to) three years: the eight conditions of
 * 第十一条 with the figures they use, and the innovation capability score with its computable parts
 * (IP count band, conversions band, both growth rates) and its judged parts, entered by an expert.
 */
import { bandOf, bandPoints, pct, wan, wanEn } from "./bands.ts";
import { describeGrowth, growthRate } from "./growth.ts";
import { HIGH_TECH_2016, type HighTechPack } from "./high-tech.pack.ts";
import { ipByClass, type Assessment, type ConditionResult, type EnterpriseYear, type ScoreItem, type Text, type Verdict } from "./model.ts";

/** Judgements an expert or the applicant enters; what is absent stays open (a range, or unknown). */
export interface HighTechJudgements {
  /** （二）owns IP giving core technical support to its main products */
  coreIp?: boolean | null;
  /** （三）core technology within 《国家重点支持的高新技术领域》 */
  supportedField?: boolean | null;
  /** （八）no major safety or quality accident or serious environmental violation in the past year */
  noIncidents?: boolean | null;
  /** Points of the innovation score's items, by item id. */
  points?: Partial<Record<HighTechItemId, number>>;
}

export type HighTechItemId = "ipAdvancement" | "ipCoreSupport" | "ipQuantity" | "ipAcquisition" | "ipStandards" | "transformation" | "rdManagement" | "netAssetGrowth" | "salesGrowth";

export interface HighTechInput {
  /** Up to three years, any order; the latest is the application's 近一年. */
  years: readonly EnterpriseYear[];
  /** Registration date (YYYY-MM-DD) and the date of the self-check. */
  registeredOn?: string | null;
  assessedOn?: string | null;
  judgements?: HighTechJudgements;
}

const num = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const sum = (ys: readonly EnterpriseYear[], f: (y: EnterpriseYear) => number | null | undefined): number | null => {
  let s = 0;
  for (const y of ys) {
    const v = num(f(y));
    if (v === null) return null;
    s += v;
  }
  return s;
};
const verdictOf = (ok: boolean | null | undefined): Verdict => (ok === null || ok === undefined ? "unknown" : ok ? "pass" : "fail");
const range = (min: number, max: number) => ({ min, max });

/** Extra x so that (part + x) / (whole + x) ≥ share: x = (share·whole − part) / (1 − share). */
const extraShare = (share: number, part: number, whole: number) => Math.max(0, Math.ceil((share * whole - part) / (1 - share)));

function conditions(pack: HighTechPack, input: HighTechInput, ys: readonly EnterpriseYear[]): ConditionResult[] {
  const last = ys[ys.length - 1]!;
  const j = input.judgements ?? {};
  const out: ConditionResult[] = [];
  // （一）registered a year or more
  const reg = input.registeredOn && input.assessedOn ? { from: Date.parse(input.registeredOn), to: Date.parse(input.assessedOn) } : null;
  const years = reg && Number.isFinite(reg.from) && Number.isFinite(reg.to) ? (reg.to - reg.from) / (365.25 * 86_400_000) : null;
  out.push({
    id: "registered",
    label: { zh: "注册成立一年以上", en: "registered for a year or more" },
    verdict: verdictOf(years === null ? null : years >= pack.minYearsRegistered),
    figures: { yearsRegistered: years === null ? null : Number(years.toFixed(2)) },
    explanation: years === null ? { zh: "缺少注册日期", en: "registration date missing" } : { zh: `注册${years.toFixed(1)}年`, en: `registered ${years.toFixed(1)} years` },
    judged: false,
    clause: "国科发火〔2016〕32号 第十一条（一）",
  });
  // （二）core IP ownership: none held fails; otherwise the core-support judgement decides
  const ip = ipByClass(last.ip);
  const anyIp = ip.classI + ip.classII > 0;
  out.push({
    id: "coreIp",
    label: { zh: "拥有对主要产品（服务）发挥核心支持作用的知识产权", en: "owns IP core to its main products" },
    verdict: !anyIp ? "fail" : verdictOf(j.coreIp),
    figures: { classI: ip.classI, classII: ip.classII, judgedCore: j.coreIp ?? null },
    explanation: !anyIp
      ? { zh: "未持有有效知识产权", en: "holds no valid IP" }
      : { zh: `持有Ⅰ类${ip.classI}项、Ⅱ类${ip.classII}项；核心支持作用${j.coreIp === undefined || j.coreIp === null ? "待专家判断" : j.coreIp ? "经判断成立" : "经判断不成立"}`, en: `holds ${ip.classI} class I and ${ip.classII} class II IP; core support ${j.coreIp == null ? "awaits judgement" : j.coreIp ? "judged yes" : "judged no"}` },
    toChange: !anyIp ? { zh: "取得与主要产品相关的知识产权", en: "obtain IP related to the main products" } : undefined,
    judged: anyIp,
    clause: "第十一条（二）",
  });
  out.push({
    id: "supportedField",
    label: { zh: "核心技术属于《国家重点支持的高新技术领域》", en: "core technology in the state-supported high-tech fields" },
    verdict: verdictOf(j.supportedField),
    figures: { judged: j.supportedField ?? null },
    explanation: j.supportedField == null ? { zh: "待判断", en: "awaits judgement" } : { zh: j.supportedField ? "经判断属于" : "经判断不属于", en: j.supportedField ? "judged within" : "judged outside" },
    judged: true,
    clause: "第十一条（三）",
  });
  // （四）S&T staff share of the latest year
  const staff = num(last.staff);
  const st = num(last.sciTechStaff);
  const stShare = staff && staff > 0 && st !== null ? st / staff : null;
  let needStaff = 0;
  if (stShare !== null && stShare < pack.minSciTechStaffShare) {
    needStaff = Math.ceil(pack.minSciTechStaffShare * staff! - 1e-9) - st!;
    while ((st! + needStaff) / staff! < pack.minSciTechStaffShare) needStaff++;
  }
  out.push({
    id: "sciTechStaff",
    label: { zh: "科技人员占职工总数不低于10%", en: "S&T staff at least 10 % of staff" },
    verdict: verdictOf(stShare === null ? null : stShare >= pack.minSciTechStaffShare),
    figures: { staff, sciTechStaff: st, share: stShare },
    explanation: stShare === null ? { zh: "缺少职工或科技人员数", en: "staff figures missing" } : { zh: `科技人员${st}人/职工${staff}人 = ${pct(stShare)}`, en: `${st} S&T staff / ${staff} staff = ${pct(stShare)}` },
    toChange: needStaff > 0 ? { zh: `再增加科技人员${needStaff}人`, en: `${needStaff} more S&T staff` } : undefined,
    judged: false,
    clause: "第十一条（四）",
  });
  // （五）R&D intensity over the years by the latest sales tier, and the domestic share
  const rd = sum(ys, (y) => y.rdExpense);
  const sales = sum(ys, (y) => y.salesRevenue);
  const lastSales = num(last.salesRevenue);
  const tier = lastSales === null ? null : pack.rdTiers.find((t) => lastSales <= t.salesUpTo)!;
  const intensity = rd !== null && sales && sales > 0 ? rd / sales : null;
  const rdOk = intensity === null || !tier ? null : intensity >= tier.minIntensity;
  const extraRd = rdOk === false ? Math.max(0, Math.ceil(tier!.minIntensity * sales! - rd!)) : 0;
  out.push({
    id: "rdIntensity",
    label: { zh: "近三年研发费用占销售收入比例达标", en: "three-year R&D intensity meets its tier" },
    verdict: verdictOf(rdOk),
    figures: { rdExpense: rd, salesRevenue: sales, latestSales: lastSales, intensity, required: tier?.minIntensity ?? null, years: ys.length },
    explanation:
      rdOk === null
        ? { zh: "缺少研发费用或销售收入", en: "R&D or sales missing" }
        : {
            zh: `${ys.length}年研发费用${wan(rd!)}/销售收入${wan(sales!)} = ${pct(intensity!)}，最近一年销售收入${wan(lastSales!)}，要求≥${pct(tier!.minIntensity)}`,
            en: `${ys.length}-year R&D ${wanEn(rd!)} / sales ${wanEn(sales!)} = ${pct(intensity!)}; latest sales ${wanEn(lastSales!)} require ≥ ${pct(tier!.minIntensity)}`,
          },
    toChange: extraRd > 0 ? { zh: `研发费用还需增加${wan(extraRd)}`, en: `${wanEn(extraRd)} more R&D needed` } : undefined,
    judged: false,
    clause: "第十一条（五）",
  });
  const dom = sum(ys, (y) => y.rdDomestic);
  const domShare = dom !== null && rd && rd > 0 ? dom / rd : null;
  const domOk = domShare === null ? null : domShare >= pack.minDomesticShare;
  out.push({
    id: "rdDomestic",
    label: { zh: "境内研发费用占全部研发费用不低于60%", en: "domestic R&D at least 60 % of R&D" },
    verdict: verdictOf(domOk),
    figures: { rdDomestic: dom, rdExpense: rd, share: domShare },
    explanation: domShare === null ? { zh: "缺少境内研发费用", en: "domestic R&D missing" } : { zh: `境内${wan(dom!)}/全部${wan(rd!)} = ${pct(domShare)}`, en: `domestic ${wanEn(dom!)} / all ${wanEn(rd!)} = ${pct(domShare)}` },
    toChange: domOk === false ? { zh: `境内研发费用还需增加${wan(extraShare(pack.minDomesticShare, dom!, rd!))}`, en: `${wanEn(extraShare(pack.minDomesticShare, dom!, rd!))} more domestic R&D needed` } : undefined,
    judged: false,
    clause: "第十一条（五）",
  });
  // （六）high-tech revenue share of the latest year
  const ht = num(last.highTechRevenue);
  const total = num(last.totalRevenue);
  const htShare = ht !== null && total && total > 0 ? ht / total : null;
  const htOk = htShare === null ? null : htShare >= pack.minHighTechShare;
  out.push({
    id: "highTechRevenue",
    label: { zh: "近一年高新技术产品（服务）收入占总收入不低于60%", en: "high-tech revenue at least 60 % of revenue" },
    verdict: verdictOf(htOk),
    figures: { highTechRevenue: ht, totalRevenue: total, share: htShare },
    explanation: htShare === null ? { zh: "缺少高新技术产品收入或总收入", en: "high-tech or total revenue missing" } : { zh: `${wan(ht!)}/${wan(total!)} = ${pct(htShare)}`, en: `${wanEn(ht!)} / ${wanEn(total!)} = ${pct(htShare)}` },
    toChange: htOk === false ? { zh: `高新技术产品收入还需增加${wan(extraShare(pack.minHighTechShare, ht!, total!))}`, en: `${wanEn(extraShare(pack.minHighTechShare, ht!, total!))} more high-tech revenue needed` } : undefined,
    judged: false,
    clause: "第十一条（六）",
  });
  return out;
}

function items(pack: HighTechPack, ys: readonly EnterpriseYear[], entered: HighTechJudgements["points"], cautions: Text[]): ScoreItem[] {
  const last = ys[ys.length - 1]!;
  const ip = ipByClass(last.ip);
  const qty = pack.ipQuantityBands.find((b) => (b.classI > 0 ? ip.classI >= b.classI : ip.classII >= b.classII))!;
  const conv = ys.map((y) => num(y.transformations));
  const convAvg = conv.every((c) => c !== null) && conv.length ? (conv as number[]).reduce((a, b) => a + b, 0) / conv.length : null;
  const convBand = convAvg === null ? null : bandOf(pack.transformationBands, convAvg);
  const na = growthRate(ys.map((y) => y.netAssets));
  const sg = growthRate(ys.map((y) => y.salesRevenue));
  const led = (num(last.standardsLed) ?? 0) > 0;
  const make = (id: HighTechItemId, zh: string, en: string, max: number, band: { min: number; max: number } | null, explanation: Text, figures: Record<string, number | null>, clause: string, toChange?: Text): ScoreItem => {
    const judged = band === null || band.min !== band.max;
    const allowed = band ?? range(0, max);
    const value = entered?.[id];
    let points = allowed;
    if (typeof value === "number") {
      if (value >= allowed.min && value <= allowed.max) points = range(value, value);
      else cautions.push({ zh: `${zh}录入${value}分不在${allowed.min}–${allowed.max}分之间，未采用`, en: `${en}: entered ${value} lies outside ${allowed.min}–${allowed.max}; not used` });
    }
    return { id, label: { zh, en }, max, min: 0, points, band: undefined, figures, explanation, toChange, judged, clause };
  };
  const growthChange = (g: ReturnType<typeof growthRate>, zh: string, en: string): Text | undefined =>
    g.nextBandAt ? { zh: `${zh}第三年末达到${wan(g.nextBandAt.value)}可进入${g.nextBandAt.grade}档`, en: `${en} reaching ${wanEn(g.nextBandAt.value)} in year three reaches band ${g.nextBandAt.grade}` } : undefined;
  return [
    make("ipAdvancement", "技术的先进程度", "technical advancement", 8, null, { zh: "专家评判", en: "judged by experts" }, {}, "195号 附件 知识产权 1"),
    make("ipCoreSupport", "对主要产品（服务）发挥核心支持作用", "core support to main products", 8, null, { zh: "专家评判", en: "judged by experts" }, {}, "195号 附件 知识产权 2"),
    make("ipQuantity", "知识产权数量", "number of IP", 8, range(...qty.points), { zh: `Ⅰ类${ip.classI}项、Ⅱ类${ip.classII}项，${qty.grade}档${qty.points[0]}–${qty.points[1]}分`, en: `${ip.classI} class I, ${ip.classII} class II: band ${qty.grade}, ${qty.points[0]}–${qty.points[1]}` }, { classI: ip.classI, classII: ip.classII }, "195号 附件 知识产权 3"),
    make("ipAcquisition", "知识产权获得方式", "how IP was obtained", 6, ip.classI + ip.classII === 0 ? range(0, 0) : null, { zh: "自主研发1–6分；仅受让、受赠、并购1–3分", en: "own R&D 1–6; only by transfer, gift or merger 1–3" }, {}, "195号 附件 知识产权 4"),
    make("ipStandards", "参与编制标准（加分）", "standards drafted (bonus)", 2, led ? range(1, 2) : null, { zh: led ? `主导制定标准${last.standardsLed}项` : "是否参与编制标准待判断", en: led ? `led ${last.standardsLed} standards` : "standards work awaits judgement" }, { standardsLed: num(last.standardsLed) }, "195号 附件 知识产权 附加"),
    make(
      "transformation",
      "科技成果转化能力",
      "conversion of results",
      30,
      convBand ? bandPoints(convBand) : null,
      convAvg === null ? { zh: "缺少成果转化项数，待评判", en: "conversions missing; awaits judgement" } : { zh: `近${conv.length}年年均转化${Number(convAvg.toFixed(2))}项，${convBand!.grade}档`, en: `${Number(convAvg.toFixed(2))} conversions a year over ${conv.length} years: band ${convBand!.grade}` },
      { averageConversions: convAvg },
      "195号 附件 科技成果转化能力",
    ),
    make("rdManagement", "研究开发组织管理水平", "R&D organisation and management", 20, null, { zh: "专家评判（制度6、机构6、产学研4、人才4）", en: "judged (rules 6, R&D unit 6, cooperation 4, talent 4)" }, {}, "195号 附件 研究开发组织管理水平"),
    make("netAssetGrowth", "净资产增长率", "net asset growth", 10, na.points, describeGrowth(na), { rate: na.rate }, "195号 附件 企业成长性", growthChange(na, "净资产", "net assets")),
    make("salesGrowth", "销售收入增长率", "sales growth", 10, sg.points, describeGrowth(sg), { rate: sg.rate }, "195号 附件 企业成长性", growthChange(sg, "销售收入", "sales")),
  ].map((item) => ({ ...item, band: item.id === "ipQuantity" ? qty.grade : item.id === "transformation" ? convBand?.grade : item.id === "netAssetGrowth" ? na.grade : item.id === "salesGrowth" ? sg.grade : undefined }));
}

/** Assesses an applicant; `pack` defaults to the current version. */
export function assessHighTech(input: HighTechInput, pack: HighTechPack = HIGH_TECH_2016): Assessment {
  const ys = [...input.years].sort((a, b) => a.year - b.year).slice(-3);
  if (ys.length === 0) throw new Error("assessHighTech needs at least one year");
  const cautions: Text[] = [];
  const conds = conditions(pack, input, ys);
  const its = items(pack, ys, input.judgements?.points, cautions);
  const ipIds = new Set(["ipAdvancement", "ipCoreSupport", "ipQuantity", "ipAcquisition", "ipStandards"]);
  const ipSum = its.filter((i) => ipIds.has(i.id)).reduce((s, i) => range(s.min + i.points.min, s.max + i.points.max), range(0, 0));
  const rest = its.filter((i) => !ipIds.has(i.id)).reduce((s, i) => range(s.min + i.points.min, s.max + i.points.max), range(0, 0));
  // 知识产权 is capped at 30 with its bonus.
  const score = range(Math.min(30, ipSum.min) + rest.min, Math.min(30, ipSum.max) + rest.max);
  const scoreVerdict: Verdict = score.min > pack.passAbove ? "pass" : score.max <= pack.passAbove ? "fail" : "unknown";
  conds.push({
    id: "innovation",
    label: { zh: "企业创新能力评价70分以上（不含70分）", en: "innovation score above 70" },
    verdict: scoreVerdict,
    figures: { scoreMin: score.min, scoreMax: score.max },
    explanation: score.min === score.max ? { zh: `得分${score.min}分`, en: `score ${score.min}` } : { zh: `得分在${score.min}–${score.max}分之间，取决于待评判部分`, en: `score between ${score.min} and ${score.max}, depending on the judged parts` },
    toChange: scoreVerdict === "fail" ? { zh: `至少还差${pack.passAbove + 1 - score.max}分`, en: `at least ${pack.passAbove + 1 - score.max} points short` } : undefined,
    judged: its.some((i) => i.judged),
    clause: "第十一条（七）",
  });
  const noInc = input.judgements?.noIncidents;
  conds.push({
    id: "noIncidents",
    label: { zh: "申请前一年内未发生重大安全、重大质量事故或严重环境违法行为", en: "no major accident or serious environmental violation in the past year" },
    verdict: noInc === false ? "fail" : "pass",
    figures: { stated: noInc ?? null },
    explanation: noInc === false ? { zh: "已记录事故或违法行为", en: "an incident is recorded" } : { zh: noInc ? "已声明" : "未见相反记录，按声明计", en: noInc ? "declared" : "nothing recorded against; taken as declared" },
    judged: true,
    clause: "第十一条（八）",
  });
  const verdict: Verdict = conds.some((c) => c.verdict === "fail") ? "fail" : conds.some((c) => c.verdict === "unknown") ? "unknown" : "pass";
  const computed = conds.filter((c) => !c.judged || c.id === "innovation" || (c.id === "coreIp" && c.verdict === "fail"));
  const computedVerdict: Verdict = computed.some((c) => c.verdict === "fail")
    ? "fail"
    : computed.some((c) => c.verdict === "unknown" && c.id !== "innovation")
      ? "unknown"
      : "pass";
  const last = ys[ys.length - 1]!.year;
  const failed = conds.filter((c) => c.verdict === "fail");
  const open = conds.filter((c) => c.verdict === "unknown");
  return {
    pack: "high-tech",
    version: pack.version,
    documents: [...pack.documents],
    year: last,
    verdict,
    computedVerdict,
    score,
    scoreMax: 100,
    passMark: { zh: "创新能力评价70分以上（不含70分）", en: "innovation score above 70" },
    conditions: conds,
    items: its,
    judgedParts: [...conds.filter((c) => c.judged).map((c) => c.id), ...its.filter((i) => i.judged).map((i) => i.id)],
    summary:
      verdict === "pass"
        ? { zh: `按${last}年及以前数据，满足高新技术企业认定条件`, en: `on the figures to ${last}, meets the high-tech enterprise conditions` }
        : verdict === "fail"
          ? { zh: `不满足：${failed.map((c) => c.label.zh).join("；")}`, en: `not met: ${failed.map((c) => c.label.en).join("; ")}` }
          : { zh: `可计算条件${computedVerdict === "pass" ? "均满足" : "未全部满足"}；待判断：${open.map((c) => c.label.zh).join("；")}`, en: `computable conditions ${computedVerdict === "pass" ? "all met" : "not all met"}; open: ${open.map((c) => c.label.en).join("; ")}` },
    cautions,
  };
}
