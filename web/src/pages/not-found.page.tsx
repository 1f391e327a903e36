/** Any address the app does not know: its own not-found page, with the way back to the plans. */
import { Button, Result } from "antd";
import { Link } from "react-router-dom";
import { useLanguage } from "../i18n/i18n.context.tsx";

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <Result
      status="404"
      title={t("notFound.title")}
      subTitle={t("notFound.subtitle")}
      extra={
        <Link to="/">
          <Button type="primary">{t("notFound.home")}</Button>
        </Link>
      }
      data-testid="not-found"
    />
  );
}
