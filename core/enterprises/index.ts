/**
 * Enterprises (企业库): the 统一社会信用代码 check, the registry's yearly figures and the national rule
 * packs — 科技型中小企业评价 and the 高新技术企业 self-check — as versioned data with functions that
 * explain every result. Pure; the server, the CLI, the web app and the benchmark call it.
 */
export { checkCreditCode, creditCodeCheckCharacter, creditCodeMessage, isValidCreditCode, withCheckCharacter, CREDIT_CODE_ALPHABET, type CreditCodeCheck, type CreditCodeProblem } from "./credit-code.ts";
export { IP_CLASS, IP_KINDS, ipByClass, type Assessment, type ConditionResult, type EnterpriseYear, type IpKind, type PackDocument, type ScoreItem, type Text, type Verdict } from "./model.ts";
export { bandOf, bandPoints, nextBand, pct, type Band, type BandTable } from "./bands.ts";
export { GROWTH_BANDS, describeGrowth, growthRate, type Growth, type GrowthBasis } from "./growth.ts";
export { TECH_SME_2022, type TechSmePack } from "./tech-sme.pack.ts";
export { HIGH_TECH_2016, type HighTechPack } from "./high-tech.pack.ts";
export { assessTechSme, type TechSmeDeclarations, type TechSmeDirect, type TechSmeInput } from "./assess-tech-sme.ts";
export { assessHighTech, type HighTechInput, type HighTechItemId, type HighTechJudgements } from "./assess-high-tech.ts";
