/**
 * The dialog that corrects a statement before accepting it: indicator (from the catalogue, or a new
 * one made from the statement), value, range, unit, year, comparator and kind. The server's message
 * is shown beside the field it names.
 */
import { Button, Collapse, Flex, Form, Input, InputNumber, Modal, Select, Typography } from "antd";
import { useEffect } from "react";
import type { IndicatorResponse } from "../../../../contract/catalogue.ts";
import type { NewIndicator, ReviewAction, StatementChanges, StatementResponse } from "../../../../contract/review.ts";
import { ApiError } from "../../api/client.ts";
import { comparatorSymbol } from "../../format/number.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Props = {
  statement: StatementResponse | null;
  indicators: IndicatorResponse[];
  indicatorCode: string | null;
  busy: boolean;
  onClose(): void;
  onSubmit(action: ReviewAction): Promise<unknown>;
};

type Values = StatementChanges & { indicatorCode?: string; valueMax?: number | null };

const COMPARATORS = [">=", ">", "=", "<=", "<"] as const;
const KINDS = ["level", "growth", "multiple", "increment"] as const;
const MEASURES = ["count", "amount", "share", "rate", "ratio"] as const;

/** Form field of a server error's field ("changes.year" → "year"). */
const formField = (field: string | null) => (field ?? "").replace(/^changes\./, "").replace(/^indicator\./, "new.");

export function StatementEditor({ statement, indicators, indicatorCode, busy, onClose, onSubmit }: Props) {
  const { lang, t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [newForm] = Form.useForm<NewIndicator>();

  useEffect(() => {
    if (!statement) return;
    form.resetFields();
    form.setFieldsValue({ indicatorCode: indicatorCode ?? undefined, value: statement.value, valueMax: statement.valueMax, unit: statement.unit, year: statement.year ?? undefined, comparator: statement.comparator, kind: statement.kind });
    newForm.setFieldsValue({ code: "", nameZh: statement.indicatorText, nameEn: "", unit: statement.unit, measure: statement.unit === "%" ? "share" : "count" });
  }, [statement, indicatorCode, form, newForm]);

  const send = async (action: ReviewAction, target = form) => {
    try {
      await onSubmit(action);
      if (action.action !== "create_indicator") onClose();
    } catch (error) {
      if (error instanceof ApiError && error.body) {
        const name = formField(error.body.error.field);
        const message = error.body.error.messages[lang];
        if (name.startsWith("new.")) newForm.setFields([{ name: name.slice(4) as keyof NewIndicator, errors: [message] }]);
        else target.setFields([{ name: (name || "indicatorCode") as keyof Values, errors: [message] }]);
      }
    }
  };
  const changes = (v: Values): StatementChanges => ({ value: v.value, valueMax: v.valueMax ?? null, unit: v.unit ?? "", year: v.year, comparator: v.comparator, kind: v.kind });
  const accept = async () => {
    const v = form.getFieldsValue();
    await send({ action: "accept", changes: changes(v), indicatorCode: v.indicatorCode });
  };
  const save = async () => {
    const v = form.getFieldsValue();
    await send({ action: "edit", changes: changes(v) });
    if (v.indicatorCode && v.indicatorCode !== statement?.indicatorCode) await send({ action: "link", indicatorCode: v.indicatorCode });
  };
  const create = async () => {
    const indicator = newForm.getFieldsValue();
    await send({ action: "create_indicator", indicator });
    form.setFieldValue("indicatorCode", indicator.code);
  };

  const options = indicators.map((i) => ({ value: i.code, label: lang === "zh" ? i.nameZh : i.nameEn }));
  return (
    <Modal title={t("review.editTitle")} open={statement !== null} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      {statement ? <Typography.Paragraph type="secondary" style={{ background: "#fafafa", padding: 8 }}>{statement.quote}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" size="small" data-testid="statement-editor">
        <Form.Item name="indicatorCode" label={t("review.indicator")}>
          <Select showSearch allowClear options={options} placeholder={t("review.indicator.placeholder")} optionFilterProp="label" />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="value" label={t("review.value")} style={{ flex: 1 }}><InputNumber style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="valueMax" label={t("review.valueMax")} style={{ flex: 1 }}><InputNumber style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="unit" label={t("review.unit")} style={{ width: 90 }}><Input /></Form.Item>
        </Flex>
        <Flex gap={8}>
          <Form.Item name="year" label={t("review.year")} style={{ flex: 1 }}><InputNumber style={{ width: "100%" }} /></Form.Item>
          <Form.Item name="comparator" label={t("review.comparator")} style={{ flex: 1 }}><Select options={COMPARATORS.map((c) => ({ value: c, label: comparatorSymbol(c) || "=" }))} /></Form.Item>
          <Form.Item name="kind" label={t("review.kind")} style={{ flex: 1 }}><Select options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} /></Form.Item>
        </Flex>
      </Form>
      <Collapse
        size="small"
        items={[
          {
            key: "new",
            label: t("review.newIndicator"),
            children: (
              <Form form={newForm} layout="vertical" size="small">
                <Flex gap={8}>
                  <Form.Item name="code" label={t("indicator.code")} style={{ flex: 1 }}><Input placeholder="rail-km" /></Form.Item>
                  <Form.Item name="unit" label={t("indicator.unit")} style={{ width: 90 }}><Input /></Form.Item>
                  <Form.Item name="measure" label={t("indicator.measure")} style={{ width: 110 }}><Select options={MEASURES.map((m) => ({ value: m, label: t(`measure.${m}`) }))} /></Form.Item>
                </Flex>
                <Flex gap={8}>
                  <Form.Item name="nameZh" label={t("indicator.nameZh")} style={{ flex: 1 }}><Input /></Form.Item>
                  <Form.Item name="nameEn" label={t("indicator.nameEn")} style={{ flex: 1 }}><Input /></Form.Item>
                </Flex>
                <Button size="small" onClick={create} loading={busy} data-testid="create-indicator">{t("indicator.create")}</Button>
              </Form>
            ),
          },
        ]}
      />
      <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
        <Button onClick={save} loading={busy} data-testid="save-statement">{t("review.save")}</Button>
        <Button type="primary" onClick={accept} loading={busy} data-testid="save-accept">{t("review.saveAccept")}</Button>
      </Flex>
    </Modal>
  );
}
