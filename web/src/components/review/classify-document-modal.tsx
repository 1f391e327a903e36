/**
 * Correcting what the document was recognised as: 规划 (plan) or 工作报告 (report), and its year. A
 * report needs its year; pending statements dated by the old reading take the new one, which the
 * dialog says once done. A refusal shows the server's message in the dialog.
 */
import { Alert, Form, InputNumber, Modal, Select, Typography } from "antd";
import { useEffect, useState } from "react";
import type { PlanSummary } from "../../../../contract/plans.ts";
import { ApiError } from "../../api/client.ts";
import { useClassifyDocument } from "../../api/review.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Fields = { kind: PlanSummary["documentKind"]; year: number | null };
type Props = { code: string; open: boolean; current: Pick<PlanSummary, "documentKind" | "documentYear">; onClose(): void; onDone(moved: number): void };

/** The dialog for plan `code`, starting from its document's current kind and year. */
export function ClassifyDocumentModal({ code, open, current, onClose, onDone }: Props) {
  const { lang, t } = useLanguage();
  const classify = useClassifyDocument(code);
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) form.setFieldsValue({ kind: current.documentKind, year: current.documentYear });
  }, [open, current.documentKind, current.documentYear, form]);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async (fields: Fields) => {
    setError(null);
    try {
      const result = await classify.mutateAsync({ kind: fields.kind, year: fields.year ?? null });
      onDone(result.movedStatements.length);
      close();
    } catch (e) {
      setError(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("review.failed"));
    }
  };
  return (
    <Modal
      title={t("kind.correct")}
      open={open}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t("kind.save")}
      okButtonProps={{ loading: classify.isPending, "data-testid": "classify-ok" }}
      cancelText={t("form.cancel")}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("kind.correct.hint")}</Typography.Paragraph>
      <Form<Fields> form={form} layout="vertical" onFinish={(f) => void submit(f)}>
        <Form.Item name="kind" label={t("kind.label")} rules={[{ required: true }]}>
          <Select options={[{ value: "plan", label: t("kind.plan") }, { value: "report", label: t("kind.report") }]} data-testid="classify-kind" />
        </Form.Item>
        <Form.Item name="year" label={t("kind.yearLabel")}>
          <InputNumber min={1949} max={2100} precision={0} style={{ width: 160 }} data-testid="classify-year" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid="classify-error" /> : null}
    </Modal>
  );
}
