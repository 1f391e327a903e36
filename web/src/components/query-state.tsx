/** What a page shows while its query loads or after it failed (with the server's message and a retry). */
import { Alert, Button, Skeleton } from "antd";
import { ApiError } from "../api/client.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** Loading skeleton or error alert; renders nothing once the query has data. */
export function QueryState({ isLoading, error, retry }: { isLoading: boolean; error: Error | null; retry?: () => void }) {
  const { lang, t } = useLanguage();
  if (isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!error) return null;
  const detail = error instanceof ApiError && error.body ? error.body.error.messages[lang] : error.message;
  return (
    <Alert
      type="error"
      showIcon
      title={t("common.loadError")}
      description={detail}
      action={retry ? <Button size="small" onClick={retry}>{t("common.retry")}</Button> : undefined}
    />
  );
}
