/**
 * Page `/plans/:code`: a plan's header, its targets by status, and the table (or grid of small
 * charts) of every target's progress, with the 录入数据 form in a dialog, a link to the review of its
 * document, and the 规划衔接 panel against its parent plan — each shown to those who may use it
 * (the public reads the header and progress only).
 */
import { AppstoreOutlined, AuditOutlined, PlusOutlined, TableOutlined, FileTextOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Flex, Modal, Result, Segmented } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useCan } from "../access/use-can.ts";
import { ApiError } from "../api/client.ts";
import { usePlan, usePlanProgress } from "../api/plans.api.ts";
import { AlignmentPanel } from "../components/alignment-panel.tsx";
import { PlanHeader } from "../components/plan-header.tsx";
import { QueryState } from "../components/query-state.tsx";
import { StatusSummary } from "../components/status-summary.tsx";
import { TargetGrid } from "../components/target-grid.tsx";
import { TargetTable } from "../components/target-table.tsx";
import { ValueForm } from "../components/value-form.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

type View = "table" | "grid";

/** The plan dashboard. */
export function PlanDashboardPage() {
  const { code = "" } = useParams();
  const { lang, t } = useLanguage();
  const plan = usePlan(code);
  const progress = usePlanProgress(code);
  const [view, setView] = useState<View>("table");
  const [formOpen, setFormOpen] = useState(false);
  const canReadInternal = useCan("read_internal");
  const canManagePlans = useCan("plan_manage");
  const canEnterValues = useCan("value_enter");
  const title = plan.data ? (lang === "zh" ? plan.data.titleZh : plan.data.titleEn) : code;

  const actions = (
    <Flex gap={8}>
      <Segmented<View>
        size="small"
        value={view}
        onChange={setView}
        options={[
          { value: "table", icon: <TableOutlined />, label: t("plan.view.table") },
          { value: "grid", icon: <AppstoreOutlined />, label: t("plan.view.grid") },
        ]}
      />
      <Link to={`/plans/${encodeURIComponent(code)}/report`}>
        <Button size="small" icon={<FileTextOutlined />} data-testid="open-report">
          {t("report.open")}
        </Button>
      </Link>
      {plan.data?.sourceFile && canReadInternal ? (
        <Link to={`/plans/${encodeURIComponent(code)}/review`}>
          <Button size="small" icon={<AuditOutlined />} data-testid="open-review">
            {!canManagePlans ? t("review.view") : plan.data.status === "pending_review" ? `${t("plans.review")}（${t("plans.pendingReview")}）` : t("plans.review")}
          </Button>
        </Link>
      ) : null}
      {canEnterValues ? (
        <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setFormOpen(true)} data-testid="open-value-form">
          {t("nav.addValue")}
        </Button>
      ) : null}
    </Flex>
  );

  if (plan.error instanceof ApiError && plan.error.status === 404) {
    const detail = plan.error.body?.error.messages[lang];
    return <Result status="404" title={t("plan.notFound")} subTitle={detail} extra={<Link to="/">{t("nav.plans")}</Link>} />;
  }

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title }]} />
      <Card size="small">
        {plan.data ? <PlanHeader plan={plan.data} /> : <QueryState isLoading={plan.isLoading} error={plan.error} retry={() => void plan.refetch()} />}
      </Card>
      {progress.data ? (
        <>
          <StatusSummary rows={progress.data} />
          <Card size="small" title={t("plan.targets")} extra={actions}>
            {view === "table" ? <TargetTable rows={progress.data} /> : <TargetGrid rows={progress.data} />}
          </Card>
        </>
      ) : (
        <QueryState isLoading={progress.isLoading} error={progress.error} retry={() => void progress.refetch()} />
      )}
      {plan.data && canReadInternal ? <AlignmentPanel plan={plan.data} /> : null}
      <Modal title={t("form.title")} open={formOpen} onCancel={() => setFormOpen(false)} footer={null} destroyOnHidden>
        <ValueForm onSaved={() => setFormOpen(false)} />
      </Modal>
    </Flex>
  );
}
