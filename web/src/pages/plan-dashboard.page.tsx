/**
 * Page `/plans/:code`: a plan's header, its targets by status, and the table (or grid of small
 * charts) of every target's progress, with the 录入数据 form in a dialog, a link to the review of its
 * document, and the 规划衔接 panel against its parent plan — each shown to those who may use it
 * (the public reads the header and progress only). 导出 downloads the table as Excel or CSV; 打印
 * prints the page as global.css's print rules lay it out (no navigation or buttons, A4, black on
 * white, the plan's title and the date the figures stand at on top).
 */
import { AppstoreOutlined, AuditOutlined, PlusOutlined, PrinterOutlined, TableOutlined, FileTextOutlined } from "@ant-design/icons";
import { Breadcrumb, Button, Card, Flex, Modal, Result, Segmented, Typography } from "antd";
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
import { TaskStandingSummary } from "../components/tasks/task-standing-summary.tsx";
import { ValueForm } from "../components/value-form.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { progressExportUrl } from "../api/table-export.api.ts";
import { ExportMenu } from "../components/export-menu.tsx";
import { formatDateTime } from "../format/date.format.ts";

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
  const asOf = t("print.asOf", { date: formatDateTime(new Date().toISOString(), lang).slice(0, 10) });
  // The browser prints the document's title in the page header: name the plan and the date.
  const print = () => {
    const before = document.title;
    document.title = `${title} · ${asOf}`;
    window.print();
    document.title = before;
  };

  const actions = (
    <Flex gap={8} className="no-print">
      <ExportMenu href={(format) => progressExportUrl(code, format, lang)} testId="export-progress" />
      <Button size="small" icon={<PrinterOutlined />} onClick={print} data-testid="print-dashboard">
        {t("print.button")}
      </Button>
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
      {canReadInternal ? <TaskStandingSummary code={code} /> : null}
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
      <Breadcrumb className="no-print" items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title }]} />
      <Card size="small">
        {plan.data ? <PlanHeader plan={plan.data} /> : null}
        <Typography.Text className="print-only" data-testid="print-as-of">{asOf}</Typography.Text>
        {plan.data ? null : <QueryState isLoading={plan.isLoading} error={plan.error} retry={() => void plan.refetch()} />}
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
