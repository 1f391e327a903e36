import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonProblem, MAX_DEPTH, MAX_STRING } from "./request-shape.middleware.ts";

describe("the shape of a JSON body", () => {
  it("names the first NUL, over-long string or over-deep nesting by its path", () => {
    expect(jsonProblem({ entries: [{ note: "ok" }, { note: "a\u0000b" }] })?.field).toBe("entries[1].note");
    expect(jsonProblem({ ["k\u0000"]: 1 })?.field).toBe("k\u0000");
    expect(jsonProblem({ title: "x".repeat(MAX_STRING + 1) })?.messages.zh).toContain(`最多 ${MAX_STRING} 个字符`);
    expect(jsonProblem({ title: "x".repeat(MAX_STRING + 1) }, MAX_STRING * 2)).toBeNull();
    const deep = JSON.parse(`{"a":${"[".repeat(MAX_DEPTH)}${"]".repeat(MAX_DEPTH)}}`);
    expect(jsonProblem(deep)?.field).toMatch(/^a(\[0\])+$/);
    expect(jsonProblem(JSON.parse("[".repeat(100_000) + "]".repeat(100_000)))?.messages.en).toContain("nested too deeply");
  });

  it("accepts any body without NUL, long strings or deep nesting", () => {
    const clean = fc.json({ maxDepth: 5 }).map((text) => JSON.parse(text.replace(/\\u0000/g, "")));
    fc.assert(fc.property(clean, (body) => jsonProblem(body) === null));
  });
});
