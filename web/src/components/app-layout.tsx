/**
 * The page frame: a dark header with the product name, the navigation the signed-in person may use,
 * the language switch and the person's menu; a person still holding a one-time password is kept on
 * the password page.
 */
import { AuditOutlined, BarChartOutlined, FormOutlined, RiseOutlined, ShopOutlined, ScheduleOutlined, TeamOutlined, TranslationOutlined, UnorderedListOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Layout, Menu, Typography } from "antd";
import { Link, Outlet, useLocation } from "react-router-dom";
import { PasswordGate } from "../access/password-gate.tsx";
import { useCan } from "../access/use-can.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { UserMenu } from "./layout/user-menu.tsx";

const { Header, Content, Footer } = Layout;

const SECTIONS: Record<string, string> = { "": "plans", plans: "plans", rounds: "rounds", values: "values", import: "import", evaluation: "evaluation", admin: "users", audit: "audit", enterprises: "enterprises" };

/** The navigation key of a path by its first segment ("plans" for the list and dashboards; none for sign-in and one's account). */
function sectionOf(pathname: string): string[] {
  // 导入数据 is reached from 填报, where the office runs the reporting.
  if (pathname.startsWith("/values/import")) return ["rounds"];
  if (pathname.startsWith("/enterprises/funnel")) return ["funnel"];
  const first = pathname.split("/")[1] ?? "";
  return Object.hasOwn(SECTIONS, first) ? [SECTIONS[first]!] : [];
}

/** The menu entries the current person may use; the API would refuse the others. */
function useNavigationItems() {
  const { t } = useLanguage();
  const entries = [
    { key: "plans", icon: <UnorderedListOutlined />, to: "/", label: t("nav.plans"), shown: true },
    { key: "rounds", icon: <ScheduleOutlined />, to: "/rounds", label: t("nav.rounds"), shown: useCan("read_internal") },
    { key: "values", icon: <FormOutlined />, to: "/values/new", label: t("nav.addValue"), shown: useCan("value_enter") },
    { key: "import", icon: <UploadOutlined />, to: "/import", label: t("nav.import"), shown: useCan("plan_manage") },
    { key: "evaluation", icon: <BarChartOutlined />, to: "/evaluation", label: t("nav.evaluation"), shown: useCan("read_internal") },
    { key: "users", icon: <TeamOutlined />, to: "/admin/users", label: t("nav.users"), shown: useCan("account_manage") },
    { key: "enterprises", icon: <ShopOutlined />, to: "/enterprises", label: t("nav.enterprises"), shown: useCan("enterprise_read") },
    { key: "funnel", icon: <RiseOutlined />, to: "/enterprises/funnel", label: t("nav.funnel"), shown: useCan("enterprise_read") },
    { key: "audit", icon: <AuditOutlined />, to: "/audit", label: t("nav.audit"), shown: useCan("read_internal") },
  ];
  return entries.filter((e) => e.shown).map((e) => ({ key: e.key, icon: e.icon, label: <Link to={e.to}>{e.label}</Link> }));
}

/** Header, content outlet and footer. */
export function AppLayout() {
  const { lang, setLang, t } = useLanguage();
  const location = useLocation();
  const items = useNavigationItems();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Header className="no-print" style={{ display: "flex", alignItems: "center", gap: 24, paddingInline: 24 }}>
        <Link to="/" style={{ display: "flex", alignItems: "baseline", gap: 12, whiteSpace: "nowrap" }}>
          <Typography.Text strong style={{ color: "#fff", fontSize: 18 }}>
            科创 · Kechuang
          </Typography.Text>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 13 }}>{t("app.subtitle")}</Typography.Text>
        </Link>
        <Menu theme="dark" mode="horizontal" selectedKeys={sectionOf(location.pathname)} items={items} style={{ flex: 1, minWidth: 0 }} data-testid="main-nav" />
        <Button
          ghost
          size="small"
          icon={<TranslationOutlined />}
          onClick={() => setLang(lang === "zh" ? "en" : "zh")}
          data-testid="lang-switch"
          lang={lang === "zh" ? "en" : "zh-CN"}
        >
          {t("lang.switch")}
        </Button>
        <UserMenu />
      </Header>
      <Content style={{ padding: "16px 24px" }}>
        <PasswordGate>
          <Outlet />
        </PasswordGate>
      </Content>
      <Footer className="no-print" style={{ textAlign: "center", padding: "12px 24px", color: "#8c8c8c" }}>{t("app.name")}</Footer>
    </Layout>
  );
}
