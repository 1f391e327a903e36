/** 进展审核: the plan's submitted progress reports for the office (or a scoped reviewer) to approve or return with a comment. */
import { App, Button, Empty, Flex, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { z } from "zod";
import type { ProgressListItem } from "../../../../contract/tasks.ts";
import { useDecideProgress, useProgressList } from "../../api/tasks.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { QueryState } from "../query-state.tsx";
import { ReturnModal } from "../reporting/return-modal.tsx";
import { useErrorText, useProgressText } from "./task-labels.tsx";

type Item = z.infer<typeof ProgressListItem>;

export function ProgressReview({ planCode }: { planCode: string }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const progressText = useProgressText();
  const list = useProgressList(planCode, "submitted");
  const decide = useDecideProgress();
  const [returning, setReturning] = useState<Item | null>(null);
  const act = async (item: Item, decision: "approve" | "return", comment?: string) => {
    try {
      await decide.mutateAsync({ id: item.id, decision, version: item.version, comment });
      void message.success(t(decision === "approve" ? "tasks.review.approved" : "tasks.review.returned"));
      setReturning(null);
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const columns: ColumnsType<Item> = [
    { title: t("tasks.col.title"), dataIndex: "taskTitle" },
    { title: t("tasks.progress.round"), dataIndex: "roundTitle", width: 160 },
    { title: t("tasks.progress.state"), key: "state", width: 120, render: (_, p) => progressText(p) },
    { title: t("tasks.progress.text"), dataIndex: "text" },
    { title: t("tasks.progress.evidence"), key: "evidence", width: 160, render: (_, p) => p.evidence.map((href) => <div key={href}><a href={href} target="_blank" rel="noopener noreferrer">{href}</a></div>) },
    {
      title: t("tasks.col.actions"),
      key: "actions",
      width: 150,
      render: (_, p) => (
        <Flex gap={4}>
          <Button size="small" type="primary" onClick={() => void act(p, "approve")} data-testid="progress-approve">{t("tasks.review.approve")}</Button>
          <Button size="small" danger onClick={() => setReturning(p)} data-testid="progress-return">{t("tasks.review.return")}</Button>
        </Flex>
      ),
    },
  ];
  if (!list.data) return <QueryState isLoading={list.isLoading} error={list.error} retry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Empty description={t("tasks.review.none")} />;
  return (
    <>
      <Table<Item> rowKey="id" size="small" columns={columns} dataSource={list.data} pagination={false} data-testid="progress-review-table" onRow={(p) => ({ "data-task": p.taskId } as React.HTMLAttributes<HTMLElement>)} />
      <ReturnModal submission={returning} onCancel={() => setReturning(null)} onReturn={(item, comment) => act(item, "return", comment)} />
    </>
  );
}
