/**
 * 填报进度 (office, leaders, reviewers): per place or body a completeness bar, its figures by state
 * (已通过 / 待审核 / 草稿 / 已退回 / 未填), the last submission and 逾期; the reminders of late units with
 * what they owe and how many days overdue; and a stacked bar chart of the units by state. 导出 downloads
 * the table (with the reminders) as Excel or CSV.
 */
import { Card, Col, Flex, List, Progress, Row, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo } from "react";
import type { UnitProgress } from "../../../../contract/reporting.ts";
import { useRoundOverview } from "../../api/rounds.api.ts";
import { buildRoundProgressOption, PROGRESS_STATES } from "../../charts/round-progress.chart.ts";
import { formatDateTime } from "../../format/date.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { roundOverviewExportUrl } from "../../api/table-export.api.ts";
import { ExportMenu } from "../export-menu.tsx";
import { EChart } from "../echart.tsx";
import { QueryState } from "../query-state.tsx";

const COUNT_COLORS = Object.fromEntries(PROGRESS_STATES.map((s) => [s.key, s.color]));

/** The overview tab of a round. */
export function RoundProgress({ roundId }: { roundId: number }) {
  const { lang, t } = useLanguage();
  const overview = useRoundOverview(roundId);
  const name = (u: { nameZh: string; nameEn: string }) => (lang === "zh" ? u.nameZh : u.nameEn);
  const units = overview.data?.units;
  const states = { approved: t("report.state.approved"), submitted: t("progress.state.submitted"), draft: t("report.state.draft"), returned: t("report.state.returned"), missing: t("report.state.empty") };
  const option = useMemo(
    () => buildRoundProgressOption(units ?? [], { states: { approved: t("report.state.approved"), submitted: t("progress.state.submitted"), draft: t("report.state.draft"), returned: t("report.state.returned"), missing: t("report.state.empty") }, unitName: (u) => (lang === "zh" ? u.nameZh : u.nameEn) }),
    [units, lang, t],
  );
  if (!overview.data) return <QueryState isLoading={overview.isLoading} error={overview.error} retry={() => void overview.refetch()} />;
  const { totals, reminders } = overview.data;

  const columns: ColumnsType<UnitProgress> = [
    { title: t("progress.col.unit"), key: "unit", width: 170, render: (_, u) => name(u) },
    { title: t("progress.col.completeness"), key: "completeness", width: 170, render: (_, u) => <Progress percent={Math.round(u.completeness * 100)} size="small" /> },
    {
      title: t("progress.col.counts"),
      key: "counts",
      render: (_, u) => (
        <Flex gap={4} data-testid="unit-counts">
          {PROGRESS_STATES.map((s) => (
            <Tag key={s.key} color={u[s.key] > 0 && s.key !== "missing" ? COUNT_COLORS[s.key] : undefined} style={{ minWidth: 28, textAlign: "center" }} title={states[s.key]}>{u[s.key]}</Tag>
          ))}
        </Flex>
      ),
    },
    { title: t("progress.col.lastSubmitted"), key: "last", width: 150, render: (_, u) => (u.lastSubmittedAt ? formatDateTime(u.lastSubmittedAt, lang) : t("common.none")) },
    { title: t("progress.late"), key: "late", width: 70, render: (_, u) => (u.late ? <Tag color="error">{t("progress.late")}</Tag> : null) },
  ];

  return (
    <Flex vertical gap={12} data-testid="round-progress">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" data-testid="progress-totals">{t("progress.totals", { ...totals })}</Typography.Text>
        <ExportMenu href={(format) => roundOverviewExportUrl(roundId, format, lang)} testId="export-round-overview" />
      </Flex>
      <Row gutter={12}>
        <Col xs={24} xl={15}>
          <Table<UnitProgress> rowKey={(u) => `${u.kind}:${u.code}`} size="small" pagination={false} columns={columns} dataSource={overview.data.units} onRow={(u) => ({ "data-unit": u.code }) as React.HTMLAttributes<HTMLElement>} data-testid="progress-table" />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={12}>
            <Card size="small" title={t("progress.reminders")} data-testid="reminders">
              {reminders.length === 0 ? (
                <Typography.Text type="secondary">{t("progress.noReminders")}</Typography.Text>
              ) : (
                <List size="small" dataSource={reminders} renderItem={(r) => <List.Item>{t("progress.reminder", { name: name(r), outstanding: r.outstanding, days: r.daysOverdue })}</List.Item>} />
              )}
            </Card>
            <Card size="small" title={t("progress.chart")}>
              <EChart option={option} height={Math.max(160, overview.data.units.length * 26 + 60)} testId="progress-chart" />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
