import { describe, expect, it } from "vitest";
import { fieldErrors, formField } from "./value-form.errors.ts";

const messages = { zh: "期间格式不正确", en: "Invalid period" };

describe("value form errors", () => {
  it("finds the form field an error path names", () => {
    expect(formField("period")).toBe("period");
    expect(formField("body.indicator")).toBe("indicatorCode");
    expect(formField("rows[3].value")).toBe("value");
    expect(formField("reportedBy")).toBeNull();
    expect(formField(null)).toBeNull();
  });

  it("groups messages by field in the requested language", () => {
    const error = { code: "invalid_period", message: messages.zh, messages, field: "period" };
    expect(fieldErrors(error, "en")).toEqual({ byField: { period: ["Invalid period"] }, general: [] });
    expect(fieldErrors({ ...error, field: null }, "zh")).toEqual({ byField: {}, general: ["期间格式不正确"] });
    const details = [
      { field: "value", messages: { zh: "数值过大", en: "Too large" } },
      { field: null, messages },
    ];
    expect(fieldErrors({ ...error, details }, "zh")).toEqual({ byField: { value: ["数值过大"] }, general: ["期间格式不正确"] });
    expect(fieldErrors(null, "zh")).toEqual({ byField: {}, general: [] });
  });
});
