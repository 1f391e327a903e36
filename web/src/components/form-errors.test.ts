import { describe, expect, it } from "vitest";
import { fieldOfPath, groupFieldErrors } from "./form-errors.ts";

const aliases = { username: "username", scopes: "scopes", password: "password", newPassword: "newPassword" } as const;

describe("form errors", () => {
  it("names the field of a nested path by its last known segment", () => {
    expect(fieldOfPath("scopes[0].code", aliases)).toBe("scopes");
    expect(fieldOfPath("body.username", aliases)).toBe("username");
    expect(fieldOfPath("X-CSRF-Token", aliases)).toBeNull();
    expect(fieldOfPath("toString", aliases)).toBeNull();
  });

  it("puts a conflict on the account name next to that field", () => {
    const error = { code: "conflict", message: "账号“sp”已存在", messages: { zh: "账号“sp”已存在", en: 'account "sp" already exists' }, field: "username" };
    expect(groupFieldErrors(error, "zh", aliases)).toEqual({ byField: { username: ["账号“sp”已存在"] }, general: [] });
    expect(groupFieldErrors({ ...error, field: "id" }, "en", aliases)).toEqual({ byField: {}, general: ['account "sp" already exists'] });
  });
});
