/** The app: antd theme and locale for the UI language, and the routes, each guarded by the right it needs. */
import { EnterprisesPage } from "./pages/enterprises.page.tsx";
import { EnterpriseFunnelPage } from "./pages/enterprise-funnel.page.tsx";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { PASSWORD_PATH } from "./access/password-gate.tsx";
import { RequireAccess } from "./access/require-access.tsx";
import { AppLayout } from "./components/app-layout.tsx";
import { useLanguage } from "./i18n/i18n.context.tsx";
import { AuditPage } from "./pages/audit.page.tsx";
import { ChangePasswordPage } from "./pages/change-password.page.tsx";
import { EvaluationPage } from "./pages/evaluation.page.tsx";
import { ImportDocumentPage } from "./pages/import-document.page.tsx";
import { LoginPage } from "./pages/login.page.tsx";
import { NewValuePage } from "./pages/new-value.page.tsx";
import { NotFoundPage } from "./pages/not-found.page.tsx";
import { PlanDashboardPage } from "./pages/plan-dashboard.page.tsx";
import { PlanReportPage } from "./pages/plan-report.page.tsx";
import { PlanListPage } from "./pages/plan-list.page.tsx";
import { PlanReviewPage } from "./pages/plan-review.page.tsx";
import { PlanTasksPage } from "./pages/plan-tasks.page.tsx";
import { TaskPage } from "./pages/task.page.tsx";
import { RoundPage } from "./pages/round.page.tsx";
import { RoundsPage } from "./pages/rounds.page.tsx";
import { UsersPage } from "./pages/users.page.tsx";
import { ValuesImportPage } from "./pages/values-import.page.tsx";

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
              <Route path="login" element={<LoginPage />} />
              <Route path={PASSWORD_PATH.slice(1)} element={<ChangePasswordPage />} />
              <Route path="plans/:code" element={<PlanDashboardPage />} />
              <Route path="plans/:code/report" element={<PlanReportPage />} />
              <Route path="plans/:code/review" element={<RequireAccess action="read_internal"><PlanReviewPage /></RequireAccess>} />
              <Route path="plans/:code/tasks" element={<RequireAccess action="read_internal"><PlanTasksPage /></RequireAccess>} />
              <Route path="tasks/:id" element={<RequireAccess action="read_internal"><TaskPage /></RequireAccess>} />
              <Route path="import" element={<RequireAccess action="plan_manage"><ImportDocumentPage /></RequireAccess>} />
              <Route path="values/new" element={<RequireAccess action="value_enter"><NewValuePage /></RequireAccess>} />
              <Route path="values/import" element={<RequireAccess action="value_enter"><ValuesImportPage /></RequireAccess>} />
              <Route path="rounds" element={<RequireAccess action="read_internal"><RoundsPage /></RequireAccess>} />
              <Route path="rounds/:id" element={<RequireAccess action="read_internal"><RoundPage /></RequireAccess>} />
              <Route path="evaluation" element={<RequireAccess action="read_internal"><EvaluationPage /></RequireAccess>} />
              <Route path="admin/users" element={<RequireAccess action="account_manage"><UsersPage /></RequireAccess>} />
              <Route path="enterprises" element={<RequireAccess action="enterprise_read"><EnterprisesPage /></RequireAccess>} />
              <Route path="enterprises/funnel" element={<RequireAccess action="enterprise_read"><EnterpriseFunnelPage /></RequireAccess>} />
              <Route path="audit" element={<RequireAccess action="read_internal"><AuditPage /></RequireAccess>} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
