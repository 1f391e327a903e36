/**
 * 审核 (reviewers in their scope, the plan office everywhere): the round's submitted figures with
 * value and unit, last period's figure and the change in %, the explanation, who submitted and when;
 * 通过 or 退回 (with a comment) per row, naming the version seen — a stale one shows the server's
 * message and the list is read again. The office may approve everything shown at once.
 */
import { Alert, App, Button, Flex, Popconfirm, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import type { SubmissionResponse } from "../../../../contract/reporting.ts";
import { ApiError } from "../../api/client.ts";
import { useAssignments } from "../../api/rounds.api.ts";
import { useDecideSubmission, useSubmissions } from "../../api/submissions.api.ts";
import { formatDateTime } from "../../format/date.format.ts";
import { formatNumber } from "../../format/number.format.ts";
import { unitLabel } from "../../format/unit.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { QueryState } from "../query-state.tsx";
import { beyondBound, formatChange, relativeChange } from "./change.ts";
import { rowKey } from "./report-rows.ts";
import { ReturnModal } from "./return-modal.tsx";

const { Text } = Typography;

/** The review tab of a round; `bulk` offers 全部通过. */
export function ReviewList({ roundId, bulk }: { roundId: number; bulk: boolean }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const submissions = useSubmissions({ round: roundId, state: "submitted" });
  const assignments = useAssignments(roundId);
  const decide = useDecideSubmission();
  const [returning, setReturning] = useState<SubmissionResponse | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const asked = useMemo(() => new Map((assignments.data ?? []).map((a) => [rowKey(a), a])), [assignments.data]);
  const assignmentOf = (s: SubmissionResponse) => asked.get(rowKey(s)) ?? asked.get(rowKey({ ...s, bodyCode: null }));
  const none = <Text type="secondary">{t("common.none")}</Text>;

  const run = async (s: SubmissionResponse, decision: "approve" | "return", comment?: string): Promise<boolean> => {
    setRefusal(null);
    try {
      await decide.mutateAsync({ id: s.id, decision, version: s.version, comment });
      void message.success(t(decision === "approve" ? "review.approved" : "review.returned"));
      return true;
    } catch (e) {
      const text = e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("rounds.failed");
      setRefusal(text);
      void message.error(text);
      return false;
    }
  };
  const approveAll = async () => {
    for (const s of submissions.data ?? []) if (!(await run(s, "approve"))) break;
  };

  const columns: ColumnsType<SubmissionResponse> = [
    { title: t("report.col.indicator"), key: "indicator", width: 170, render: (_, s) => { const a = assignmentOf(s); return a ? (lang === "zh" ? a.indicatorNameZh : a.indicatorNameEn) : s.indicatorCode; } },
    { title: t("report.col.place"), key: "place", width: 110, render: (_, s) => { const a = assignmentOf(s); return a ? (lang === "zh" ? a.placeNameZh : a.placeNameEn) : s.placeCode; } },
    {
      title: t("review.col.value"),
      key: "value",
      width: 150,
      align: "right",
      render: (_, s) =>
        s.action === "withdraw" ? <Tag color="warning">{t("review.withdrawRequest")}</Tag> : <span style={{ whiteSpace: "nowrap" }}>{s.displayValue === null ? t("common.none") : formatNumber(s.displayValue, assignmentOf(s)?.decimals ?? 4, lang)} {unitLabel(s.displayUnit, lang)}</span>,
    },
    {
      title: t("review.col.previous"),
      key: "previous",
      width: 130,
      align: "right",
      render: (_, s) => { const p = assignmentOf(s)?.previous; return p ? <span style={{ whiteSpace: "nowrap" }}>{formatNumber(p.value, assignmentOf(s)!.decimals, lang)} <Text type="secondary">({p.period})</Text></span> : none; },
    },
    {
      title: t("review.col.change"),
      key: "change",
      width: 90,
      align: "right",
      render: (_, s) => { const c = relativeChange(s.displayValue, assignmentOf(s)?.previous?.value); return c === null ? none : <Text type={beyondBound(c) ? "danger" : undefined}>{formatChange(c, lang)}</Text>; },
    },
    {
      title: t("review.col.explanation"),
      key: "explanation",
      render: (_, s) => (
        <Flex vertical>
          <span>{s.explanation ?? none}</span>
          {s.note ? <Text type="secondary" style={{ fontSize: 12 }}>{t("report.col.note")}：{s.note}</Text> : null}
        </Flex>
      ),
    },
    { title: t("review.col.reporter"), key: "reporter", width: 120, render: (_, s) => s.submittedBy ?? s.createdBy },
    { title: t("review.col.submittedAt"), key: "at", width: 140, render: (_, s) => (s.submittedAt ? formatDateTime(s.submittedAt, lang) : none) },
    {
      title: t("review.col.actions"),
      key: "actions",
      width: 140,
      render: (_, s) => (
        <Flex gap={6}>
          <Button size="small" type="primary" onClick={() => void run(s, "approve")} data-testid="approve">{t("review.approve")}</Button>
          <Button size="small" danger onClick={() => setReturning(s)} data-testid="return">{t("review.return")}</Button>
        </Flex>
      ),
    },
  ];

  if (!submissions.data) return <QueryState isLoading={submissions.isLoading} error={submissions.error} retry={() => void submissions.refetch()} />;
  return (
    <Flex vertical gap={12} data-testid="review-list">
      {bulk && submissions.data.length > 1 ? (
        <Flex justify="flex-end">
          <Popconfirm title={t("review.confirm.approveAll", { count: submissions.data.length })} onConfirm={approveAll}>
            <Button loading={decide.isPending} data-testid="approve-all">{t("review.approveAll")}</Button>
          </Popconfirm>
        </Flex>
      ) : null}
      {refusal ? <Alert type="error" showIcon title={refusal} closable={{ onClose: () => setRefusal(null) }} data-testid="review-error" /> : null}
      <Table<SubmissionResponse>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={submissions.data}
        locale={{ emptyText: t("review.empty") }}
        onRow={(s) => ({ "data-submission": s.id, "data-indicator": s.indicatorCode, "data-place": s.placeCode }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1150 }}
        data-testid="review-table"
      />
      <ReturnModal submission={returning} onCancel={() => setReturning(null)} onReturn={async (s, comment) => { if (await run(s, "return", comment)) setReturning(null); }} />
    </Flex>
  );
}
