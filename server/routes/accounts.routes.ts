/** HTTP routes of sign-in (the session), one's own password, accounts (administrators) and the audit log. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AuditEntry, AuditQuery, ChangePasswordRequest, CreateUserRequest, LoginRequest, SessionResponse, UpdateUserRequest, UserResponse } from "../../contract/accounts.ts";
import type { App } from "../http/app-env.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session.middleware.ts";
import { assertMay, whoOf } from "../policies/authorize.ts";
import * as accounts from "../services/accounts.service.ts";
import { listAudit } from "../services/audit.service.ts";
import { sessionIdOf, signIn, signOut } from "../services/sessions.service.ts";
import * as users from "../repositories/users.repository.ts";
import { errors, json, pagedJson } from "./openapi-helpers.ts";
import { PageQuery } from "../../contract/pagination.ts";
import { decodeCursor, linkNextPage, respondPage } from "../http/pagination.ts";

const IdKey = z.tuple([z.number().int()]);

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });

export function accountsRoutes(app: App) {
  app.openapi(
    createRoute({ method: "get", path: "/api/session", operationId: "getSession", tags: ["accounts"], summary: "Who is signed in, and the CSRF token for writes", responses: { 200: json(SessionResponse, "The session, or nulls when signed out") } }),
    async (c) => {
      const actor = c.get("actor");
      const row = actor ? await users.findUser(c.get("db"), actor.id) : undefined;
      return c.json({ user: row ? await accounts.presentUser(c.get("db"), row) : null, csrfToken: c.get("csrfToken") }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/session",
      operationId: "signIn",
      tags: ["accounts"],
      summary: "Sign in 登录",
      description: "Sets an HttpOnly, SameSite=Lax session cookie. Five failures in a row for an account name lock it (429) for a minute, doubling with each further failure up to an hour.",
      request: body(LoginRequest),
      responses: { 200: json(SessionResponse, "Signed in"), ...errors(401, 429) },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      const { cookieToken, csrfToken, actor } = await signIn(c.get("db"), username, password);
      setSessionCookie(c, cookieToken);
      const row = (await users.findUser(c.get("db"), actor.id))!;
      return c.json({ user: await accounts.presentUser(c.get("db"), row), csrfToken }, 200);
    },
  );
  app.openapi(
    createRoute({ method: "delete", path: "/api/session", operationId: "signOut", tags: ["accounts"], summary: "Sign out 退出", responses: { 200: json(SessionResponse, "Signed out") } }),
    async (c) => {
      const token = c.get("sessionToken");
      if (token) await signOut(c.get("db"), token);
      clearSessionCookie(c);
      return c.json({ user: null, csrfToken: null }, 200);
    },
  );
  app.openapi(
    createRoute({ method: "put", path: "/api/session/password", operationId: "changePassword", tags: ["accounts"], summary: "Change one's own password 修改密码", description: "Ends the person's other sessions.", request: body(ChangePasswordRequest), responses: { 200: json(UserResponse, "Changed") } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "account_self");
      const { currentPassword, newPassword } = c.req.valid("json");
      const db = c.get("db");
      const token = c.get("sessionToken");
      await accounts.changePassword(db, actor.id, currentPassword, newPassword, token ? sessionIdOf(token) : undefined);
      return c.json(await accounts.presentUser(db, (await users.findUser(db, actor.id))!), 200);
    },
  );

  app.openapi(
    createRoute({ method: "get", path: "/api/users", operationId: "listUsers", tags: ["accounts"], summary: "List accounts 账号管理 (administrators)", request: { query: PageQuery }, responses: { 200: pagedJson(z.array(UserResponse), "Accounts, oldest first"), ...errors(400, 403) } }),
    async (c) => {
      assertMay(c.get("actor"), "account_manage");
      return c.json(respondPage(c, c.req.valid("query"), IdKey, await accounts.listUsers(c.get("db")), (u) => [u.id] as [number]), 200);
    },
  );
  app.openapi(
    createRoute({ method: "post", path: "/api/users", operationId: "createUser", tags: ["accounts"], summary: "Create an account (administrators)", request: body(CreateUserRequest), responses: { 201: json(UserResponse, "Created"), ...errors(409) } }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "account_manage");
      return c.json(await accounts.createUser(c.get("db"), c.req.valid("json"), whoOf(actor)), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/users/{id}",
      operationId: "updateUser",
      tags: ["accounts"],
      summary: "Change an account: role, scopes, active, a temporary password (administrators)",
      request: { params: z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }), ...body(UpdateUserRequest) },
      responses: { 200: json(UserResponse, "Changed"), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get("actor");
      assertMay(actor, "account_manage");
      return c.json(await accounts.updateUser(c.get("db"), c.req.valid("param").id, c.req.valid("json"), whoOf(actor)), 200);
    },
  );
  app.openapi(
    createRoute({ method: "get", path: "/api/audit", operationId: "listAuditEntries", tags: ["accounts"], summary: "The audit log 操作记录: who changed what, when, old, new, why", request: { query: AuditQuery }, responses: { 200: pagedJson(z.array(AuditEntry), "Newest first"), ...errors(400) } }),
    async (c) => {
      assertMay(c.get("actor"), "read_internal");
      const query = c.req.valid("query");
      const after = decodeCursor(query.cursor, IdKey)?.[0];
      const before = after === undefined ? query.before : Math.min(after, query.before ?? after);
      const page = await listAudit(c.get("db"), { ...query, before });
      const last = page.items.at(-1);
      linkNextPage(c, page.more && last ? [last.id] : null);
      return c.json(page.items, 200);
    },
  );
}
