/**
 * The rounds as a table: title (opening the round), period, due date with 已逾期 while open and past
 * it, status, published, counts; the plan office gets 关闭 / 重新开放 / 发布, each behind a confirmation.
 */
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import type { RoundSummary, UpdateRoundRequest } from "../../../../contract/reporting.ts";
import { ApiError } from "../../api/client.ts";
import { useChangeRound } from "../../api/rounds.api.ts";
import { formatDateTime } from "../../format/date.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { isOverdue } from "./round-status.ts";

/** A round's status tags: 填报中 / 已关闭, and 已逾期 when late. */
export function RoundStatusTags({ round }: { round: RoundSummary }) {
  const { t } = useLanguage();
  return (
    <Flex gap={4} wrap>
      <Tag color={round.status === "open" ? "processing" : "default"}>{t(`rounds.status.${round.status}`)}</Tag>
      {isOverdue(round) ? <Tag color="error">{t("rounds.overdue")}</Tag> : null}
    </Flex>
  );
}

/** The round actions of the plan office. */
export function RoundActions({ round }: { round: RoundSummary }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const change = useChangeRound();
  const act = (what: UpdateRoundRequest | "publish") =>
    change.mutateAsync({ id: round.id, change: what }).then(
      (r) => void message.success(t("rounds.changed", { title: r.title })),
      (e) => void message.error(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("rounds.failed")),
    );
  const confirm = (key: "close" | "reopen" | "publish", run: () => Promise<void>, danger = false) => (
    <Popconfirm title={t(`rounds.confirm.${key}`, { title: round.title })} onConfirm={run} okButtonProps={{ danger, "data-testid": "confirm-ok" }}>
      <Button size="small" danger={danger} loading={change.isPending} data-testid={`round-${key}`}>{t(`rounds.${key}`)}</Button>
    </Popconfirm>
  );
  return (
    <Flex gap={6}>
      {round.status === "open" ? confirm("close", () => act({ status: "closed" }), true) : confirm("reopen", () => act({ status: "open" }))}
      {round.publishedAt === null ? confirm("publish", () => act("publish")) : null}
    </Flex>
  );
}

/** The table; `manage` adds the office's actions. */
export function RoundsTable({ rounds, manage }: { rounds: RoundSummary[]; manage: boolean }) {
  const { lang, t } = useLanguage();
  const columns: ColumnsType<RoundSummary> = [
    { title: t("rounds.col.title"), key: "title", render: (_, r) => <Link to={`/rounds/${r.id}`} data-round={r.id}>{r.title}</Link> },
    { title: t("rounds.col.period"), dataIndex: "period", width: 90 },
    {
      title: t("rounds.col.dueOn"),
      key: "dueOn",
      width: 170,
      render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{r.dueOn} {isOverdue(r) ? <Tag color="error">{t("rounds.overdue")}</Tag> : null}</span>,
    },
    { title: t("rounds.col.status"), key: "status", width: 100, render: (_, r) => <Tag color={r.status === "open" ? "processing" : "default"}>{t(`rounds.status.${r.status}`)}</Tag> },
    {
      title: t("rounds.col.published"),
      key: "published",
      width: 150,
      render: (_, r) => (r.publishedAt ? <Tag color="success">{formatDateTime(r.publishedAt, lang)}</Tag> : <Typography.Text type="secondary">{t("common.no")}</Typography.Text>),
    },
    { title: t("rounds.col.indicators"), dataIndex: "indicatorCount", width: 80, align: "right" },
    { title: t("rounds.col.units"), dataIndex: "unitCount", width: 80, align: "right" },
    ...(manage ? [{ title: t("rounds.col.actions"), key: "actions", width: 170, render: (_: unknown, r: RoundSummary) => <RoundActions round={r} /> }] : []),
  ];
  return (
    <Table<RoundSummary>
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rounds}
      locale={{ emptyText: t("rounds.empty") }}
      onRow={(r) => ({ "data-round-row": r.id }) as React.HTMLAttributes<HTMLElement>}
      data-testid="rounds-table"
    />
  );
}
