/**
 * A target's latest figure in the dashboard's row detail (signed-in people): its 历史 — every
 * revision with value in the display unit, 已通过 / 已撤回, who, when and why — and, for the plan
 * office, 撤回 with a reason. The figure is looked up by indicator, place and period, since progress
 * rows do not carry its id.
 */
import { Button, Flex, Form, Input, Modal, App, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { TargetProgress } from "../../../contract/plans.ts";
import type { DataValueRevision } from "../../../contract/values.ts";
import { useCan } from "../access/use-can.ts";
import { ApiError } from "../api/client.ts";
import { useValueHistory, useValues, useWithdrawValue } from "../api/values.api.ts";
import { formatDateTime } from "../format/date.format.ts";
import { formatDisplayValue } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The history table of the target's latest figure, with 撤回 for those who may enter values. */
export function ValueHistory({ progress }: { progress: TargetProgress }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const period = progress.latest ? String(progress.latest.year) : undefined;
  const values = useValues({ indicator: progress.indicatorCode, place: progress.placeCode, period }, period !== undefined);
  const value = values.data?.[0];
  const history = useValueHistory(value?.id);
  const withdraw = useWithdrawValue();
  const canWithdraw = useCan("value_enter");
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  if (!value || !history.data) return null;
  const show = (base: number) => `${formatDisplayValue(base, progress, lang)} ${unitLabel(progress.displayUnit, lang)}`;

  const confirm = async () => {
    const { reason } = await form.validateFields();
    try {
      await withdraw.mutateAsync({ id: value.id, reason: (reason ?? "").trim() });
      void message.success(t("history.withdrawn.done"));
      setAsking(false);
    } catch (e) {
      void message.error(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("rounds.failed"));
    }
  };

  return (
    <Flex vertical gap={4} data-testid="value-history">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t("history.title")} · {value.period}</Typography.Text>
        {canWithdraw && value.status === "approved" ? <Button size="small" danger onClick={() => setAsking(true)} data-testid="withdraw-value">{t("history.withdraw")}</Button> : null}
      </Flex>
      <Table<DataValueRevision>
        rowKey="revision"
        size="small"
        pagination={false}
        dataSource={history.data}
        columns={[
          { title: t("history.revision"), dataIndex: "revision", width: 56 },
          { title: t("history.value"), key: "value", render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{show(r.value)}</span> },
          { title: t("history.status"), key: "status", width: 76, render: (_, r) => <Tag color={r.status === "approved" ? "success" : "default"}>{t(`history.${r.status}`)}</Tag> },
          { title: t("history.by"), key: "by", width: 96, render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{r.changedBy ?? r.source.ref ?? t("common.none")}</span> },
          { title: t("history.at"), key: "at", render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(r.changedAt, lang)}</span> },
          { title: t("history.reason"), key: "reason", render: (_, r) => r.reason ?? r.note ?? t("common.none") },
        ]}
        onRow={(r) => ({ "data-revision": r.revision }) as React.HTMLAttributes<HTMLElement>}
      />
      <Modal title={t("history.withdrawTitle", { period: value.period, value: show(value.value) })} open={asking} onCancel={() => setAsking(false)} onOk={() => void confirm()} confirmLoading={withdraw.isPending} okButtonProps={{ danger: true, "data-testid": "withdraw-ok" }} okText={t("history.withdraw")} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={t("history.withdrawReason")} rules={[{ required: true, whitespace: true, message: t("history.withdrawReason.required") }]}>
            <Input.TextArea rows={2} maxLength={500} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
