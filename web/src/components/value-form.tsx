/**
 * 录入数据 — the form that records one data value: indicator, place, period, value in the indicator's
 * display unit (converted to the base unit before posting) and a note. The server's 4xx message is
 * shown next to the field it names, in the current language.
 */
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from "antd";
import { useEffect, useMemo, useState } from "react";
import type { ErrorBody } from "../../../contract/errors.ts";
import { useIndicators, usePlaces } from "../api/catalogue.api.ts";
import { ApiError } from "../api/client.ts";
import { useCreateValue } from "../api/values.api.ts";
import { formatNumber, toBaseValue } from "../format/number.format.ts";
import { unitLabel } from "../format/unit.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { fieldErrors, type FormFieldName } from "./value-form.errors.ts";

interface FormValues {
  indicatorCode?: string;
  placeCode: string;
  period?: string;
  value?: number | null;
  note?: string;
}

/** The form; `onSaved` runs after a value was stored (the dashboard data is refreshed by then). */
export function ValueForm({ defaultIndicator, onSaved }: { defaultIndicator?: string; onSaved?: () => void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [serverError, setServerError] = useState<ErrorBody["error"] | null>(null);
  const indicators = useIndicators();
  const places = usePlaces();
  const create = useCreateValue();
  const indicatorCode = Form.useWatch("indicatorCode", form);
  const indicator = indicators.data?.find((i) => i.code === indicatorCode);

  const indicatorOptions = useMemo(
    () => (indicators.data ?? []).map((i) => ({ value: i.code, label: lang === "zh" ? `${i.nameZh}（${unitLabel(i.displayUnit ?? i.unit, lang)}）` : `${i.nameEn} (${unitLabel(i.displayUnit ?? i.unit, lang)})` })),
    [indicators.data, lang],
  );
  const placeOptions = useMemo(() => (places.data ?? []).map((p) => ({ value: p.code, label: lang === "zh" ? p.nameZh : p.nameEn })), [places.data, lang]);

  const { byField, general } = fieldErrors(serverError, lang);
  useEffect(() => {
    const names: FormFieldName[] = ["indicatorCode", "placeCode", "period", "value", "note"];
    form.setFields(names.map((name) => ({ name, errors: byField[name] ?? [] })));
    // byField derives from serverError and lang: re-applied when either changes.
  }, [serverError, lang, form]);

  const required = (field: string) => [{ required: true, message: t("form.required", { field }) }];
  const chosen = (field: string) => [{ required: true, message: t("form.choose", { field }) }];

  async function submit(values: FormValues) {
    if (!indicator || values.value === undefined || values.value === null) return;
    setServerError(null);
    const period = (values.period ?? "").trim();
    try {
      await create.mutateAsync({
        indicatorCode: indicator.code,
        placeCode: values.placeCode,
        period,
        value: toBaseValue(values.value, indicator.displayScale),
        note: values.note?.trim() || undefined,
      });
      const name = lang === "zh" ? indicator.nameZh : indicator.nameEn;
      message.success(t("form.success", { indicator: name, period, value: `${formatNumber(values.value, indicator.decimals, lang)} ${unitLabel(indicator.displayUnit ?? indicator.unit, lang)}` }));
      form.resetFields(["period", "value", "note"]);
      onSaved?.();
    } catch (error) {
      setServerError(error instanceof ApiError && error.body ? error.body.error : { code: "network", message: String(error), messages: { zh: t("form.failed"), en: t("form.failed") }, field: null });
    }
  }

  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={{ placeCode: "500000", indicatorCode: defaultIndicator }} onFinish={submit} data-testid="value-form">
      {general.length > 0 ? <Alert type="error" showIcon title={t("form.failed")} description={general.join("；")} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="indicatorCode" label={t("form.indicator")} rules={chosen(t("form.indicator"))}>
        <Select showSearch={{ optionFilterProp: "label" }} placeholder={t("form.indicator.placeholder")} options={indicatorOptions} loading={indicators.isLoading} data-testid="field-indicator" />
      </Form.Item>
      <Form.Item name="placeCode" label={t("form.place")} rules={chosen(t("form.place"))}>
        <Select showSearch={{ optionFilterProp: "label" }} options={placeOptions} loading={places.isLoading} data-testid="field-place" />
      </Form.Item>
      <Form.Item name="period" label={t("form.period")} rules={required(t("form.period"))}>
        <Input placeholder={t("form.period.placeholder")} data-testid="field-period" />
      </Form.Item>
      <Form.Item name="value" label={t("form.value")} rules={required(t("form.value"))}>
        <InputNumber style={{ width: "100%" }} suffix={indicator ? unitLabel(indicator.displayUnit ?? indicator.unit, lang) : undefined} data-testid="field-value" />
      </Form.Item>
      <Form.Item name="note" label={t("form.note")}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="field-note" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="submit-value">
          {t("form.submit")}
        </Button>
      </Space>
    </Form>
  );
}
