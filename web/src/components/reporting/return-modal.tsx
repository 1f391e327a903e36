/** 退回 a submitted figure or progress report: a dialog asking for the comment the reporter will see (required). */
import { Form, Input, Modal } from "antd";
import { useState } from "react";
import { useLanguage } from "../../i18n/i18n.context.tsx";

/** Open while `submission` is set; `onReturn` gets the trimmed comment. */
export function ReturnModal<T>({ submission, onCancel, onReturn }: { submission: T | null; onCancel(): void; onReturn(s: T, comment: string): Promise<void> }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ comment?: string }>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    const { comment } = await form.validateFields();
    if (!submission) return;
    setBusy(true);
    try {
      await onReturn(submission, (comment ?? "").trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={t("review.returnTitle")} open={submission !== null} onCancel={onCancel} onOk={() => void ok()} confirmLoading={busy} okText={t("review.return")} okButtonProps={{ danger: true, "data-testid": "return-ok" }} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="comment" label={t("review.returnComment")} rules={[{ required: true, whitespace: true, message: t("review.returnComment.required") }]}>
          <Input.TextArea rows={3} maxLength={500} autoFocus data-testid="return-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
