/**
 * 任务清单: a plan's tasks beside the indicators they serve, with lead and cooperating bodies, the
 * deadline, how each stands (按期 / 滞后 / 已完成) and its latest progress. A lead body's reporter gets
 * 报告进展 on its own tasks; the office accepts or rejects drafts.
 */
import { Button, Flex, Popconfirm, Switch, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import type { TaskResponse } from "../../../../contract/tasks.ts";
import { useCurrentUser } from "../../api/session.api.ts";
import { useDecideTask } from "../../api/tasks.api.ts";
import { useCan } from "../../access/use-can.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { ProgressForm } from "./progress-form.tsx";
import { ReviewTag, StandingTag, useBodyNames, useProgressText } from "./task-labels.tsx";

export function TaskTable({ tasks }: { tasks: readonly TaskResponse[] }) {
  const { t } = useLanguage();
  const user = useCurrentUser();
  const canManage = useCan("plan_manage");
  const decide = useDecideTask();
  const bodyNames = useBodyNames();
  const progressText = useProgressText();
  const myBodies = useMemo(() => new Set((user?.scopes ?? []).filter((s) => s.kind === "body").map((s) => s.code)), [user]);
  const leads = (task: TaskResponse) => task.bodies.some((b) => b.role === "lead" && (myBodies.has(b.code) || (canManage && user?.role !== "reporter")));
  const [mine, setMine] = useState(myBodies.size > 0);
  const [reporting, setReporting] = useState<TaskResponse | null>(null);
  const live = tasks.filter((task) => task.state !== "rejected" && task.state !== "merged");
  const shown = mine ? live.filter((task) => task.bodies.some((b) => b.role === "lead" && myBodies.has(b.code))) : live;
  const columns: ColumnsType<TaskResponse> = [
    { title: t("tasks.col.title"), key: "title", render: (_, task) => <Link to={`/tasks/${task.id}`} data-testid="task-link">{task.title}</Link> },
    { title: t("tasks.col.lead"), key: "lead", width: 150, render: (_, task) => bodyNames(task, "lead") || t("common.none") },
    { title: t("tasks.col.cooperating"), key: "cooperating", width: 180, render: (_, task) => bodyNames(task, "cooperating") || t("common.none") },
    { title: t("tasks.col.targets"), key: "targets", width: 180, render: (_, task) => (task.indicators.length ? task.indicators.map((i) => <Tag key={i.code}>{i.nameZh}</Tag>) : t("common.none")) },
    { title: t("tasks.col.due"), dataIndex: "dueOn", width: 110, render: (d: string | null) => d ?? t("common.none") },
    { title: t("tasks.col.standing"), key: "standing", width: 100, render: (_, task) => <StandingTag standing={task.standing} /> },
    {
      title: t("tasks.col.progress"),
      key: "progress",
      width: 170,
      render: (_, task) => (task.latestProgress ? <Flex gap={4} wrap>{progressText(task.latestProgress)}<ReviewTag review={task.latestProgress.review} /></Flex> : t("common.none")),
    },
    {
      title: t("tasks.col.actions"),
      key: "actions",
      width: 170,
      render: (_, task) => (
        <Flex gap={4} wrap>
          {leads(task) ? <Button size="small" onClick={() => setReporting(task)} data-testid="report-progress">{t("tasks.progress.report")}</Button> : null}
          {canManage && task.state === "pending" ? (
            <>
              <Button size="small" type="link" onClick={() => decide.mutate({ id: task.id, decision: { action: "accept" } })}>{t("tasks.accept")}</Button>
              <Popconfirm title={t("tasks.reject")} onConfirm={() => decide.mutate({ id: task.id, decision: { action: "reject" } })}>
                <Button size="small" type="link" danger>{t("tasks.reject")}</Button>
              </Popconfirm>
            </>
          ) : null}
        </Flex>
      ),
    },
  ];
  return (
    <>
      {myBodies.size > 0 ? (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Switch checked={mine} onChange={setMine} data-testid="only-mine" />
          {t("tasks.mine")}
        </Flex>
      ) : null}
      <Table<TaskResponse> rowKey="id" size="small" columns={columns} dataSource={shown} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="task-table" onRow={(task) => ({ "data-task": task.id } as React.HTMLAttributes<HTMLElement>)} />
      <ProgressForm task={reporting} onClose={() => setReporting(null)} />
    </>
  );
}
