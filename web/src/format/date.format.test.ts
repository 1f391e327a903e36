import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date.format.ts";

describe("formatDateTime", () => {
  it("shows a timestamp as date and minutes in the given zone, the same in both languages", () => {
    expect(formatDateTime("2025-03-07T06:05:09.123Z", "zh", "Asia/Shanghai")).toBe("2025-03-07 14:05");
    expect(formatDateTime("2025-03-07T06:05:09.123Z", "en", "Asia/Shanghai")).toBe("2025-03-07 14:05");
    expect(formatDateTime("2024-12-31T16:00:00Z", "zh", "Asia/Shanghai")).toBe("2025-01-01 00:00");
  });

  it("leaves text that is no date as it is", () => {
    expect(formatDateTime("not a date", "zh")).toBe("not a date");
  });
});
