/**
 * Page `/admin/users` (账号管理, administrators): every account with its role, scope and state;
 * 新建账号 opens the create drawer, 编辑 the edit drawer of a row.
 */
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import { useState } from "react";
import type { UserResponse } from "../../../contract/accounts.ts";
import { useUsers } from "../api/accounts.api.ts";
import { CreateUserDrawer } from "../components/accounts/create-user-drawer.tsx";
import { EditUserDrawer } from "../components/accounts/edit-user-drawer.tsx";
import { UsersTable } from "../components/accounts/users-table.tsx";
import { QueryState } from "../components/query-state.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The account administration page. */
export function UsersPage() {
  const { t } = useLanguage();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserResponse | null>(null);
  return (
    <Card
      title={t("users.title")}
      size="small"
      extra={<Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="open-create-user">{t("users.create")}</Button>}
    >
      {users.data ? <UsersTable users={users.data} onEdit={setEditing} /> : <QueryState isLoading={users.isLoading} error={users.error} retry={() => void users.refetch()} />}
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
      <EditUserDrawer user={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
