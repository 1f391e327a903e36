/**
 * Words for a target's status, attribute and growth model in zh-CN and English — one table that the
 * web app, the CLI, the evaluation report and the spreadsheet exports all read, so a status reads the
 * same on the screen, in a terminal, in a report and in Excel.
 */
import type { Status } from "./schema.ts";

/** The two languages the product speaks. */
export type LabelLanguage = "zh" | "en";

/** 已完成 achieved, 进展顺利 on track, 存在风险 at risk, 进度滞后 off track, 暂无数据 no data. */
export const STATUS_LABELS: Record<LabelLanguage, Record<Status, string>> = {
  zh: { achieved: "已完成", on_track: "进展顺利", at_risk: "存在风险", off_track: "进度滞后", no_data: "暂无数据" },
  en: { achieved: "Achieved", on_track: "On track", at_risk: "At risk", off_track: "Off track", no_data: "No data" },
};

/** 约束性 — binding target; 预期性 — expected (indicative) target; none: the plan does not say. */
export const ATTRIBUTE_LABELS: Record<LabelLanguage, Record<"binding" | "expected" | "none", string>> = {
  zh: { binding: "约束性", expected: "预期性", none: "未标明" },
  en: { binding: "Binding", expected: "Expected", none: "Not stated" },
};

/** The growth model a projection uses: compound (复合增长) for counts and amounts, linear (线性) for shares and rates. */
export const GROWTH_MODEL_LABELS: Record<LabelLanguage, Record<"compound" | "linear", string>> = {
  zh: { compound: "复合增长", linear: "线性" },
  en: { compound: "Compound", linear: "Linear" },
};
