import { describe, expect, it } from "vitest";
import { loginPath, safeNextPath } from "./next-path.ts";

describe("safeNextPath", () => {
  it("keeps paths of this site", () => {
    expect(safeNextPath("/evaluation")).toBe("/evaluation");
    expect(safeNextPath("/plans/cq-sti-2021-2025/review?x=1")).toBe("/plans/cq-sti-2021-2025/review?x=1");
  });

  it("sends anything that could leave the site home", () => {
    for (const raw of [null, undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/\t/evil.example", "evaluation"]) {
      expect(safeNextPath(raw)).toBe("/");
    }
  });

  it("builds the login address with the way back", () => {
    expect(loginPath("/evaluation")).toBe("/login?next=%2Fevaluation");
    expect(loginPath("/")).toBe("/login");
  });
});
