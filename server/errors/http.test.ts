import { Hono } from "hono";
import { describe, expect, it, vi } from "vitest";
import { handleError } from "./http.ts";

/** An app whose one route throws `error`, answered by the shared error handler. */
async function answer(error: unknown, lang = "zh-CN") {
  const app = new Hono();
  app.onError(handleError);
  app.get("/", () => {
    throw error;
  });
  const res = await app.request("/", { headers: { "accept-language": lang } });
  return { status: res.status, text: await res.text() };
}

const pgError = (code: string, constraint?: string) => Object.assign(new Error(`db said ${code}`), { code, constraint, stack: "Error: at secretFunction (/srv/app.ts:1:1)" });

describe("database errors a request can provoke", () => {
  it("answers a unique violation between concurrent writers with 409, naming the field where the index says which", async () => {
    const known = await answer(pgError("23505", "users_username"), "en");
    expect(known.status).toBe(409);
    expect(JSON.parse(known.text).error).toMatchObject({ code: "conflict", field: "username" });
    const unknown = await answer(pgError("23505", "some_new_index"));
    expect(unknown.status).toBe(409);
    expect(JSON.parse(unknown.text).error.message).toContain("请刷新后重试");
    expect((await answer(pgError("40P01"))).status).toBe(409);
  });

  it("answers a value PostgreSQL refuses (out of range, NUL) with 400", async () => {
    for (const code of ["22003", "22021", "22P05"]) expect((await answer(pgError(code))).status, code).toBe(400);
  });

  it("answers any other failure with 500 and a generic message, never the error's text or stack", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const error of [pgError("42P01"), pgError("XX000"), new TypeError("cannot read x of undefined")]) {
      const { status, text } = await answer(error, "en");
      expect(status).toBe(500);
      expect(JSON.parse(text).error).toMatchObject({ code: "internal", message: "internal server error", field: null });
      expect(text).not.toMatch(/secretFunction|db said|cannot read|\.ts:/);
    }
    quiet.mockRestore();
  });
});
