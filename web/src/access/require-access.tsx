/**
 * Guards a page that needs sign-in or a role: the public sees a friendly 请先登录 card with a way to
 * the login page and back, a person whose role lacks the right sees 无权访问; never a raw API error.
 */
import { LockOutlined } from "@ant-design/icons";
import { Button, Card, Result, Skeleton } from "antd";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router-dom";
import { ROLE_NAMES, type Action } from "../../../core/access/index.ts";
import { useCurrentUser } from "../api/session.api.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { loginPath } from "./next-path.ts";
import { useDecision } from "./use-can.ts";

/** The card shown to the public on a page that needs sign-in. */
export function SignInCard() {
  const { t } = useLanguage();
  const location = useLocation();
  return (
    <Card data-testid="sign-in-card" style={{ maxWidth: 560, margin: "48px auto" }}>
      <Result
        icon={<LockOutlined style={{ color: "#1677ff" }} />}
        title={t("access.signInTitle")}
        subTitle={t("access.signInDetail")}
        extra={
          <Link to={loginPath(location.pathname + location.search)}>
            <Button type="primary" data-testid="sign-in-card-button">{t("session.signIn")}</Button>
          </Link>
        }
      />
    </Card>
  );
}

/** The card shown to a signed-in person whose role lacks the right. */
export function ForbiddenCard() {
  const { lang, t } = useLanguage();
  const user = useCurrentUser();
  return (
    <Card data-testid="forbidden-card" style={{ maxWidth: 560, margin: "48px auto" }}>
      <Result
        status="403"
        title={t("access.forbiddenTitle")}
        subTitle={user ? t("access.forbiddenDetail", { role: ROLE_NAMES[user.role][lang] }) : undefined}
        extra={<Link to="/"><Button>{t("access.home")}</Button></Link>}
      />
    </Card>
  );
}

/** Renders `children` only when the current person may take `action`; otherwise the matching card. */
export function RequireAccess({ action, children }: { action: Action; children: ReactNode }) {
  const decision = useDecision(action);
  if (!decision) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (decision.allowed) return <>{children}</>;
  return decision.reason === "signed_out" ? <SignInCard /> : <ForbiddenCard />;
}
