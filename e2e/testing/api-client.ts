/**
 * What API tests share to act as people: a client that signs in and then sends the session cookie
 * and the CSRF token with every request, and a helper that creates accounts through the API as the
 * administrator (whose one-time password the test server captured and changes once).
 */
export type Json = Record<string, unknown> | unknown[] | string | number | boolean | null;
export type Reply<T = any> = { status: number; body: T; headers: Headers };

/** An HTTP client for one person (or the public, when never signed in). */
export class ApiClient {
  private cookie = "";
  private csrf = "";

  constructor(
    readonly baseUrl: string,
    readonly lang = "zh-CN",
  ) {}

  /** Sends a request; objects are sent as JSON, FormData and strings as they are. */
  async send<T = any>(method: string, path: string, body?: Json | FormData | Uint8Array, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit & { headers: Record<string, string> } = { method, headers: { "accept-language": this.lang, ...headers } };
    if (this.cookie) init.headers.cookie = this.cookie;
    if (this.csrf && method !== "GET") init.headers["x-csrf-token"] = this.csrf;
    if (body instanceof FormData || body instanceof Uint8Array) init.body = body as BodyInit;
    else if (typeof body === "string") init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["content-type"] ??= "application/json";
    }
    const res = await fetch(this.baseUrl + path, init);
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const match = /kc_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `kc_session=${match[1]}` : "";
    }
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
    const reply = await this.send("POST", "/api/session", { username, password });
    if (reply.status !== 200) throw new Error(`sign-in of ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.csrf = reply.body.csrfToken;
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
  const changed = await admin.put("/api/session/password", { currentPassword: initialPassword, newPassword: TEST_PASSWORD });
  if (changed.status !== 200) throw new Error(`changing the administrator's password failed: ${JSON.stringify(changed.body)}`);
  return admin;
}

/** Creates an account (password TEST_PASSWORD) and returns a client signed in as it. */
export async function accountFor(admin: ApiClient, account: TestAccount, lang?: string): Promise<ApiClient> {
  const created = await admin.post("/api/users", { ...account, scopes: account.scopes ?? [], password: TEST_PASSWORD, mustChangePassword: false });
  if (created.status !== 201) throw new Error(`creating ${account.username} failed: ${created.status} ${JSON.stringify(created.body)}`);
  return new ApiClient(admin.baseUrl, lang).signIn(account.username, TEST_PASSWORD);
}
