/**
 * What API tests share to act as people: a client that signs in and then sends the session cookie
 * and the CSRF token with every request, and a helper that creates accounts through the API as the
 * administrator (whose one-time password the test server captured and changes once). `client.api`
 * makes the same person's requests through openapi-fetch, typed by the API's OpenAPI document
 * (contract/openapi.d.ts): paths, parameters, bodies and 2xx bodies as the document states them.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../contract/openapi.d.ts";

export type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;
export type Reply<T = any> = { status: number; body: T; headers: Headers };

/** An HTTP client for one person (or the public, when never signed in). */
export class ApiClient {
  private cookie = "";
  private csrf = "";

  /** This person's requests, typed by the OpenAPI document; `{ data, error, response }` per call. */
  readonly api: Client<paths>;

  constructor(
    readonly baseUrl: string,
    readonly lang = "zh-CN",
  ) {
    this.api = createClient<paths>({ baseUrl, fetch: (request) => this.exchange(request) });
  }

  /** Sends a request as this person: language, session cookie, CSRF token on writes; keeps the cookie a reply sets. */
  private async exchange(request: Request): Promise<Response> {
    if (!request.headers.has("accept-language")) request.headers.set("accept-language", this.lang);
    if (this.cookie) request.headers.set("cookie", this.cookie);
    if (this.csrf && request.method !== "GET") request.headers.set("x-csrf-token", this.csrf);
    const res = await fetch(request);
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const match = /kc_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `kc_session=${match[1]}` : "";
    }
    return res;
  }

  /** Sends a request; objects are sent as JSON, FormData and strings as they are. */
  async send<T = any>(method: string, path: string, body?: Json | FormData | Uint8Array, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit & { headers: Record<string, string> } = { method, headers: { "accept-language": this.lang, ...headers } };
    if (body instanceof FormData || body instanceof Uint8Array) init.body = body as BodyInit;
    else if (typeof body === "string") init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["content-type"] ??= "application/json";
    }
    const res = await this.exchange(new Request(this.baseUrl + path, init));
    const type = res.headers.get("content-type") ?? "";
    const payload = type.includes("json") ? await res.json() : type.startsWith("text/") ? await res.text() : new Uint8Array(await res.arrayBuffer());
    return { status: res.status, body: payload as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.send<T>("GET", path);
  }
  post<T = any>(path: string, body?: Json | FormData | Uint8Array, headers?: Record<string, string>) {
    return this.send<T>("POST", path, body ?? {}, headers);
  }
  put<T = any>(path: string, body: Json) {
    return this.send<T>("PUT", path, body);
  }
  patch<T = any>(path: string, body: Json) {
    return this.send<T>("PATCH", path, body);
  }
  delete<T = any>(path: string) {
    return this.send<T>("DELETE", path);
  }

  /** Signs in; throws when the server refuses. */
  async signIn(username: string, password: string): Promise<this> {
    const { data, error, response } = await this.api.POST("/api/session", { body: { username, password } });
    if (!data) throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(error)}`);
    this.csrf = data.csrfToken ?? "";
    return this;
  }

  async signOut(): Promise<void> {
    await this.delete("/api/session");
    this.cookie = "";
    this.csrf = "";
  }
}

export const TEST_PASSWORD = "correct-horse-battery-staple";

export interface TestAccount {
  username: string;
  role: "administrator" | "plan_office" | "reporter" | "reviewer" | "leader";
  scopes?: { kind: "place" | "body"; code: string }[];
}

/** The administrator, signed in with a changed password, able to create the accounts a test needs. */
export async function administratorOf(baseUrl: string, initialPassword: string, lang?: string): Promise<ApiClient> {
  const admin = new ApiClient(baseUrl, lang);
  await admin.signIn("admin", initialPassword);
  const changed = await admin.api.PUT("/api/session/password", { body: { currentPassword: initialPassword, newPassword: TEST_PASSWORD } });
  if (!changed.data) throw new Error(`changing the administrator's password failed: ${JSON.stringify(changed.error)}`);
  return admin;
}

/** Creates an account (password TEST_PASSWORD) and returns a client signed in as it. */
export async function accountFor(admin: ApiClient, account: TestAccount, lang?: string): Promise<ApiClient> {
  const created = await admin.api.POST("/api/users", { body: { ...account, scopes: account.scopes ?? [], password: TEST_PASSWORD, mustChangePassword: false } });
  if (!created.data) throw new Error(`creating ${account.username} failed: ${created.response.status} ${JSON.stringify(created.error)}`);
  return new ApiClient(admin.baseUrl, lang).signIn(account.username, TEST_PASSWORD);
}

/** A multipart form carrying `bytes` as the file `name` (field `file`), as the upload routes take it. */
export function uploadForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  return form;
}
