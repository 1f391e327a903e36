/**
 * Page `/login` (登录): account name and password; the server's message on failure (a wrong
 * password, or too many failures in a row) in the current language; afterwards `?next=` leads back.
 */
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { safeNextPath } from "../access/next-path.ts";
import { ApiError } from "../api/client.ts";
import { useCurrentUser, useSignIn } from "../api/session.api.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

type Fields = { username: string; password: string };

/** The sign-in form. */
export function LoginPage() {
  const { lang, t } = useLanguage();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const navigate = useNavigate();
  const user = useCurrentUser();
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ username, password }: Fields) => {
    setError(null);
    try {
      await signIn.mutateAsync({ username: username.trim(), password });
      navigate(next, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("login.failed"));
    }
  };
  const required = (field: string) => [{ required: true, message: t("form.required", { field }) }];

  return (
    <Card title={t("login.title")} style={{ maxWidth: 400, margin: "48px auto" }} data-testid="login-card">
      {user && !signIn.isPending ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("login.signedIn", { name: user.displayName })} action={<Link to={next}><Button size="small">{t("login.continue")}</Button></Link>} />
      ) : null}
      <Form<Fields> layout="vertical" onFinish={submit} onValuesChange={() => setError(null)} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label={t("login.username")} rules={required(t("login.username"))}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label={t("login.password")} rules={required(t("login.password"))}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={200} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="login-submit">{t("login.submit")}</Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>{t("login.publicHint")}</Typography.Paragraph>
    </Card>
  );
}
