import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { acceptLanguage, interpolate, translate } from "./translate.ts";
import { zh } from "./zh.ts";

describe("translate", () => {
  it("has an English string for every Chinese key and none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe("");
  });

  it("interpolates placeholders and leaves unknown ones", () => {
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(translate("zh", "status.achieved")).toBe("已完成");
    expect(translate("en", "status.on_track")).toBe("On track");
  });

  it("maps languages to Accept-Language", () => {
    expect(acceptLanguage("zh")).toBe("zh-CN");
    expect(acceptLanguage("en")).toBe("en");
  });
});
