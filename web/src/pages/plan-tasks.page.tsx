/**
 * 任务与督办 of a plan (/plans/:code/tasks): as of a date, the task list beside the indicators they
 * serve with each task's standing, the milestone timeline (overdue in red), the supervision list by
 * lead body with its 督办单, and the progress reports awaiting review for those who review them.
 */
import { Breadcrumb, Button, Card, Empty, Flex, Input, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { usePlan } from "../api/plans.api.ts";
import { useDraftTasks, usePlanTasks } from "../api/tasks.api.ts";
import { useCan } from "../access/use-can.ts";
import { buildMilestoneTimelineOption } from "../charts/milestone-timeline.chart.ts";
import { EChart } from "../components/echart.tsx";
import { QueryState } from "../components/query-state.tsx";
import { ProgressReview } from "../components/tasks/progress-review.tsx";
import { StandingTag } from "../components/tasks/task-labels.tsx";
import { SupervisionTable } from "../components/tasks/supervision-table.tsx";
import { TaskTable } from "../components/tasks/task-table.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

const today = () => new Date().toISOString().slice(0, 10);

export function PlanTasksPage() {
  const { code = "" } = useParams();
  const { lang, t } = useLanguage();
  const [asOf, setAsOf] = useState(today);
  const plan = usePlan(code);
  const tasks = usePlanTasks(code, asOf);
  const draft = useDraftTasks(code);
  const canManage = useCan("plan_manage");
  const canReview = useCan("value_review");
  const live = useMemo(() => (tasks.data ?? []).filter((task) => task.state !== "rejected" && task.state !== "merged"), [tasks.data]);
  const timeline = useMemo(
    () => buildMilestoneTimelineOption(live, asOf, { asOf: `${t("tasks.asOf")} ${asOf}`, kinds: { overdue: t("tasks.timeline.overdue"), done: t("tasks.timeline.done"), ahead: t("tasks.timeline.ahead") } }),
    [live, asOf, t],
  );
  const withMilestones = live.filter((task) => task.milestones.length > 0).length;
  const counts = (["on_time", "late", "done"] as const).map((s) => [s, live.filter((task) => task.standing === s).length] as const);
  const title = plan.data ? (lang === "zh" ? plan.data.titleZh : plan.data.titleEn) : code;
  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title: <Link to={`/plans/${encodeURIComponent(code)}`}>{title}</Link> }, { title: t("tasks.title") }]} />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ margin: "12px 0" }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t("tasks.title")}</Typography.Title>
        <Flex gap={8} align="center">
          {t("tasks.asOf")}
          <Input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} style={{ width: 160 }} data-testid="tasks-as-of" />
          {counts.map(([s, n]) => (
            <span key={s} data-testid={`count-${s}`}>
              <StandingTag standing={s} /> {n}
            </span>
          ))}
        </Flex>
      </Flex>
      <QueryState isLoading={tasks.isLoading} error={tasks.error} retry={() => void tasks.refetch()} />
      {tasks.data && tasks.data.length === 0 ? (
        <Empty description={t("tasks.empty")}>
          {canManage ? <Button type="primary" loading={draft.isPending} onClick={() => draft.mutate()} data-testid="draft-tasks">{t("tasks.draft")}</Button> : null}
        </Empty>
      ) : null}
      {tasks.data && tasks.data.length > 0 ? (
        <Tabs
          items={[
            { key: "list", label: t("tasks.tab.list"), children: <TaskTable tasks={tasks.data} /> },
            {
              key: "timeline",
              label: t("tasks.tab.timeline"),
              children: withMilestones ? (
                <Card size="small">
                  <EChart option={timeline} renderer="svg" height={Math.max(240, 60 + withMilestones * 28)} testId="task-timeline" />
                </Card>
              ) : (
                <Empty description={t("tasks.timeline.empty")} />
              ),
            },
            { key: "supervision", label: t("tasks.tab.supervision"), children: <SupervisionTable planCode={code} asOf={asOf} /> },
            ...(canReview ? [{ key: "review", label: t("tasks.tab.review"), children: <ProgressReview planCode={code} /> }] : []),
          ]}
        />
      ) : null}
    </>
  );
}
