import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.ts";

describe("escapeHtml", () => {
  it("turns markup in names into text", () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(escapeHtml("R&D 'share'")).toBe("R&amp;D &#39;share&#39;");
  });

  it("escapes an ampersand once, leaves other text and Chinese alone, and accepts numbers", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
    expect(escapeHtml("沙坪坝区 · 研发投入")).toBe("沙坪坝区 · 研发投入");
    expect(escapeHtml(3.5)).toBe("3.5");
  });
});
