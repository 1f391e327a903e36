/**
 * 汇总 in the dashboard's row detail: for an additive or ratio indicator of a place with children
 * (the city), the districts' sum beside the place's own figure and their difference, with how many
 * districts have reported — “区县合计 X，市级数 Y，差额 Z（N/38 区县已报）”.
 */
import { Typography } from "antd";
import type { TargetProgress } from "../../../contract/plans.ts";
import { useIndicators } from "../api/catalogue.api.ts";
import { useRollup } from "../api/values.api.ts";
import { formatDisplayValue } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The roll-up line of the target's latest period; nothing when the indicator does not roll up. */
export function RollupLine({ progress }: { progress: TargetProgress }) {
  const { lang, t } = useLanguage();
  const indicators = useIndicators();
  const method = indicators.data?.find((i) => i.code === progress.indicatorCode)?.aggregation.method;
  const period = progress.latest ? String(progress.latest.year) : undefined;
  const rollup = useRollup(progress.indicatorCode, period, method === "sum" || method === "ratio");
  const row = rollup.data?.rows.find((r) => r.placeCode === progress.placeCode);
  if (!row || !period) return null;
  const show = (base: number | null) => (base === null ? t("common.none") : `${formatDisplayValue(base, progress, lang)} ${unitLabel(progress.displayUnit, lang)}`);
  const difference = row.difference === null ? t("common.none") : `${row.difference > 0 ? "+" : ""}${show(row.difference)}`;
  return (
    <Typography.Text data-testid="rollup-line">
      <Typography.Text strong>{t("rollup.title")} · {period}：</Typography.Text>
      {t("rollup.line", { sum: show(row.sum), reported: show(row.reported), difference, reporting: row.childrenReporting, count: row.childCount })}
    </Typography.Text>
  );
}
