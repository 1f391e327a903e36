/**
 * The table of accounts: 账号, 姓名, 角色, 负责范围 (place and body names), 状态, 创建人, 创建时间,
 * and per row 编辑 and a link to its 操作记录.
 */
import { Badge, Button, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import type { UserResponse } from "../../../../contract/accounts.ts";
import { ROLE_NAMES } from "../../../../core/access/index.ts";
import { formatDateTime } from "../../format/date.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { useScopeCatalogue } from "./scopes.ts";

/** The accounts, with `onEdit` opening one for editing. */
export function UsersTable({ users, onEdit }: { users: UserResponse[]; onEdit(user: UserResponse): void }) {
  const { lang, t } = useLanguage();
  const scopes = useScopeCatalogue();
  const columns: ColumnsType<UserResponse> = [
    { title: t("users.col.username"), dataIndex: "username", render: (name: string, u) => <Space size={4}><Typography.Text strong>{name}</Typography.Text>{u.mustChangePassword ? <Tag color="orange">{t("users.mustChangeTag")}</Tag> : null}</Space> },
    { title: t("users.col.displayName"), dataIndex: "displayName" },
    { title: t("users.col.role"), key: "role", width: 110, render: (_, u) => <Tag color="blue">{ROLE_NAMES[u.role][lang]}</Tag> },
    {
      title: t("users.col.scopes"),
      key: "scopes",
      render: (_, u) => (u.scopes.length ? u.scopes.map((s) => <Tag key={`${s.kind}:${s.code}`}>{scopes.nameOf(s)}</Tag>) : <Typography.Text type="secondary">{t("common.none")}</Typography.Text>),
    },
    { title: t("users.col.status"), key: "active", width: 80, render: (_, u) => <Badge status={u.active ? "success" : "default"} text={u.active ? t("users.active") : t("users.inactive")} /> },
    { title: t("users.col.createdBy"), dataIndex: "createdBy", width: 110 },
    { title: t("users.col.createdAt"), key: "createdAt", width: 150, render: (_, u) => formatDateTime(u.createdAt, lang) },
    {
      title: t("users.col.actions"),
      key: "actions",
      width: 170,
      render: (_, u) => (
        <Space size={4}>
          <Button size="small" onClick={() => onEdit(u)} data-testid={`edit-user-${u.username}`}>{t("users.edit")}</Button>
          <Link to={`/audit?entity=account&entityId=${u.id}`}><Button size="small" type="link">{t("users.audit")}</Button></Link>
        </Space>
      ),
    },
  ];
  return (
    <Table<UserResponse>
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={users}
      scroll={{ x: 1000 }}
      onRow={(u) => ({ "data-username": u.username }) as React.HTMLAttributes<HTMLElement>}
      data-testid="users-table"
    />
  );
}
