/**
 * What the create and edit forms of an account share: their field values, which roles take scopes,
 * the server's field names mapped onto the form, and showing a server error beside its field.
 */
import type { FormInstance } from "antd";
import { useEffect, useState } from "react";
import type { ErrorBody } from "../../../../contract/errors.ts";
import { SCOPED_ROLES, type Role } from "../../../../core/access/index.ts";
import { ApiError } from "../../api/client.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { groupFieldErrors } from "../form-errors.ts";

/** The fields of both forms (the create form has no `active` or `reason`, the edit form no `username`). */
export interface AccountFields {
  username?: string;
  displayName?: string;
  role?: Role;
  scopes?: string[];
  password?: string;
  mustChangePassword?: boolean;
  active?: boolean;
  reason?: string;
}

type FieldName = keyof AccountFields;

const ALIASES: Record<string, FieldName> = {
  username: "username",
  displayName: "displayName",
  role: "role",
  scopes: "scopes",
  password: "password",
  mustChangePassword: "mustChangePassword",
  active: "active",
  reason: "reason",
};

/** Whether a role acts within scopes (reporters and reviewers), so the form asks for them. */
export const takesScopes = (role: Role | undefined): boolean => role !== undefined && SCOPED_ROLES.has(role);

/**
 * Keeps the server's last refusal: messages beside the fields they name (re-applied when the
 * language changes), the rest as `general`. `fail` records an error thrown by a mutation.
 */
export function useServerErrors(form: FormInstance<AccountFields>) {
  const { lang, t } = useLanguage();
  const [error, setError] = useState<ErrorBody["error"] | null>(null);
  const { byField, general } = groupFieldErrors(error, lang, ALIASES);
  useEffect(() => {
    const names = Object.keys(byField) as FieldName[];
    if (names.length) form.setFields(names.map((name) => ({ name, errors: byField[name] ?? [] })));
    // byField derives from error and lang.
  }, [error, lang, form]);
  const fail = (e: unknown) =>
    setError(e instanceof ApiError && e.body ? e.body.error : { code: "network", message: "", messages: { zh: t("users.failed"), en: t("users.failed") }, field: null });
  return { general, clear: () => setError(null), fail };
}
