/**
 * Page `/plans/:code/review`: the plan's document with every extracted statement highlighted on the
 * left, the list of statements on the right; accept, edit, reject, merge and link them, then mark the
 * plan reviewed (after a confirmation). The header shows what the document was recognised as (规划 or
 * 工作报告, and its year), which those who may decide can correct. Decisions are recorded in the signed-in person's name; people
 * without the right to decide see the document and statements only.
 */
import { App, Breadcrumb, Button, Card, Col, Flex, Row, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { ReviewAction, StatementResponse } from "../../../contract/review.ts";
import { ApiError } from "../api/client.ts";
import { useIndicators } from "../api/catalogue.api.ts";
import { useCan } from "../access/use-can.ts";
import { useDecideStatement, useReview } from "../api/review.api.ts";
import { QueryState } from "../components/query-state.tsx";
import { CompleteReviewModal } from "../components/review/complete-review-modal.tsx";
import { ClassifyDocumentModal } from "../components/review/classify-document-modal.tsx";
import { DocumentKindTag } from "../components/review/document-kind-tag.tsx";
import { DocumentText } from "../components/review/document-text.tsx";
import { DecisionLog } from "../components/review/decision-log.tsx";
import { MergeDialog } from "../components/review/merge-dialog.tsx";
import { OutlineJump, outlineAnchors } from "../components/review/outline-jump.tsx";
import { StatementEditor } from "../components/review/statement-editor.tsx";
import { StatementList, type StatementCommand } from "../components/review/statement-list.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { reviewExportUrl } from "../api/table-export.api.ts";
import { ExportMenu } from "../components/export-menu.tsx";

/** The review screen of one plan's document. */
export function PlanReviewPage() {
  const { code = "" } = useParams();
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const review = useReview(code);
  const indicators = useIndicators();
  const decide = useDecideStatement(code);
  const canDecide = useCan("plan_manage");
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ statement: StatementResponse; indicatorCode: string | null } | null>(null);
  const [merging, setMerging] = useState<StatementResponse | null>(null);
  const [jump, setJump] = useState<{ offset: number } | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [classifying, setClassifying] = useState(false);
  const anchors = useMemo(() => outlineAnchors(review.data?.outline ?? null), [review.data?.outline]);
  const act = (id: number, action: ReviewAction) =>
    decide.mutateAsync({ id, action }).catch((error: unknown) => {
      message.error(error instanceof ApiError && error.body ? error.body.error.messages[lang] : t("review.failed"));
      throw error;
    });
  const onCommand = (command: StatementCommand, s: StatementResponse, indicatorCode: string | null) => {
    if (command === "edit" || (command === "accept" && !indicatorCode)) setEditing({ statement: s, indicatorCode });
    else if (command === "merge") setMerging(s);
    else if (command === "accept") void act(s.id, { action: "accept", indicatorCode: indicatorCode ?? undefined }).catch(() => setEditing({ statement: s, indicatorCode }));
    else void act(s.id, { action: "reject" }).catch(() => undefined);
  };

  const data = review.data;
  const title = data ? (lang === "zh" ? data.plan.titleZh : data.plan.titleEn) : code;
  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title: <Link to={`/plans/${encodeURIComponent(code)}`}>{title}</Link> }, { title: t("plans.review") }]} />
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex vertical>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t("review.title")}
              {lang === "zh" ? "：" : ": "}
              {title}
            </Typography.Title>
            {data ? (
              <span>
                <Tag color={data.plan.status === "active" ? "green" : "gold"} data-testid="plan-status">{data.plan.status === "active" ? t("review.completed") : t("plans.pendingReview")}</Tag>
                <DocumentKindTag documentKind={data.plan.documentKind} documentYear={data.plan.documentYear} testId="document-kind" />
                {canDecide ? (
                  <Button size="small" type="link" onClick={() => setClassifying(true)} data-testid="classify-open">{t("kind.edit")}</Button>
                ) : null}
                <Typography.Text type="secondary">{data.file}</Typography.Text>
              </span>
            ) : null}
          </Flex>
          <Flex gap={8} align="center">
            <ExportMenu href={(format) => reviewExportUrl(code, format, lang)} testId="export-review" />
            <Button size="small" onClick={() => setLogOpen(true)} data-testid="open-decision-log">{t("decision.title")}</Button>
            <Link to={`/plans/${encodeURIComponent(code)}`}><Button size="small">{t("review.dashboard")}</Button></Link>
            {canDecide ? <Button size="small" type="primary" disabled={!data || data.plan.status === "active"} onClick={() => setCompleting(true)} data-testid="complete-review">{t("review.complete")}</Button> : null}
          </Flex>
        </Flex>
      </Card>
      {data ? (
        <Row gutter={12}>
          <Col xs={24} lg={10}>
            <Card size="small" title={t("review.document")} extra={<OutlineJump outline={data.outline} onJump={(offset) => setJump({ offset })} />}>
              <DocumentText text={data.text} statements={data.statements} selected={selected} onSelect={setSelected} anchors={anchors} jump={jump} />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t("review.statements")}>
              <StatementList statements={data.statements} indicators={indicators.data ?? []} selected={selected} busy={decide.isPending} canDecide={canDecide} onSelect={setSelected} onCommand={onCommand} />
            </Card>
          </Col>
        </Row>
      ) : (
        <QueryState isLoading={review.isLoading} error={review.error} retry={() => void review.refetch()} />
      )}
      <StatementEditor
        statement={editing?.statement ?? null}
        indicatorCode={editing?.indicatorCode ?? null}
        indicators={indicators.data ?? []}
        busy={decide.isPending}
        onClose={() => setEditing(null)}
        onSubmit={(action) => act(editing!.statement.id, action)}
      />
      <DecisionLog code={code} open={logOpen} onClose={() => setLogOpen(false)} />
      {data ? (
        <ClassifyDocumentModal code={code} open={classifying} current={data.plan} onClose={() => setClassifying(false)} onDone={(moved) => void message.success(t("kind.corrected", { moved }))} />
      ) : null}
      <CompleteReviewModal code={code} open={completing} pending={data?.statements.filter((s) => s.state === "pending").length ?? 0} onClose={() => setCompleting(false)} onCompleted={() => void message.success(t("review.completed"))} />
      <MergeDialog statement={merging} statements={data?.statements ?? []} busy={decide.isPending} onClose={() => setMerging(null)} onMerge={(into) => act(merging!.id, { action: "merge", into })} />
    </Flex>
  );
}
