/** 导出 (Export): a button whose menu downloads the table on screen as Excel (.xlsx) or CSV, from the API. */
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import type { TableFormat } from "../api/table-export.api.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** `href(format)` gives the export's address; the items carry `data-testid` `${testId}-xlsx` and `${testId}-csv`. */
export function ExportMenu({ href, testId, size = "small" }: { href: (format: TableFormat) => string; testId: string; size?: "small" | "middle" }) {
  const { t } = useLanguage();
  const items = (["xlsx", "csv"] as const).map((format) => ({
    key: format,
    label: (
      <a href={href(format)} download data-testid={`${testId}-${format}`}>
        {t(`export.${format}`)}
      </a>
    ),
  }));
  return (
    <Dropdown menu={{ items }} trigger={["click"]}>
      <Button size={size} icon={<DownloadOutlined />} className="no-print" data-testid={testId}>
        {t("export.button")}
      </Button>
    </Dropdown>
  );
}
