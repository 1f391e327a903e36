/**
 * Page `/values/import` (导入数据, plan office): a long-format .xlsx/.csv (指标, 地区, 期间, 数值, 单位,
 * 备注, 说明) imported as approved figures all or nothing; the counts of what happened, or every error
 * located by sheet, row and column.
 */
import { InboxOutlined } from "@ant-design/icons";
import { Alert, Card, Flex, Spin, Typography, Upload } from "antd";
import { useState } from "react";
import type { ErrorBody } from "../../../contract/errors.ts";
import type { BatchResponse } from "../../../contract/reporting.ts";
import { ApiError } from "../api/client.ts";
import { useImportValues } from "../api/values.api.ts";
import { LocatedErrorsTable } from "../components/reporting/located-errors-table.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

type Outcome = { file: string; result: BatchResponse } | { file: string; error: ErrorBody["error"] };

/** The import page. */
export function ValuesImportPage() {
  const { t } = useLanguage();
  const importing = useImportValues();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async (file: File) => {
    setOutcome(null);
    try {
      setOutcome({ file: file.name, result: await importing.mutateAsync(file) });
    } catch (e) {
      const error = e instanceof ApiError && e.body ? e.body.error : { code: "network", message: "", messages: { zh: t("importValues.failed", { file: file.name }), en: t("importValues.failed", { file: file.name }) }, field: null };
      setOutcome({ file: file.name, error });
    }
  };

  return (
    <Card title={t("importValues.title")} size="small" style={{ maxWidth: 960 }}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t("importValues.hint")}</Typography.Paragraph>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="import-columns">{t("importValues.columns")}</Typography.Paragraph>
        <Spin spinning={importing.isPending}>
          <Upload.Dragger
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
            data-testid="values-import-file"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t("importValues.drop")}</p>
          </Upload.Dragger>
        </Spin>
        {outcome && "result" in outcome ? (
          <Alert type="success" showIcon title={t("importValues.done", { file: outcome.file, rows: outcome.result.rows, created: outcome.result.created, replaced: outcome.result.replaced, unchanged: outcome.result.unchanged })} data-testid="values-import-done" />
        ) : null}
        {outcome && "error" in outcome ? <LocatedErrorsTable title={t("importValues.failed", { file: outcome.file })} error={outcome.error} testId="values-import-errors" /> : null}
      </Flex>
    </Card>
  );
}
