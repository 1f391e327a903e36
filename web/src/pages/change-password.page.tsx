/**
 * Page `/account/password` (修改密码): current password, new one twice, with the rules shown. A
 * person still holding a one-time password is sent here first and told why; afterwards `?next=`
 * leads back to where they were going.
 */
import { Alert, App, Button, Card, Form, Input } from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import type { ErrorBody } from "../../../contract/errors.ts";
import { RequireAccess } from "../access/require-access.tsx";
import { safeNextPath } from "../access/next-path.ts";
import { ApiError } from "../api/client.ts";
import { useChangePassword, useCurrentUser } from "../api/session.api.ts";
import { groupFieldErrors } from "../components/form-errors.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

type Fields = { currentPassword: string; newPassword: string; repeat: string };
const FIELDS = { currentPassword: "currentPassword", newPassword: "newPassword", password: "newPassword" } as const;
const MIN_LENGTH = 10;

function ChangePasswordForm() {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const change = useChangePassword();
  const [form] = Form.useForm<Fields>();
  const [serverError, setServerError] = useState<ErrorBody["error"] | null>(null);
  const forced = user?.mustChangePassword ?? false;
  const { byField, general } = groupFieldErrors(serverError, lang, FIELDS);

  useEffect(() => {
    form.setFields((["currentPassword", "newPassword"] as const).map((name) => ({ name, errors: byField[name] ?? [] })));
    // byField derives from serverError and lang.
  }, [serverError, lang, form]);

  const submit = async ({ currentPassword, newPassword }: Fields) => {
    setServerError(null);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      void message.success(t("password.changed"));
      navigate(safeNextPath(params.get("next")), { replace: true });
    } catch (e) {
      setServerError(e instanceof ApiError && e.body ? e.body.error : { code: "network", message: "", messages: { zh: t("password.failed"), en: t("password.failed") }, field: null });
    }
  };
  const required = (field: string) => ({ required: true, message: t("form.required", { field }) });

  return (
    <Card title={t("password.title")} style={{ maxWidth: 480, margin: "24px auto" }} data-testid="password-card">
      {forced ? <Alert type="warning" showIcon title={t("password.mustChange")} description={t("password.mustChange.detail")} style={{ marginBottom: 16 }} data-testid="must-change-password" /> : null}
      <Form<Fields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {/* The account name, for password managers to file the new password under. */}
        <input type="text" name="username" autoComplete="username" value={user?.username ?? ""} readOnly hidden />
        <Form.Item name="currentPassword" label={t("password.current")} rules={[required(t("password.current"))]}>
          <Input.Password autoComplete="current-password" maxLength={200} />
        </Form.Item>
        <Form.Item name="newPassword" label={t("password.new")} extra={t("password.rules")} rules={[required(t("password.new")), { min: MIN_LENGTH, message: t("password.tooShort") }]}>
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t("password.repeat")}
          dependencies={["newPassword"]}
          rules={[required(t("password.repeat")), ({ getFieldValue }) => ({ validator: (_, value) => (!value || value === getFieldValue("newPassword") ? Promise.resolve() : Promise.reject(new Error(t("password.mismatch")))) })]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        {general.length ? <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 16 }} data-testid="password-error" /> : null}
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">{t("password.submit")}</Button>
      </Form>
    </Card>
  );
}

/** The password page; the public is asked to sign in first. */
export function ChangePasswordPage() {
  return (
    <RequireAccess action="account_self">
      <ChangePasswordForm />
    </RequireAccess>
  );
}
