/**
 * Page `/import`: upload a plan or work report (.txt, .docx, .html); on success a message says what
 * it was recognised as (规划 / 工作报告 and its year) and the new plan's review screen opens — unless plans with the same 文号 or title are already stored: then a warning lists
 * them, with the way on to the review and 撤回本次导入. A refused file shows the server's message,
 * which names the file and the reason.
 */
import { InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Select, Typography, Upload } from "antd";
import type { UploadFile } from "antd/es/upload/interface";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { ApiError } from "../api/client.ts";
import { usePlans } from "../api/plans.api.ts";
import type { ImportDocumentResponse } from "../../../contract/documents.ts";
import { fileToBase64, useImportDocument } from "../api/review.api.ts";
import { SimilarPlansAlert } from "../components/review/similar-plans-alert.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

type Fields = { code?: string; parentCode?: string };

export function ImportDocumentPage() {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const plans = usePlans();
  const importing = useImportDocument();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [repeated, setRepeated] = useState<ImportDocumentResponse | null>(null);
  const review = (code: string) => navigate(`/plans/${encodeURIComponent(code)}/review`);

  const submit = async (fields: Fields) => {
    const file = files[0]?.originFileObj;
    if (!file) return setError(t("import.chooseFile"));
    setError(null);
    setRepeated(null);
    try {
      const result = await importing.mutateAsync({ fileName: file.name, contentBase64: await fileToBase64(file), code: fields.code || undefined, parentCode: fields.parentCode || undefined });
      const kind = t(result.plan.documentKind === "report" ? "kind.report" : "kind.plan");
      const kindYear = result.plan.documentYear !== null ? `${kind} · ${t("kind.year", { year: result.plan.documentYear })}` : kind;
      message.success(t("import.done", { title: result.plan.titleZh, kind: kindYear, targets: result.statements.targets, actuals: result.statements.actuals }));
      if (result.similar.length > 0) setRepeated(result);
      else review(result.plan.code);
    } catch (e) {
      setError(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("import.failed"));
    }
  };

  return (
    <Card title={t("import.title")} size="small" style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{t("import.hint")}</Typography.Paragraph>
      <Form<Fields> layout="vertical" onFinish={submit}>
        <Form.Item>
          <Upload.Dragger
            accept=".txt,.docx,.html,.htm"
            maxCount={1}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => {
              setFiles(fileList.slice(-1));
              setError(null);
            }}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t("import.drop")}</p>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item name="code" label={t("import.code")}>
          <Input placeholder={t("import.code.placeholder")} />
        </Form.Item>
        <Form.Item name="parentCode" label={t("import.parent")}>
          <Select allowClear options={(plans.data ?? []).map((p) => ({ value: p.code, label: lang === "zh" ? p.titleZh : p.titleEn }))} />
        </Form.Item>
        {repeated ? (
          <div style={{ marginBottom: 12 }}>
            <SimilarPlansAlert result={repeated} onContinue={() => review(repeated.plan.code)} onWithdrawn={() => { setRepeated(null); setFiles([]); }} />
          </div>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="import-error" /> : null}
        <Button type="primary" htmlType="submit" loading={importing.isPending} data-testid="import-submit">{t("import.submit")}</Button>
      </Form>
    </Card>
  );
}
