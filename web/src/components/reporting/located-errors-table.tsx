/** The errors of an uploaded file as a table — 工作表, 行, 列, 问题 — under the server's summary; never raw JSON. */
import { Alert, Table } from "antd";
import type { ErrorBody } from "../../../../contract/errors.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { locatedErrors, type LocatedError } from "./located-errors.ts";

/** An error alert titled `title` with the server's message and every located problem in a table. */
export function LocatedErrorsTable({ title, error, testId }: { title: string; error: ErrorBody["error"]; testId?: string }) {
  const { lang, t } = useLanguage();
  const rows = locatedErrors(error, lang);
  const located = rows.some((r) => r.row !== null);
  const none = "—";
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      data-testid={testId}
      description={
        <>
          <div style={{ marginBottom: located ? 8 : 0 }}>{error.messages[lang]}</div>
          {located ? (
            <Table<LocatedError>
              rowKey="key"
              size="small"
              pagination={rows.length > 20 ? { pageSize: 20, size: "small" } : false}
              dataSource={rows}
              columns={[
                { title: t("errors.sheet"), dataIndex: "sheet", width: 120, render: (v: string | null) => v ?? none },
                { title: t("errors.row"), dataIndex: "row", width: 70, align: "right", render: (v: number | null) => v ?? none },
                { title: t("errors.column"), dataIndex: "column", width: 60, render: (v: string | null) => v ?? none },
                { title: t("errors.problem"), dataIndex: "message" },
              ]}
              data-testid={testId ? `${testId}-table` : undefined}
            />
          ) : null}
        </>
      }
    />
  );
}
