/**
 * Page `/`: every plan with its kind (规划 or 工作报告, with its year), 文号, issuer, period, level and targets by status, linking to its
 * dashboard; an imported plan still under review carries a 待审核 tag linking to its review screen
 * for those who may decide on it. Importing is offered to those who may manage plans.
 */
import { UploadOutlined } from "@ant-design/icons";
import { Button, Card, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import type { PlanSummary } from "../../../contract/plans.ts";
import { useCan } from "../access/use-can.ts";
import { usePlans } from "../api/plans.api.ts";
import { planPeriod, useLevelLabel } from "../components/plan-header.tsx";
import { QueryState } from "../components/query-state.tsx";
import { StatusBar } from "../components/status-bar.tsx";
import { DocumentKindTag } from "../components/review/document-kind-tag.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The plan list. */
export function PlanListPage() {
  const { lang, t } = useLanguage();
  const levelLabel = useLevelLabel();
  const plans = usePlans();
  const canManage = useCan("plan_manage");
  const none = <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  const columns: ColumnsType<PlanSummary> = [
    {
      title: t("plans.col.title"),
      key: "title",
      render: (_, p) => (
        <>
          <Link to={`/plans/${encodeURIComponent(p.code)}`} data-plan={p.code}>
            {lang === "zh" ? p.titleZh : p.titleEn}
          </Link>
          {p.status === "pending_review" && !canManage ? <Tag color="gold" style={{ marginLeft: 8 }}>{t("plans.pendingReview")}</Tag> : null}
          {p.status === "pending_review" && canManage ? (
            <Link to={`/plans/${encodeURIComponent(p.code)}/review`} data-review={p.code} style={{ marginLeft: 8 }}>
              <Tag color="gold">{t("plans.pendingReview")}</Tag>
            </Link>
          ) : null}
        </>
      ),
    },
    { title: t("kind.column"), key: "kind", width: 130, render: (_, p) => <DocumentKindTag documentKind={p.documentKind} documentYear={p.documentYear} testId={`kind-${p.code}`} /> },
    { title: t("plans.col.docNumber"), key: "doc", render: (_, p) => p.docNumber ?? none },
    { title: t("plans.col.issuer"), key: "issuer", render: (_, p) => p.issuer ?? none },
    { title: t("plans.col.period"), key: "period", width: 110, render: (_, p) => planPeriod(p) },
    { title: t("plans.col.level"), key: "level", width: 80, render: (_, p) => levelLabel(p.level) },
    { title: t("plans.col.targets"), dataIndex: "targetCount", width: 80, align: "right" },
    { title: t("plans.col.status"), key: "status", width: 300, render: (_, p) => <StatusBar counts={p.statusCounts} /> },
  ];
  return (
    <Card
      title={t("plans.title")}
      size="small"
      extra={
        canManage ? (
          <Link to="/import">
            <Button size="small" type="primary" icon={<UploadOutlined />} data-testid="open-import">{t("nav.import")}</Button>
          </Link>
        ) : null
      }
    >
      {plans.data ? (
        <Table<PlanSummary> rowKey="code" size="small" pagination={false} columns={columns} dataSource={plans.data} locale={{ emptyText: t("plans.empty") }} scroll={{ x: 1000 }} />
      ) : (
        <QueryState isLoading={plans.isLoading} error={plans.error} retry={() => void plans.refetch()} />
      )}
    </Card>
  );
}
