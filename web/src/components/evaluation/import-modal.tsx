/** The dialog that imports an index from an iData + iMeta CSV pair; the server's located error is shown as is. */
import { Alert, Button, Form, Input, Modal, Select, Upload } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useImportIndex } from "../../api/indices.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import type { MessageKey } from "../../i18n/zh.ts";
import { NORMALISATIONS, normaliseSpec, type NormalisationChoice } from "./draft.ts";

export function ImportModal({ open, onClose, onImported }: { open: boolean; onClose(): void; onImported(code: string): void }) {
  const { lang, t } = useLanguage();
  const importIndex = useImportIndex();
  const [files, setFiles] = useState<{ iData?: string; iMeta?: string }>({});
  const [form] = Form.useForm<{ code: string; nameZh: string; normalise: NormalisationChoice }>();
  const pick = (key: "iData" | "iMeta") => (file: File) => {
    void file.text().then((text) => setFiles((f) => ({ ...f, [key]: text })));
    return false;
  };
  const submit = async () => {
    const { code, nameZh, normalise } = await form.validateFields();
    if (!files.iData || !files.iMeta) return;
    const pipeline = { normalise: normaliseSpec(normalise, "arithmetic") };
    const created = await importIndex.mutateAsync({ code, nameZh, iData: files.iData, iMeta: files.iMeta, pipeline });
    onImported(created.code);
    onClose();
  };
  const error = importIndex.error instanceof ApiError ? importIndex.error.body?.error : null;
  return (
    <Modal open={open} title={t("eval.import")} onCancel={onClose} onOk={() => void submit().catch(() => {})} okText={t("eval.import.submit")} confirmLoading={importIndex.isPending} okButtonProps={{ disabled: !files.iData || !files.iMeta }}>
      <Form form={form} layout="vertical" initialValues={{ normalise: "minmax" }}>
        <Form.Item name="code" label={t("eval.import.code")} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9_-]{1,63}$/ }]}>
          <Input placeholder="my-index" />
        </Form.Item>
        <Form.Item name="nameZh" label={t("eval.import.name")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="normalise" label={t("eval.import.normalise")}>
          <Select options={NORMALISATIONS.map((v) => ({ value: v, label: t(`eval.norm.${v}` as MessageKey) }))} data-testid="import-normalise" />
        </Form.Item>
        {(["iData", "iMeta"] as const).map((key) => (
          <Form.Item key={key} label={t(`eval.import.${key}`)}>
            <Upload accept=".csv,text/csv" maxCount={1} beforeUpload={pick(key)}>
              <Button icon={<UploadOutlined />}>{t("eval.import.choose")}</Button>
            </Upload>
          </Form.Item>
        ))}
      </Form>
      {error ? <Alert type="error" showIcon title={error.messages[lang]} description={error.details?.slice(1, 6).map((d) => d.messages[lang]).join("\n")} /> : null}
    </Modal>
  );
}
