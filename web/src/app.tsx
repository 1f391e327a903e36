/** The app: antd theme and locale for the UI language, and the routes. */
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { AppLayout } from "./components/app-layout.tsx";
import { useLanguage } from "./i18n/i18n.context.tsx";
import { EvaluationPage } from "./pages/evaluation.page.tsx";
import { ImportDocumentPage } from "./pages/import-document.page.tsx";
import { NewValuePage } from "./pages/new-value.page.tsx";
import { PlanDashboardPage } from "./pages/plan-dashboard.page.tsx";
import { PlanListPage } from "./pages/plan-list.page.tsx";
import { PlanReviewPage } from "./pages/plan-review.page.tsx";

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif';

/** Routes inside the layout, under the antd providers. */
export function App() {
  const { lang } = useLanguage();
  return (
    <ConfigProvider locale={lang === "zh" ? zhCN : enUS} theme={{ token: { borderRadius: 4, fontFamily } }}>
      <AntApp>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<PlanListPage />} />
              <Route path="plans/:code" element={<PlanDashboardPage />} />
              <Route path="plans/:code/review" element={<PlanReviewPage />} />
              <Route path="import" element={<ImportDocumentPage />} />
              <Route path="values/new" element={<NewValuePage />} />
              <Route path="evaluation" element={<EvaluationPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
