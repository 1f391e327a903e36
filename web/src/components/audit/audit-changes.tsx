/**
 * The expanded row of an audit entry: each changed field with its value before and after, in words
 * (role names, place names, statuses, sources, yes/no, dates) rather than the stored JSON.
 */
import { ArrowRightOutlined } from "@ant-design/icons";
import { Table, Typography } from "antd";
import type { AuditEntry } from "../../../../contract/accounts.ts";
import { ROLE_NAMES, Scope, type Role } from "../../../../core/access/index.ts";
import { formatDateTime } from "../../format/date.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { zh, type MessageKey } from "../../i18n/zh.ts";
import { useScopeCatalogue } from "../accounts/scopes.ts";
import { changedFields, displayValue, type FieldChange } from "./audit-diff.ts";

const isRole = (value: unknown): value is Role => typeof value === "string" && Object.hasOwn(ROLE_NAMES, value);
const isSource = (value: unknown): value is { kind: string; ref?: string | null; quote?: string | null } =>
  typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";

/** A known message key, else null (for labels of fields and actions the dictionaries may not name). */
export function knownKey(key: string): MessageKey | null {
  return key in zh ? (key as MessageKey) : null;
}

/** The before → after table of one entry. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { lang, t } = useLanguage();
  const scopes = useScopeCatalogue(entry.entity === "account");
  const words = { none: t("common.none"), yes: t("common.yes"), no: t("common.no") };
  const named = (prefix: string, value: string) => {
    const key = knownKey(`${prefix}.${value}`);
    return key ? t(key) : value;
  };
  const show = (field: string, value: unknown): string => {
    if (field === "role" && isRole(value)) return ROLE_NAMES[value][lang];
    if (field === "status" && typeof value === "string") return named("audit.status", value);
    if (field === "source" && isSource(value)) return [named("audit.source", value.kind), value.ref, value.quote ? `“${value.quote}”` : null].filter(Boolean).join(" ");
    if (field === "scopes" && Array.isArray(value) && value.length > 0 && value.every((s) => Scope.safeParse(s).success)) return value.map((s: Scope) => scopes.nameOf(s)).join("、");
    if (/(At|On|until)$/.test(field) && typeof value === "string") return formatDateTime(value, lang);
    return displayValue(value, words);
  };
  const label = (field: string) => {
    const key = knownKey(`audit.fieldName.${field}`);
    return key ? t(key) : field;
  };
  // The entity's own id is in the 对象 column already.
  const changes = changedFields(entry.before, entry.after).filter((c) => !(c.field === "id" && String(c.after ?? c.before) === entry.entityId));
  if (changes.length === 0) return <Typography.Text type="secondary">{t("audit.noChanges")}</Typography.Text>;
  return (
    <Table<FieldChange>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={changes}
      tableLayout="fixed"
      data-testid={`audit-changes-${entry.id}`}
      columns={[
        { title: t("audit.field"), key: "field", width: 160, render: (_, c) => label(c.field) },
        { title: t("audit.before"), key: "before", width: "40%", render: (_, c) => <Typography.Text type="secondary" delete={c.before !== undefined && c.after !== undefined}>{show(c.field, c.before)}</Typography.Text> },
        { title: "", key: "arrow", width: 40, render: () => <ArrowRightOutlined style={{ color: "#8c8c8c" }} /> },
        { title: t("audit.after"), key: "after", render: (_, c) => <Typography.Text strong>{show(c.field, c.after)}</Typography.Text> },
      ]}
    />
  );
}
