/**
 * 编辑账号: name, role, scopes, 启用/停用, an optional temporary password (重置密码) and the reason,
 * which the audit log keeps. One's own role and active state cannot be changed here (nor by the API),
 * nor one's own password, which 修改密码 changes.
 */
import { Alert, App, Button, Drawer, Flex, Form, Input, Select, Switch } from "antd";
import { useState } from "react";
import type { UserResponse } from "../../../../contract/accounts.ts";
import { ROLE_NAMES, Role } from "../../../../core/access/index.ts";
import { useUpdateUser } from "../../api/accounts.api.ts";
import { useCurrentUser } from "../../api/session.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { takesScopes, useServerErrors, type AccountFields } from "./account-form.ts";
import { PasswordField } from "./password-field.tsx";
import { scopeOf, scopeValue, useScopeCatalogue } from "./scopes.ts";

/** The drawer for `user` (closed when null). */
export function EditUserDrawer({ user, onClose }: { user: UserResponse | null; onClose(): void }) {
  const { t } = useLanguage();
  // The last account opened stays in the drawer while it slides away.
  const [shown, setShown] = useState(user);
  if (user && user !== shown) setShown(user);
  return (
    <Drawer title={shown ? t("users.editTitle", { name: shown.username }) : ""} open={user !== null} onClose={onClose} size={480} destroyOnHidden data-testid="edit-user-drawer">
      {shown ? <EditUserForm key={shown.id} user={shown} onClose={onClose} /> : null}
    </Drawer>
  );
}

/** The form of one account, made afresh for each account opened. */
function EditUserForm({ user, onClose }: { user: UserResponse; onClose(): void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountFields>();
  const update = useUpdateUser();
  const me = useCurrentUser();
  const scopes = useScopeCatalogue();
  const errors = useServerErrors(form);
  const role = Form.useWatch("role", form);
  const self = me?.id === user.id;

  const submit = async (values: AccountFields) => {
    errors.clear();
    try {
      const saved = await update.mutateAsync({
        id: user.id,
        change: {
          displayName: values.displayName?.trim() || undefined,
          role: self ? undefined : values.role,
          scopes: takesScopes(values.role) ? (values.scopes ?? []).map(scopeOf) : [],
          active: self ? undefined : values.active,
          password: values.password || undefined,
          reason: values.reason?.trim() || undefined,
        },
      });
      void message.success(t("users.saved", { name: saved.username }));
      onClose();
    } catch (e) {
      errors.fail(e);
    }
  };

  const selfNote = self ? t("users.self") : undefined;
  const initialValues: AccountFields = { displayName: user.displayName, role: user.role, scopes: user.scopes.map(scopeValue), active: user.active };
  return (
    <Form<AccountFields> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} onValuesChange={errors.clear}>
      <Form.Item name="displayName" label={t("users.col.displayName")}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="role" label={t("users.col.role")} extra={selfNote}>
        <Select disabled={self} options={Role.options.map((r) => ({ value: r, label: ROLE_NAMES[r][lang] }))} />
      </Form.Item>
      {takesScopes(role) ? (
        <Form.Item name="scopes" label={t("users.col.scopes")} extra={t("users.scopes.hint")} rules={[{ required: true, message: t("form.required", { field: t("users.col.scopes") }) }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} placeholder={t("users.scopes.placeholder")} options={scopes.options} loading={scopes.loading} />
        </Form.Item>
      ) : null}
      <Form.Item name="active" label={t("users.col.status")} valuePropName="checked" extra={selfNote}>
        <Switch disabled={self} checkedChildren={t("users.active")} unCheckedChildren={t("users.inactive")} data-testid="active-switch" />
      </Form.Item>
      {/* One's own password is changed under 修改密码, which asks for the current one. */}
      {self ? null : <PasswordField form={form} label={t("users.resetPassword")} extra={t("users.resetPassword.hint")} rules={[{ min: 10, message: t("password.tooShort") }]} />}
      <Form.Item name="reason" label={t("users.reason")}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t("users.reason.placeholder")} />
      </Form.Item>
      {errors.general.length ? <Alert type="error" showIcon title={t("users.failed")} description={errors.general.join("；")} style={{ marginBottom: 16 }} /> : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t("users.cancel")}</Button>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="edit-user-submit">{t("users.save")}</Button>
      </Flex>
    </Form>
  );
}
