/** The page frame: a dark header with the product name, navigation and the language switch. */
import { BarChartOutlined, FormOutlined, TranslationOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { UploadOutlined } from "@ant-design/icons";
import { Button, Layout, Menu, Typography } from "antd";
import { Link, Outlet, useLocation } from "react-router-dom";
import { useLanguage } from "../i18n/i18n.context.tsx";

const { Header, Content, Footer } = Layout;

/** Header, content outlet and footer. */
export function AppLayout() {
  const { lang, setLang, t } = useLanguage();
  const location = useLocation();
  const selected = location.pathname.startsWith("/values") ? "values" : location.pathname.startsWith("/evaluation") ? "evaluation" : "plans";
  const items = [
    { key: "plans", icon: <UnorderedListOutlined />, label: <Link to="/">{t("nav.plans")}</Link> },
    { key: "values", icon: <FormOutlined />, label: <Link to="/values/new">{t("nav.addValue")}</Link> },
    { key: "import", icon: <UploadOutlined />, label: <Link to="/import">{t("nav.import")}</Link> },
    { key: "evaluation", icon: <BarChartOutlined />, label: <Link to="/evaluation">{t("nav.evaluation")}</Link> },
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Header style={{ display: "flex", alignItems: "center", gap: 24, paddingInline: 24 }}>
        <Link to="/" style={{ display: "flex", alignItems: "baseline", gap: 12, whiteSpace: "nowrap" }}>
          <Typography.Text strong style={{ color: "#fff", fontSize: 18 }}>
            科创 · Kechuang
          </Typography.Text>
          <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 13 }}>{t("app.subtitle")}</Typography.Text>
        </Link>
        <Menu theme="dark" mode="horizontal" selectedKeys={[location.pathname.startsWith("/import") ? "import" : selected]} items={items} style={{ flex: 1, minWidth: 0 }} />
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
      </Header>
      <Content style={{ padding: "16px 24px" }}>
        <Outlet />
      </Content>
      <Footer style={{ textAlign: "center", padding: "12px 24px", color: "#8c8c8c" }}>{t("app.name")}</Footer>
    </Layout>
  );
}
