/** 督办清单: per lead body, each late item (an overdue milestone, or no report in the last round), since when, and the last report; a 督办单 per body. */
import { App, Button, Empty, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { SupervisionItemResponse } from "../../../../contract/tasks.ts";
import { downloadNotice, useSupervision } from "../../api/tasks.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { QueryState } from "../query-state.tsx";
import { useErrorText, useProgressText } from "./task-labels.tsx";

type Row = SupervisionItemResponse & { key: string; first: number };

export function SupervisionTable({ planCode, asOf }: { planCode: string; asOf: string }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const progressText = useProgressText();
  const list = useSupervision(planCode, asOf);
  if (!list.data) return <QueryState isLoading={list.isLoading} error={list.error} retry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <Empty description={t("tasks.supervision.none")} />;
  // Each body's rows together; its first row spans the body's cell.
  const rows: Row[] = list.data.items.map((item, i, all) => ({ ...item, key: `${item.bodyCode}-${item.taskId}-${item.kind}-${item.milestoneId ?? item.roundId}-${i}`, first: all.findIndex((x) => x.bodyCode === item.bodyCode) === i ? all.filter((x) => x.bodyCode === item.bodyCode).length : 0 }));
  const notice = (body: string) => downloadNotice(planCode, body, asOf, lang).catch((error: unknown) => void message.error(errorText(error)));
  const columns: ColumnsType<Row> = [
    {
      title: t("tasks.supervision.body"),
      key: "body",
      width: 180,
      onCell: (r) => ({ rowSpan: r.first }),
      render: (_, r) => (
        <>
          <div>{r.bodyName}</div>
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => void notice(r.bodyCode)} data-testid="download-notice">{t("tasks.supervision.notice")}</Button>
        </>
      ),
    },
    { title: t("tasks.col.title"), dataIndex: "taskTitle" },
    { title: t("tasks.supervision.what"), key: "what", render: (_, r) => t(r.kind === "milestone_overdue" ? "tasks.supervision.milestone" : "tasks.supervision.noProgress", { what: r.what }) },
    { title: t("tasks.supervision.since"), dataIndex: "since", width: 110 },
    { title: t("tasks.supervision.lastReport"), key: "last", width: 190, render: (_, r) => (r.lastReport ? `${r.lastReport.at.slice(0, 10)} ${progressText(r.lastReport)}` : t("common.none")) },
  ];
  return <Table<Row> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} bordered data-testid="supervision-table" />;
}
