/**
 * After importing a plan document: a warning that plans with the same 文号 or title are already
 * stored (each linked, with why it matched), the way on to this import's review, and 撤回本次导入
 * (with a reason) when it repeats one of them.
 */
import { Alert, App, Button, Flex, Form, Input, Modal, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { ImportDocumentResponse } from "../../../../contract/documents.ts";
import { ApiError } from "../../api/client.ts";
import { useWithdrawPlan } from "../../api/review.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

/** The warning; `onContinue` opens the review, `onWithdrawn` runs once the import is withdrawn. */
export function SimilarPlansAlert({ result, onContinue, onWithdrawn }: { result: ImportDocumentResponse; onContinue(): void; onWithdrawn(): void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const withdraw = useWithdrawPlan();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const statusName = (status: string) => (status === "active" || status === "pending_review" || status === "withdrawn" ? t(`similar.status.${status}`) : status);

  const confirm = async () => {
    const { reason } = await form.validateFields();
    try {
      await withdraw.mutateAsync({ code: result.plan.code, reason: (reason ?? "").trim() });
      void message.success(t("similar.withdrawn", { code: result.plan.code }));
      setAsking(false);
      onWithdrawn();
    } catch (e) {
      void message.error(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("rounds.failed"));
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      title={t("similar.title")}
      data-testid="similar-plans"
      description={
        <Flex vertical gap={8}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {result.similar.map((s) => (
              <li key={s.code}>
                <Link to={`/plans/${encodeURIComponent(s.code)}`} data-similar={s.code}>{s.titleZh}</Link>
                {s.docNumber ? ` ${s.docNumber}` : ""} <Typography.Text type="secondary">（{s.code} · {statusName(s.status)}）</Typography.Text>{" "}
                <Tag>{t(s.match === "doc_number" ? "similar.docNumber" : "similar.titleMatch")}</Tag>
              </li>
            ))}
          </ul>
          <Flex gap={8}>
            <Button type="primary" size="small" onClick={onContinue} data-testid="import-continue">{t("similar.continue")}</Button>
            <Button danger size="small" onClick={() => setAsking(true)} data-testid="import-withdraw">{t("similar.withdraw")}</Button>
          </Flex>
          <Modal title={t("similar.withdraw")} open={asking} onCancel={() => setAsking(false)} onOk={() => void confirm()} confirmLoading={withdraw.isPending} okButtonProps={{ danger: true, "data-testid": "import-withdraw-ok" }} destroyOnHidden>
            <Form form={form} layout="vertical" preserve={false} initialValues={{ reason: t("similar.withdrawReason.default") }}>
              <Form.Item name="reason" label={t("similar.withdrawReason")} rules={[{ required: true, whitespace: true, message: t("history.withdrawReason.required") }]}>
                <Input.TextArea rows={2} maxLength={500} data-testid="import-withdraw-reason" />
              </Form.Item>
            </Form>
          </Modal>
        </Flex>
      }
    />
  );
}
