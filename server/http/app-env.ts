/** The variables every request carries through the app: who is signed in, and their session. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Actor } from "../../core/access/index.ts";
import type { Db } from "../db/connect.ts";

export type SessionActor = Actor & { mustChangePassword: boolean };

export type AppEnv = {
  Variables: {
    /** The signed-in person, or null for the public. */
    actor: SessionActor | null;
    sessionToken: string | null;
    csrfToken: string | null;
    db: Db;
  };
};

export type App = OpenAPIHono<AppEnv>;
