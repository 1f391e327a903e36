/** Page `/values/new`: the 录入数据 form on its own; `?indicator=` preselects an indicator. */
import { Card } from "antd";
import { useSearchParams } from "react-router-dom";
import { ValueForm } from "../components/value-form.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The data-value form page. */
export function NewValuePage() {
  const { t } = useLanguage();
  const [params] = useSearchParams();
  return (
    <Card title={t("form.title")} size="small" style={{ maxWidth: 640 }}>
      <ValueForm defaultIndicator={params.get("indicator") ?? undefined} />
    </Card>
  );
}
