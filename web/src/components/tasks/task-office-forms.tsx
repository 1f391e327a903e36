/** What the plan office changes on a task's page: its lead and cooperating bodies and deadline (a recorded edit), and its milestones. */
import { App, Button, Card, Flex, Form, Input, Select } from "antd";
import type { TaskResponse } from "../../../../contract/tasks.ts";
import { useBodies } from "../../api/catalogue.api.ts";
import { useAddMilestone, useDecideTask } from "../../api/tasks.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { useErrorText } from "./task-labels.tsx";

export function TaskOfficeForms({ task }: { task: TaskResponse }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const bodies = useBodies();
  const decide = useDecideTask();
  const addMilestone = useAddMilestone();
  const options = (bodies.data ?? []).map((b) => ({ value: b.code, label: lang === "zh" ? b.nameZh : b.nameEn }));
  const run = (work: Promise<unknown>) => work.then(() => void message.success(t("tasks.progress.saved"))).catch((error: unknown) => void message.error(errorText(error)));
  const codes = (role: "lead" | "cooperating") => task.bodies.filter((b) => b.role === role).map((b) => b.code);
  return (
    <Card size="small" title={t("tasks.detail.edit")} style={{ marginTop: 16 }}>
      <Form
        layout="inline"
        initialValues={{ lead: codes("lead"), cooperating: codes("cooperating"), dueOn: task.dueOn ?? "" }}
        onFinish={(v: { lead: string[]; cooperating: string[]; dueOn: string }) => void run(decide.mutateAsync({ id: task.id, decision: { action: "edit", changes: { lead: v.lead, cooperating: v.cooperating, dueOn: v.dueOn || null } } }))}
      >
        <Form.Item name="lead" label={t("tasks.col.lead")}>
          <Select mode="multiple" options={options} style={{ minWidth: 220 }} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="cooperating" label={t("tasks.col.cooperating")}>
          <Select mode="multiple" options={options} style={{ minWidth: 260 }} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="dueOn" label={t("tasks.col.due")}>
          <Input type="date" />
        </Form.Item>
        <Button htmlType="submit" type="primary">{t("tasks.detail.save")}</Button>
      </Form>
      <Form layout="inline" style={{ marginTop: 12 }} onFinish={(v: { dueOn: string; deliverable: string }) => void run(addMilestone.mutateAsync({ id: task.id, dueOn: v.dueOn, deliverable: v.deliverable.trim() }))}>
        <Flex gap={8} wrap>
          <Form.Item name="dueOn" label={t("tasks.col.due")} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="deliverable" label={t("tasks.detail.deliverable")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} style={{ width: 260 }} />
          </Form.Item>
          <Button htmlType="submit">{t("tasks.detail.addMilestone")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
