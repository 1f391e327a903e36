/** KECHUANG_SHUTDOWN_TIMEOUT_MS: the default, a setting, and a refusal naming the variable. (Stopping itself: e2e/shutdown.test.ts.) */
import { describe, expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, shutdownTimeoutFromEnv } from "./shutdown.ts";

describe("the shutdown bound", () => {
  it("is ten seconds unless set", () => {
    expect(DEFAULT_SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(shutdownTimeoutFromEnv({})).toBe(10_000);
    expect(shutdownTimeoutFromEnv({ KECHUANG_SHUTDOWN_TIMEOUT_MS: "" })).toBe(10_000);
    expect(shutdownTimeoutFromEnv({ KECHUANG_SHUTDOWN_TIMEOUT_MS: "2500" })).toBe(2_500);
    expect(shutdownTimeoutFromEnv({ KECHUANG_SHUTDOWN_TIMEOUT_MS: "0" })).toBe(0);
  });

  it("refuses what is not a whole number of milliseconds in range", () => {
    for (const bad of ["-1", "1.5", "ten", "3600001"]) expect(() => shutdownTimeoutFromEnv({ KECHUANG_SHUTDOWN_TIMEOUT_MS: bad }), bad).toThrow(/KECHUANG_SHUTDOWN_TIMEOUT_MS/);
  });
});
