/**
 * 新建填报轮次 (plan office): title, period, due date, the indicators asked (from the catalogue), the
 * places and bodies asked (全部区县 adds the 38 districts and counties at once) and a note. The
 * server's refusal is shown beside the field it names.
 */
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from "antd";
import { useState } from "react";
import type { ErrorBody } from "../../../../contract/errors.ts";
import { usePlaces, useIndicators } from "../../api/catalogue.api.ts";
import { ApiError } from "../../api/client.ts";
import { useCreateRound } from "../../api/rounds.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { scopeOf, scopeValue, useScopeCatalogue } from "../accounts/scopes.ts";
import { groupFieldErrors } from "../form-errors.ts";
import { districtsOf } from "./round-status.ts";

interface RoundFields {
  title?: string;
  period?: string;
  dueOn?: { format(pattern: string): string } | null;
  indicatorCodes?: string[];
  units?: string[];
  note?: string;
}

const ALIASES = { title: "title", period: "period", dueOn: "dueOn", indicatorCodes: "indicatorCodes", units: "units", note: "note" } as const;
type FieldName = keyof typeof ALIASES;

/** The drawer; `onCreated` gets the new round's id. */
export function CreateRoundDrawer({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(id: number): void }) {
  const { t } = useLanguage();
  return (
    <Drawer title={t("rounds.create")} open={open} onClose={onClose} size={560} destroyOnHidden data-testid="create-round-drawer">
      {open ? <CreateRoundForm onClose={onClose} onCreated={onCreated} /> : null}
    </Drawer>
  );
}

function CreateRoundForm({ onClose, onCreated }: { onClose(): void; onCreated(id: number): void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoundFields>();
  const create = useCreateRound();
  const indicators = useIndicators();
  const places = usePlaces();
  const scopes = useScopeCatalogue();
  const [general, setGeneral] = useState<string[]>([]);
  const required = (field: string) => [{ required: true, message: t("form.required", { field }) }];

  const addDistricts = () => {
    const chosen = new Set(form.getFieldValue("units") ?? []);
    for (const p of districtsOf(places.data ?? [])) chosen.add(scopeValue({ kind: "place", code: p.code }));
    form.setFieldValue("units", [...chosen]);
  };

  const showError = (e: unknown) => {
    const body: ErrorBody["error"] | null = e instanceof ApiError && e.body ? e.body.error : null;
    if (!body) return setGeneral([t("rounds.failed")]);
    const grouped = groupFieldErrors<FieldName>(body, lang, ALIASES);
    form.setFields((Object.keys(grouped.byField) as FieldName[]).map((name) => ({ name, errors: grouped.byField[name] ?? [] })));
    setGeneral(grouped.general);
  };

  const submit = async (values: RoundFields) => {
    setGeneral([]);
    try {
      const round = await create.mutateAsync({
        title: (values.title ?? "").trim(),
        period: (values.period ?? "").trim(),
        dueOn: values.dueOn?.format("YYYY-MM-DD") ?? "",
        indicatorCodes: values.indicatorCodes ?? [],
        units: (values.units ?? []).map(scopeOf),
        note: values.note?.trim() || undefined,
      });
      void message.success(t("rounds.created", { title: round.title }));
      onCreated(round.id);
    } catch (e) {
      showError(e);
    }
  };

  const indicatorOptions = (indicators.data ?? []).map((i) => ({ value: i.code, label: lang === "zh" ? i.nameZh : i.nameEn }));
  return (
    <Form<RoundFields> form={form} layout="vertical" onFinish={submit} onValuesChange={() => setGeneral([])}>
      <Form.Item name="title" label={t("rounds.form.title")} rules={required(t("rounds.form.title"))}>
        <Input maxLength={100} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="period" label={t("rounds.form.period")} rules={required(t("rounds.form.period"))} style={{ flex: 1 }}>
          <Input placeholder={t("rounds.form.period.placeholder")} maxLength={16} />
        </Form.Item>
        <Form.Item name="dueOn" label={t("rounds.form.dueOn")} rules={required(t("rounds.form.dueOn"))} style={{ flex: 1 }}>
          <DatePicker style={{ width: "100%" }} format="YYYY-MM-DD" />
        </Form.Item>
      </Flex>
      <Form.Item name="indicatorCodes" label={t("rounds.form.indicators")} rules={required(t("rounds.form.indicators"))}>
        <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} placeholder={t("rounds.form.indicators.placeholder")} options={indicatorOptions} loading={indicators.isLoading} />
      </Form.Item>
      <Form.Item
        name="units"
        label={t("rounds.form.units")}
        rules={required(t("rounds.form.units"))}
        extra={<Button size="small" type="link" style={{ paddingInline: 0 }} onClick={addDistricts} data-testid="add-all-districts">+ {t("rounds.form.allDistricts")}</Button>}
      >
        <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} placeholder={t("rounds.form.units.placeholder")} options={scopes.options} loading={scopes.loading} maxTagCount={12} />
      </Form.Item>
      <Form.Item name="note" label={t("rounds.form.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {general.length ? <Alert type="error" showIcon title={t("rounds.failed")} description={general.join("；")} style={{ marginBottom: 16 }} data-testid="create-round-error" /> : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t("rounds.form.cancel")}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-round-submit">{t("rounds.form.submit")}</Button>
      </Flex>
    </Form>
  );
}
