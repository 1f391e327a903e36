/**
 * One target in detail: the chart of baseline, actuals, target and required path, with the plan's own
 * words; for signed-in people also the latest figure's history and the districts' roll-up (汇总).
 */
import { Alert, Col, Descriptions, Flex, Row, Typography } from "antd";
import { useMemo } from "react";
import type { TargetProgress } from "../../../contract/plans.ts";
import { buildTargetChartOption } from "../charts/target.chart.ts";
import { formatDisplayValue } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { useCan } from "../access/use-can.ts";
import { EChart } from "./echart.tsx";
import { RollupLine } from "./rollup-line.tsx";
import { ValueHistory } from "./value-history.tsx";

/** The chart labels in the current language for an indicator shown in `displayUnit`. */
export function useChartLabels(displayUnit: string) {
  const { lang, t } = useLanguage();
  return useMemo(
    () => ({
      unit: unitLabel(displayUnit, lang),
      actual: t("chart.actual"),
      path: t("chart.path"),
      baseline: t("chart.baseline"),
      target: t("chart.target"),
      locale: lang === "zh" ? "zh-CN" : "en-US",
    }),
    [displayUnit, lang, t],
  );
}

/** Chart plus source quote, attribute and projection of one target. */
export function TargetDetail({ progress }: { progress: TargetProgress }) {
  const { lang, t } = useLanguage();
  const labels = useChartLabels(progress.displayUnit);
  const option = useMemo(() => buildTargetChartOption(progress, labels), [progress, labels]);
  const internal = useCan("read_internal");
  const items = [
    progress.attribute ? { key: "attribute", label: t("detail.attribute"), children: t(`attribute.${progress.attribute}`) } : null,
    progress.projection === null
      ? null
      : { key: "projection", label: t("detail.projection"), children: `${formatDisplayValue(progress.projection, progress, lang)} ${labels.unit}` },
    progress.projectionRange === null
      ? null
      : {
          key: "projectionRange",
          label: t("detail.projectionRange"),
          children: `${formatDisplayValue(progress.projectionRange.low, progress, lang)}–${formatDisplayValue(progress.projectionRange.high, progress, lang)} ${labels.unit}`,
        },
    progress.projection === null || progress.growthBasis === null ? null : { key: "model", label: t("detail.model"), children: t(`model.${progress.growthBasis}`) },
    progress.source
      ? { key: "source", label: t("detail.source"), children: <Typography.Text italic>“{progress.source.quote}”</Typography.Text> }
      : null,
  ].filter((item) => item !== null);
  return (
    <Row gutter={16} onClick={(e) => e.stopPropagation()} data-testid="target-detail">
      <Col xs={24} lg={14}>
        <EChart option={option} height={260} testId="target-chart" />
      </Col>
      <Col xs={24} lg={10}>
        <Flex vertical gap={8}>
          <Descriptions size="small" column={1} items={items} />
          {progress.projectionFlags.map((f) => (
            <Alert key={f} type="warning" showIcon title={t(`flag.${f}`)} data-flag={f} />
          ))}
          {internal ? <RollupLine progress={progress} /> : null}
          {internal ? <ValueHistory progress={progress} /> : null}
        </Flex>
      </Col>
    </Row>
  );
}
