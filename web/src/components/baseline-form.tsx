/**
 * 需补充基期值: a relative target (翻番, 双倍增, 年均增长, 新增) without a base-period value says so, and
 * the plan office can enter it here — in the indicator's display unit, stored in its base unit.
 */
import { Alert, App, Button, Form, InputNumber, Modal, Typography } from "antd";
import { useState } from "react";
import type { TargetProgress } from "../../../contract/plans.ts";
import { useCan } from "../access/use-can.ts";
import { ApiError } from "../api/client.ts";
import { useSetTargetBaseline } from "../api/plans.api.ts";
import { toBaseValue } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The 需补充基期值 note, with the button that opens the form for those who may enter it. */
export function BaselineNeeded({ progress }: { progress: TargetProgress }) {
  const { t } = useLanguage();
  const canManage = useCan("plan_manage");
  const [open, setOpen] = useState(false);
  return (
    <span onClick={(e) => e.stopPropagation()} data-testid="baseline-needed">
      <Typography.Text type="warning">{t("baseline.needed")}</Typography.Text>
      {canManage ? (
        <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`enter-baseline-${progress.targetId}`}>
          {t("baseline.enter")}
        </Button>
      ) : null}
      {open ? <BaselineModal progress={progress} onClose={() => setOpen(false)} /> : null}
    </span>
  );
}

function BaselineModal({ progress, onClose }: { progress: TargetProgress; onClose(): void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const save = useSetTargetBaseline();
  const [form] = Form.useForm<{ value: number; year: number }>();
  const submit = async () => {
    const v = await form.validateFields();
    await save.mutateAsync({ id: progress.targetId, body: { value: toBaseValue(v.value, progress.displayScale), year: v.year } });
    void message.success(t("baseline.saved"));
    onClose();
  };
  const error = save.error instanceof ApiError ? save.error.body?.error.messages[lang] : null;
  return (
    <Modal open title={`${t("baseline.enter")}：${lang === "zh" ? progress.indicator : progress.indicatorEn}`} onCancel={onClose} onOk={() => void submit().catch(() => {})} confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" initialValues={{ year: progress.target.year - 5 }}>
        <Form.Item name="value" label={t("baseline.value", { unit: unitLabel(progress.displayUnit, lang) })} rules={[{ required: true }]}>
          <InputNumber style={{ width: "100%" }} data-testid="baseline-value" />
        </Form.Item>
        <Form.Item name="year" label={t("baseline.year")} rules={[{ required: true }]}>
          <InputNumber style={{ width: "100%" }} min={1949} max={progress.target.year - 1} precision={0} data-testid="baseline-year" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
