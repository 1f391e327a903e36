import { describe, expect, it } from "vitest";
import { changedFields, displayValue, sameValue } from "./audit-diff.ts";

const words = { none: "—", yes: "是", no: "否" };

describe("changedFields", () => {
  const before = { id: 3, username: "sp", role: "reporter", scopes: [{ kind: "place", code: "500106" }], active: true };

  it("lists only the fields that changed, in the new state's order", () => {
    const after = { ...before, role: "reviewer", active: false };
    expect(changedFields(before, after)).toEqual([
      { field: "role", before: "reporter", after: "reviewer" },
      { field: "active", before: true, after: false },
    ]);
  });

  it("compares lists and records by content, ignoring key order", () => {
    const reordered = { ...before, scopes: [{ code: "500106", kind: "place" }] };
    expect(changedFields(before, reordered)).toEqual([]);
    const widened = { ...before, scopes: [...before.scopes, { kind: "body", code: "cq-stats" }] };
    expect(changedFields(before, widened).map((c) => c.field)).toEqual(["scopes"]);
  });

  it("lists every field of a creation and of a deletion, and fields that appear or vanish", () => {
    expect(changedFields(null, { a: 1, b: "x" })).toEqual([
      { field: "a", before: undefined, after: 1 },
      { field: "b", before: undefined, after: "x" },
    ]);
    expect(changedFields({ a: 1 }, null)).toEqual([{ field: "a", before: 1, after: undefined }]);
    expect(changedFields({ a: 1, gone: 2 }, { a: 1, added: 3 })).toEqual([
      { field: "added", before: undefined, after: 3 },
      { field: "gone", before: 2, after: undefined },
    ]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it("treats plain values as one unnamed field", () => {
    expect(changedFields(5, 6)).toEqual([{ field: "", before: 5, after: 6 }]);
    expect(changedFields("a", "a")).toEqual([]);
    expect(changedFields(null, [1])).toEqual([{ field: "", before: null, after: [1] }]);
  });

  it("counts null and a missing value as the same", () => {
    expect(sameValue({ a: null }, {})).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe("displayValue", () => {
  it("shows plain values as text, booleans as yes or no, nothing as a dash", () => {
    expect(displayValue("沙坪坝区", words)).toBe("沙坪坝区");
    expect(displayValue(1005.3, words)).toBe("1005.3");
    expect(displayValue(false, words)).toBe("否");
    expect(displayValue(null, words)).toBe("—");
    expect(displayValue(undefined, words)).toBe("—");
    expect(displayValue([], words)).toBe("—");
  });

  it("joins lists and spells out flat records; only nested data stays JSON", () => {
    expect(displayValue(["a", "b"], words)).toBe("a、b");
    expect(displayValue([{ kind: "place", code: "500106" }], words)).toBe("kind: place, code: 500106");
    expect(displayValue({ failures: 5, until: "2025-01-01T00:00:00Z" }, words)).toBe("failures: 5, until: 2025-01-01T00:00:00Z");
    expect(displayValue({ a: { b: 1 } }, words)).toBe('{"a":{"b":1}}');
  });
});
