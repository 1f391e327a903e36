import { describe, expect, it } from "vitest";
import { scopeOf, scopeValue } from "./scopes.ts";

describe("scope select values", () => {
  it("round-trips places and bodies, codes with colons included", () => {
    for (const scope of [{ kind: "place", code: "500106" }, { kind: "body", code: "cq-stats" }, { kind: "body", code: "a:b" }] as const) {
      expect(scopeOf(scopeValue(scope))).toEqual(scope);
    }
    expect(scopeValue({ kind: "place", code: "500106" })).toBe("place:500106");
  });
});
