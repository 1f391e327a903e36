/** Entry of the web app: mounts the React tree with the query client and the UI language. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import "antd/dist/reset.css";
import "./global.css";
import { App } from "./app.tsx";
import { LanguageProvider, useLanguage } from "./i18n/i18n.context.tsx";

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

/** Keeps <html lang> and the title in step with the UI language. */
function DocumentLanguage() {
  const { lang, t } = useLanguage();
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t("app.name");
  }, [lang, t]);
  return null;
}

const root = document.getElementById("root");
if (!root) throw new Error("#root missing");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <DocumentLanguage />
        <App />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
