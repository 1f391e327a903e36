/**
 * The header's person area: a 登录 button for the public; for a signed-in person their name with a
 * role tag, opening a menu with 修改密码 and 退出登录.
 */
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Tag } from "antd";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { ROLE_NAMES } from "../../../../core/access/index.ts";
import { loginPath } from "../../access/next-path.ts";
import { PASSWORD_PATH } from "../../access/password-gate.tsx";
import { useCurrentUser, useSignOut } from "../../api/session.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

/** Sign-in button or the signed-in person's menu. */
export function UserMenu() {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const location = useLocation();
  const navigate = useNavigate();
  if (user === undefined) return null;
  if (user === null) {
    if (location.pathname === "/login") return null;
    return (
      <Link to={loginPath(location.pathname + location.search)}>
        <Button type="primary" size="small" icon={<UserOutlined />} data-testid="header-sign-in">{t("session.signIn")}</Button>
      </Link>
    );
  }
  const items = [
    { key: "password", icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t("session.changePassword")}</span> },
    { key: "sign-out", icon: <LogoutOutlined />, label: <span data-testid="menu-sign-out">{t("session.signOut")}</span> },
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key === "password") navigate(PASSWORD_PATH);
    else
      signOut.mutate(undefined, {
        onSettled: () => {
          void message.success(t("session.signedOut"));
          navigate("/");
        },
      });
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={["click"]} placement="bottomRight">
      <Button ghost size="small" data-testid="user-menu" loading={signOut.isPending}>
        <UserOutlined />
        <span data-testid="user-name">{user.displayName}</span>
        <Tag color="blue" style={{ marginInline: 0 }} data-testid="user-role">{ROLE_NAMES[user.role][lang]}</Tag>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
