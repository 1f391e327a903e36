/**
 * The HTTP application: the JSON API under /api (validated by the contract's zod schemas, described
 * by the OpenAPI document at /api/openapi.json) and the web app's built files.
 */
import { enterprisesRoutes } from "./routes/enterprises.routes.ts";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Db } from "./db/connect.ts";
import type { App, AppEnv } from "./http/app-env.ts";
import { accessMiddleware } from "./http/access.middleware.ts";
import { sessionMiddleware } from "./http/session.middleware.ts";
import { requestSizeLimit } from "./http/body-limit.middleware.ts";
import { requestShape } from "./http/request-shape.middleware.ts";
import { protectiveHeaders } from "./http/protective-headers.middleware.ts";
import { allowedHostsFromEnv, hostAllowList } from "./http/host-allow-list.middleware.ts";
import { accountsRoutes } from "./routes/accounts.routes.ts";
import { roundsRoutes } from "./routes/rounds.routes.ts";
import { submissionsRoutes } from "./routes/submissions.routes.ts";
import { rollupRoutes } from "./routes/rollup.routes.ts";
import { notFound } from "./errors/app-error.ts";
import { errorBody, handleError, requestLanguage, validationHook } from "./errors/http.ts";
import { catalogueRoutes } from "./routes/catalogue.routes.ts";
import { documentsRoutes } from "./routes/documents.routes.ts";
import { reviewRoutes } from "./routes/review.routes.ts";
import { plansRoutes } from "./routes/plans.routes.ts";
import { evaluationReportRoutes } from "./routes/evaluation-report.routes.ts";
import { valuesRoutes } from "./routes/values.routes.ts";
import { indicesRoutes } from "./routes/indices.routes.ts";
import { evaluationRoutes } from "./routes/evaluation.routes.ts";
import { AnalysisRunner } from "./analysis/analysis-runner.ts";
import { serviceRoutes } from "./routes/service.routes.ts";
import { tasksRoutes } from "./routes/tasks.routes.ts";
import { taskProgressRoutes } from "./routes/task-progress.routes.ts";

export const WEB_DIST = resolve(fileURLToPath(new URL("../dist/web", import.meta.url)));

export interface AppOptions {
  /** Host names the app answers (see host-allow-list.middleware.ts); loopback names by default. */
  allowedHosts?: readonly string[];
  /** Runs the Monte Carlo analyses on worker threads; whoever passes one closes it. */
  analyses?: AnalysisRunner;
}

export function createApp(db: Db, options: AppOptions = {}): App {
  const analyses = options.analyses ?? new AnalysisRunner();
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  app.use("*", protectiveHeaders());
  app.use("*", hostAllowList(options.allowedHosts ?? allowedHostsFromEnv(undefined)));
  app.use("/api/*", requestSizeLimit());
  app.use("*", sessionMiddleware(db));
  app.use("/api/*", accessMiddleware());
  app.use("/api/*", requestShape());

  accountsRoutes(app);
  roundsRoutes(app);
  submissionsRoutes(app);
  rollupRoutes(app);
  plansRoutes(app, db);
  evaluationReportRoutes(app, db);
  catalogueRoutes(app, db);
  valuesRoutes(app, db);
  documentsRoutes(app, db);
  reviewRoutes(app, db);
  indicesRoutes(app, db);
  evaluationRoutes(app, db, analyses);
  enterprisesRoutes(app);
  tasksRoutes(app);
  taskProgressRoutes(app);

  serviceRoutes(app);
  app.all("/api/*", (c) => {
    const missing = notFound(null, `接口 ${c.req.method} ${c.req.path} 不存在`, `no API route ${c.req.method} ${c.req.path}`);
    return c.json(errorBody(missing, requestLanguage(c)), 404);
  });

  if (existsSync(WEB_DIST)) {
    const root = relative(process.cwd(), WEB_DIST) || ".";
    app.use("/*", serveStatic({ root }));
    // Client-side routes (/plans/…) get the app's index page.
    app.get("*", serveStatic({ root, path: "index.html" }));
  } else {
    app.get("/", (c) => c.text("Web app not built: run `npm run build:web`. API at /api, OpenAPI at /api/openapi.json"));
  }
  return app;
}
