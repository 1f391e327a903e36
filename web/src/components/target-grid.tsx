/** Small multiples: one compact chart per target with its name, latest value and status. */
import { Card, Col, Row, Typography } from "antd";
import { useMemo } from "react";
import type { TargetProgress } from "../../../contract/plans.ts";
import { buildTargetChartOption } from "../charts/target.chart.ts";
import { formatDisplayValue, formatTarget } from "../format/number.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { EChart } from "./echart.tsx";
import { StatusTag } from "./status-tag.tsx";
import { useChartLabels } from "./target-detail.tsx";

function TargetCard({ progress }: { progress: TargetProgress }) {
  const { lang, t } = useLanguage();
  const labels = useChartLabels(progress.displayUnit);
  const option = useMemo(() => buildTargetChartOption(progress, labels, true), [progress, labels]);
  const latest = progress.latest ? `${formatDisplayValue(progress.latest.value, progress, lang)} (${progress.latest.year})` : t("common.noData");
  return (
    <Card size="small" title={lang === "zh" ? progress.indicator : progress.indicatorEn} extra={<StatusTag status={progress.status} />}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("col.latest")} {latest} · {t("col.target")} {formatTarget(progress, lang)} ({progress.target.year}) {labels.unit}
      </Typography.Text>
      <EChart option={option} height={140} />
    </Card>
  );
}

/** The grid of small charts. */
export function TargetGrid({ rows }: { rows: TargetProgress[] }) {
  return (
    <Row gutter={[12, 12]}>
      {rows.map((p) => (
        <Col key={p.targetId} xs={24} md={12} xl={8}>
          <TargetCard progress={p} />
        </Col>
      ))}
    </Row>
  );
}
