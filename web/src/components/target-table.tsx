/**
 * The dashboard's table of targets: one row per target with baseline, target, latest value, a
 * completion bar, status and annual growth; a row expands into its chart and source quote.
 */
import { Flex, Progress, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { TargetProgress } from "../../../contract/plans.ts";
import { statusColors } from "../charts/status.colors.ts";
import { completionPercent, formatDisplayValue, formatGrowth, formatGrowthRange, formatTarget } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import type { Language } from "../i18n/translate.ts";
import { StatusTag } from "./status-tag.tsx";
import { TargetDetail } from "./target-detail.tsx";
import { BaselineNeeded } from "./baseline-form.tsx";
import { shownCompletion } from "../../../core/monitoring/shown-completion.ts";

/** What a target's bar measures (core/monitoring/shown-completion.ts) as a whole percentage within 0–100, or null when it shows none. */
export function barOf(p: Pick<TargetProgress, "target" | "completion" | "realisedVsRequired">): { measure: "rate" | "completion"; percent: number } | null {
  const shown = shownCompletion(p);
  const percent = completionPercent(shown.value);
  return percent === null ? null : { measure: shown.measure, percent };
}

const { Text } = Typography;

/** A value followed by its year in grey: "26371 (2020)". */
function ValueYear({ text, year }: { text: string; year: number }) {
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      {text} <Text type="secondary">({year})</Text>
    </span>
  );
}

function columns(lang: Language, t: ReturnType<typeof useLanguage>["t"]): ColumnsType<TargetProgress> {
  const none = <Text type="secondary">{t("common.none")}</Text>;
  const growth = (rate: number | null, p: TargetProgress, range: TargetProgress["realisedRange"] = null) => {
    const text = formatGrowthRange(range, p, lang) ?? formatGrowth(rate, p, lang);
    return text === null ? none : <span style={{ whiteSpace: "nowrap" }}>{text}</span>;
  };
  return [
    {
      title: t("col.indicator"),
      key: "indicator",
      width: 260,
      render: (_, p) => (
        <span>
          {lang === "zh" ? p.indicator : p.indicatorEn}
          {p.attribute === "binding" ? <Tag color="volcano" style={{ marginInlineStart: 6 }}>{t("attribute.binding")}</Tag> : null}
        </span>
      ),
    },
    { title: t("col.unit"), key: "unit", width: 90, render: (_, p) => unitLabel(p.displayUnit, lang) },
    {
      title: t("col.baseline"),
      key: "baseline",
      align: "right",
      render: (_, p) => (p.baseline ? <ValueYear text={formatDisplayValue(p.baseline.value, p, lang)} year={p.baseline.year} /> : p.needsBaseline ? <BaselineNeeded progress={p} /> : none),
    },
    { title: t("col.target"), key: "target", align: "right", render: (_, p) => <ValueYear text={formatTarget(p, lang)} year={p.target.year} /> },
    {
      title: t("col.latest"),
      key: "latest",
      align: "right",
      render: (_, p) =>
        p.latest ? <ValueYear text={formatDisplayValue(p.latest.value, p, lang)} year={p.latest.year} /> : <Text type="secondary">{t("common.noData")}</Text>,
    },
    {
      title: t("col.progress"),
      key: "progress",
      width: 150,
      render: (_, p) => {
        const bar = barOf(p);
        if (bar === null) return none;
        return (
          <Tooltip title={t(bar.measure === "rate" ? "bar.rateHelp" : "bar.completionHelp")}>
            <Flex vertical data-bar={bar.measure}>
              <Progress percent={bar.percent} size="small" strokeColor={statusColors[p.status].hex} format={(percent) => `${percent}%`} />
              <Text type="secondary" style={{ fontSize: 12 }}>{t(bar.measure === "rate" ? "bar.rate" : "bar.completion")}</Text>
            </Flex>
          </Tooltip>
        );
      },
    },
    { title: t("col.status"), key: "status", width: 100, render: (_, p) => <StatusTag status={p.status} /> },
    { title: t("col.requiredGrowth"), key: "required", align: "right", render: (_, p) => growth(p.requiredAnnualGrowth, p) },
    { title: t("col.realisedGrowth"), key: "realised", align: "right", render: (_, p) => growth(p.realisedAnnualGrowth, p, p.realisedRange) },
  ];
}

/** The targets table; rows expand (by click or the icon) into the target's chart. */
export function TargetTable({ rows }: { rows: TargetProgress[] }) {
  const { lang, t } = useLanguage();
  return (
    <Table<TargetProgress>
      rowKey="targetId"
      size="small"
      pagination={false}
      columns={columns(lang, t)}
      dataSource={rows}
      onRow={(p) => ({ "data-indicator": p.indicatorCode, style: { cursor: "pointer" } }) as React.HTMLAttributes<HTMLElement>}
      expandable={{ expandRowByClick: true, expandedRowRender: (p) => <TargetDetail progress={p} /> }}
      scroll={{ x: 1240 }}
    />
  );
}
