/**
 * 新建账号: account name, name, role, scopes (reporters and reviewers only), an initial password
 * (typed or generated) and whether it must be changed at first sign-in.
 */
import { Alert, App, Button, Checkbox, Drawer, Flex, Form, Input, Select } from "antd";
import { ROLE_NAMES, Role } from "../../../../core/access/index.ts";
import { useCreateUser } from "../../api/accounts.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { takesScopes, useServerErrors, type AccountFields } from "./account-form.ts";
import { PasswordField } from "./password-field.tsx";
import { scopeOf, useScopeCatalogue } from "./scopes.ts";

/** The drawer; `open` shows it, `onClose` runs on cancel and after creating. */
export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useLanguage();
  return (
    <Drawer title={t("users.create")} open={open} onClose={onClose} size={480} destroyOnHidden data-testid="create-user-drawer">
      <CreateUserForm onClose={onClose} />
    </Drawer>
  );
}

/** The form, made afresh each time the drawer opens (nothing typed or generated lingers). */
function CreateUserForm({ onClose }: { onClose(): void }) {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountFields>();
  const create = useCreateUser();
  const scopes = useScopeCatalogue();
  const errors = useServerErrors(form);
  const role = Form.useWatch("role", form);
  const required = (field: string) => [{ required: true, message: t("form.required", { field }) }];

  const submit = async (values: AccountFields) => {
    errors.clear();
    try {
      const user = await create.mutateAsync({
        username: (values.username ?? "").trim(),
        displayName: values.displayName?.trim() || undefined,
        role: values.role!,
        scopes: takesScopes(values.role) ? (values.scopes ?? []).map(scopeOf) : [],
        password: values.password ?? "",
        mustChangePassword: values.mustChangePassword ?? true,
      });
      void message.success(t("users.created", { name: user.username }));
      onClose();
    } catch (e) {
      errors.fail(e);
    }
  };

  return (
    <Form<AccountFields> form={form} layout="vertical" initialValues={{ mustChangePassword: true, scopes: [] }} onFinish={submit} onValuesChange={errors.clear}>
      <Form.Item name="username" label={t("users.col.username")} rules={required(t("users.col.username"))}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item name="displayName" label={t("users.col.displayName")}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="role" label={t("users.col.role")} rules={required(t("users.col.role"))}>
        <Select placeholder={t("users.role.placeholder")} options={Role.options.map((r) => ({ value: r, label: ROLE_NAMES[r][lang] }))} />
      </Form.Item>
      {takesScopes(role) ? (
        <Form.Item name="scopes" label={t("users.col.scopes")} extra={t("users.scopes.hint")} rules={required(t("users.col.scopes"))}>
          <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} placeholder={t("users.scopes.placeholder")} options={scopes.options} loading={scopes.loading} />
        </Form.Item>
      ) : null}
      <PasswordField form={form} label={t("users.password")} rules={[{ required: true, message: t("form.required", { field: t("users.password") }) }, { min: 10, message: t("password.tooShort") }]} />
      <Form.Item name="mustChangePassword" valuePropName="checked">
        <Checkbox data-testid="must-change-checkbox">{t("users.mustChangePassword")}</Checkbox>
      </Form.Item>
      {errors.general.length ? <Alert type="error" showIcon title={t("users.failed")} description={errors.general.join("；")} style={{ marginBottom: 16 }} /> : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t("users.cancel")}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-user-submit">{t("users.create")}</Button>
      </Flex>
    </Form>
  );
}
