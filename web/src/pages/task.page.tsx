/** One task (/tasks/:id): where it stands in the plan's text, its bodies and indicators, milestones, progress reports and its history (操作记录). */
import { Breadcrumb, Button, Card, Descriptions, Result, Table, Tag, Timeline, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { useMarkMilestone, useTask } from "../api/tasks.api.ts";
import { useCan } from "../access/use-can.ts";
import { TaskOfficeForms } from "../components/tasks/task-office-forms.tsx";
import { QueryState } from "../components/query-state.tsx";
import { ReviewTag, StandingTag, useBodyNames, useProgressText } from "../components/tasks/task-labels.tsx";
import { formatDateTime } from "../format/date.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { ApiError } from "../api/client.ts";

export function TaskPage() {
  const { id = "" } = useParams();
  const { lang, t } = useLanguage();
  const detail = useTask(Number(id));
  const bodyNames = useBodyNames();
  const progressText = useProgressText();
  const canManage = useCan("plan_manage");
  const mark = useMarkMilestone();
  if (detail.error instanceof ApiError && detail.error.status === 404) return <Result status="404" title={t("tasks.detail.notFound")} />;
  if (!detail.data) return <QueryState isLoading={detail.isLoading} error={detail.error} retry={() => void detail.refetch()} />;
  const { task, progress, history } = detail.data;
  const none = t("common.none");
  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title: <Link to={`/plans/${encodeURIComponent(task.planCode)}/tasks`}>{t("tasks.title")}</Link> }, { title: task.title }]} />
      <Typography.Title level={3} style={{ margin: "12px 0" }}>
        {task.title} <StandingTag standing={task.standing} /> <Tag>{t(`tasks.state.${task.state}`)}</Tag>
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: "plan", label: t("tasks.detail.plan"), children: <Link to={`/plans/${encodeURIComponent(task.planCode)}`}>{task.planCode}</Link> },
          { key: "source", label: t("tasks.detail.source"), children: task.quote ? `${task.quote}（${task.start}–${task.end}）` : none },
          { key: "lead", label: t("tasks.col.lead"), children: bodyNames(task, "lead") || none },
          { key: "cooperating", label: t("tasks.col.cooperating"), children: bodyNames(task, "cooperating") || none },
          { key: "unmatched", label: t("tasks.detail.unmatched"), children: task.unmatchedBodies.map((b) => b.name).join("、") || none },
          { key: "targets", label: t("tasks.col.targets"), children: task.indicators.map((i) => <Tag key={i.code}>{i.nameZh}</Tag>) },
          { key: "due", label: t("tasks.col.due"), children: task.dueOn ?? none },
          { key: "goal", label: t("tasks.detail.goal"), children: task.annualGoal ?? none },
        ]}
      />
      <Card size="small" title={t("tasks.detail.milestones")} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={task.milestones}
          columns={[
            { title: t("tasks.col.due"), dataIndex: "dueOn", width: 120 },
            { title: t("tasks.detail.deliverable"), dataIndex: "deliverable" },
            { title: t("tasks.detail.doneOn"), dataIndex: "doneOn", width: 120, render: (d: string | null) => d ?? none },
            { title: t("tasks.col.standing"), key: "overdue", width: 120, render: (_, m) => (m.overdue ? <Tag color="red">{t("tasks.timeline.overdue")}</Tag> : m.doneOn ? <Tag color="green">{t("tasks.timeline.done")}</Tag> : <Tag>{t("tasks.timeline.ahead")}</Tag>) },
            ...(canManage
              ? [{ title: t("tasks.col.actions"), key: "mark", width: 110, render: (_: unknown, m: (typeof task.milestones)[number]) => <Button size="small" type="link" onClick={() => mark.mutate({ id: m.id, doneOn: m.doneOn ? null : new Date().toISOString().slice(0, 10) })}>{t(m.doneOn ? "tasks.detail.markUndone" : "tasks.detail.markDone")}</Button> }]
              : []),
          ]}
        />
      </Card>
      {canManage ? <TaskOfficeForms task={task} /> : null}
      <Card size="small" title={t("tasks.detail.reports")} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={progress}
          data-testid="task-reports"
          columns={[
            { title: t("tasks.progress.round"), dataIndex: "roundTitle", width: 180 },
            { title: t("tasks.progress.state"), key: "state", width: 120, render: (_, p) => progressText(p) },
            { title: t("tasks.progress.text"), dataIndex: "text" },
            { title: t("tasks.col.state"), key: "review", width: 100, render: (_, p) => <ReviewTag review={p.review} /> },
            { title: t("tasks.review.comment"), dataIndex: "reviewComment", render: (c: string | null) => c ?? none },
          ]}
        />
      </Card>
      <Card size="small" title={t("tasks.detail.history")} style={{ marginTop: 16 }}>
        <Timeline items={history.map((h) => ({ key: h.id, children: `${formatDateTime(h.at, lang)} ${h.actor} ${h.action}${h.reason ? `：${h.reason}` : ""}` }))} />
      </Card>
    </>
  );
}
