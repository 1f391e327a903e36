/**
 * A temporary-password field for account forms: typed, or generated in the browser (16 random
 * characters) and then shown once, with a copy button, to be handed to the person.
 */
import { Alert, Button, Form, Input, Space, Typography, type FormInstance } from "antd";
import type { Rule } from "antd/es/form";
import { useState } from "react";
import { generatePassword } from "../../access/generate-password.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Props = { form: FormInstance; label: string; rules?: Rule[]; extra?: string };

/** The `password` field with its 生成 button. */
export function PasswordField({ form, label, rules, extra }: Props) {
  const { t } = useLanguage();
  const [generated, setGenerated] = useState<string | null>(null);
  const generate = () => {
    const password = generatePassword();
    form.setFields([{ name: "password", value: password, errors: [] }]);
    setGenerated(password);
  };
  return (
    <Form.Item label={label} required={rules?.some((r) => typeof r === "object" && "required" in r && r.required)} extra={extra}>
      <Space.Compact style={{ width: "100%" }}>
        <Form.Item name="password" noStyle rules={rules}>
          <Input.Password autoComplete="new-password" maxLength={200} onChange={() => setGenerated(null)} />
        </Form.Item>
        <Button onClick={generate} data-testid="generate-password">{t("users.generate")}</Button>
      </Space.Compact>
      {generated ? (
        <Alert
          type="info"
          style={{ marginTop: 8 }}
          title={t("users.generated")}
          description={<Typography.Text code copyable={{ text: generated }} data-testid="generated-password">{generated}</Typography.Text>}
        />
      ) : null}
    </Form.Item>
  );
}
