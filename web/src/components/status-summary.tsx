/** Summary statistics of a plan's targets: the total and one figure per status, in the status colour. */
import { Card, Col, Row, Statistic } from "antd";
import type { TargetProgress, TargetStatus } from "../../../contract/plans.ts";
import { statusColors, statusOrder } from "../charts/status.colors.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** Counts `rows` by status. */
export function countByStatus(rows: Pick<TargetProgress, "status">[]): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Six small statistic cards: total, then each status. */
export function StatusSummary({ rows }: { rows: TargetProgress[] }) {
  const { t } = useLanguage();
  const counts = countByStatus(rows);
  const cells = [
    { key: "total", title: t("plan.targetCount"), value: rows.length, color: undefined as string | undefined },
    ...statusOrder.map((s) => ({ key: s, title: t(`status.${s}`), value: counts[s], color: statusColors[s].hex })),
  ];
  return (
    <Row gutter={[12, 12]} data-testid="status-summary">
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} sm={8} lg={4}>
          <Card size="small" style={{ borderTop: `3px solid ${cell.color ?? "#d9d9d9"}` }}>
            <Statistic title={cell.title} value={cell.value} styles={{ content: { color: cell.color, fontSize: 22 } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
