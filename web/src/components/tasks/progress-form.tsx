/**
 * 报告进展: a lead body's reporter reports on one of its tasks for an open round — state, percent,
 * a short text, evidence links (one a line) and the milestones done — as a draft or for review.
 */
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Select } from "antd";
import { useState } from "react";
import type { TaskResponse } from "../../../../contract/tasks.ts";
import { ProgressState } from "../../../../core/tasks/task.ts";
import { useRounds } from "../../api/rounds.api.ts";
import { useSaveProgress } from "../../api/tasks.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { useErrorText } from "./task-labels.tsx";

type Values = { roundId: number; state: ProgressState; percent?: number | null; text: string; evidence?: string; milestonesDone?: number[] };

/** Open while `task` is set. */
export function ProgressForm({ task, onClose }: { task: TaskResponse | null; onClose(): void }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const rounds = useRounds();
  const save = useSaveProgress();
  const [busy, setBusy] = useState(false);
  const open = (rounds.data ?? []).filter((r) => r.status === "open");
  const send = async (submit: boolean) => {
    const v = await form.validateFields();
    if (!task) return;
    setBusy(true);
    try {
      const evidence = (v.evidence ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
      await save.mutateAsync({ id: task.id, body: { roundId: v.roundId, state: v.state, percent: v.percent ?? null, text: v.text.trim(), evidence, milestonesDone: v.milestonesDone ?? [], submit } });
      void message.success(t(submit ? "tasks.progress.submitted" : "tasks.progress.saved"));
      onClose();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const initial = task?.latestProgress && task.latestProgress.review !== "approved" ? task.latestProgress : null;
  return (
    <Modal
      title={task ? t("tasks.progress.title", { task: task.title }) : ""}
      open={task !== null}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="draft" onClick={() => void send(false)} loading={busy} data-testid="progress-save">{t("tasks.progress.saveDraft")}</Button>,
        <Button key="submit" type="primary" onClick={() => void send(true)} loading={busy} data-testid="progress-submit">{t("tasks.progress.submit")}</Button>,
      ]}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ roundId: initial?.roundId ?? open[0]?.id, state: initial?.state ?? "in_progress", percent: initial?.percent ?? null, text: initial?.text ?? "", evidence: initial?.evidence.join("\n") ?? "" }}>
        <Form.Item name="roundId" label={t("tasks.progress.round")} rules={[{ required: true }]}>
          <Select options={open.map((r) => ({ value: r.id, label: r.title }))} data-testid="progress-round" />
        </Form.Item>
        <Form.Item name="state" label={t("tasks.progress.state")} rules={[{ required: true }]}>
          <Select options={ProgressState.options.map((s) => ({ value: s, label: t(`tasks.progress.${s}`) }))} data-testid="progress-state" />
        </Form.Item>
        <Form.Item name="percent" label={t("tasks.progress.percent")}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} data-testid="progress-percent" />
        </Form.Item>
        <Form.Item name="text" label={t("tasks.progress.text")} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="progress-text" />
        </Form.Item>
        <Form.Item name="evidence" label={t("tasks.progress.evidence")}>
          <Input.TextArea rows={2} placeholder="https://" data-testid="progress-evidence" />
        </Form.Item>
        {task && task.milestones.some((m) => m.doneOn === null) ? (
          <Form.Item name="milestonesDone" label={t("tasks.progress.milestones")}>
            <Checkbox.Group options={task.milestones.filter((m) => m.doneOn === null).map((m) => ({ value: m.id, label: `${m.dueOn} ${m.deliverable}` }))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
