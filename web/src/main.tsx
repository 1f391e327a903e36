/** Entry of the web app: mounts the React tree with the query client and the UI language. */
import "./zod-config.ts";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import "antd/dist/reset.css";
import "./global.css";
import { ApiError } from "./api/client.ts";
import { sessionKey } from "./api/session.api.ts";
import { App } from "./app.tsx";
import { LanguageProvider, useLanguage } from "./i18n/i18n.context.tsx";

/** A 401 means the session ended (expired, signed out elsewhere): read it again so the page shows 请先登录. */
const onUnauthenticated = (error: Error) => {
  if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: sessionKey, exact: true });
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => query.queryKey[0] !== sessionKey[0] && onUnauthenticated(error) }),
  mutationCache: new MutationCache({ onError: (error, variables, context, mutation) => mutation.options.mutationKey?.[0] !== sessionKey[0] && onUnauthenticated(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer (unknown plan …) will not change on retry; a network or 5xx failure may.
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
    },
  },
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
