/**
 * 下载模板 and 上传填报表 of 我的填报: the round's .xlsx pre-filled with my rows, and a filled file sent
 * back as drafts; a refused file shows its errors by sheet, row and column.
 */
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Flex, Upload } from "antd";
import { useState } from "react";
import type { ErrorBody } from "../../../../contract/errors.ts";
import { ApiError } from "../../api/client.ts";
import { downloadTemplate, useUploadRoundFile } from "../../api/rounds.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { LocatedErrorsTable } from "./located-errors-table.tsx";

/** The two buttons, and the errors of the last refused upload below them. */
export function ReportFiles({ roundId, canUpload }: { roundId: number; canUpload: boolean }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const upload = useUploadRoundFile(roundId);
  const [downloading, setDownloading] = useState(false);
  const [refused, setRefused] = useState<{ file: string; error: ErrorBody["error"] } | null>(null);

  const download = async () => {
    setDownloading(true);
    try {
      await downloadTemplate(roundId, lang);
    } catch (e) {
      void message.error(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("common.loadError"));
    } finally {
      setDownloading(false);
    }
  };

  const send = async (file: File) => {
    setRefused(null);
    try {
      const result = await upload.mutateAsync(file);
      void message.success(t("report.uploaded", { file: file.name, rows: result.rows }));
    } catch (e) {
      const error = e instanceof ApiError && e.body ? e.body.error : { code: "network", message: "", messages: { zh: t("report.uploadFailed", { file: file.name }), en: t("report.uploadFailed", { file: file.name }) }, field: null };
      setRefused({ file: file.name, error });
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={downloading} data-testid="download-template">{t("report.template")}</Button>
        {canUpload ? (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="upload-report">{t("report.upload")}</Button>
          </Upload>
        ) : null}
      </Flex>
      {refused ? <LocatedErrorsTable title={t("report.uploadFailed", { file: refused.file })} error={refused.error} testId="upload-errors" /> : null}
    </Flex>
  );
}
