import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkCreditCode, CREDIT_CODE_ALPHABET, creditCodeCheckCharacter, withCheckCharacter } from "./credit-code.ts";

// The example printed in GB 32100-2015 and two codes of listed companies as published on their filings.
const VALID = ["91350100M000100Y43", "91110000802100433B", "91110108551385082Q"];

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts valid codes, folding full-width forms, lower case and spaces", () => {
    for (const code of VALID) expect(checkCreditCode(code)).toEqual({ ok: true, code });
    expect(checkCreditCode(" 91350100m000100y43 ")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(checkCreditCode("９１３５０１００Ｍ０００１００Ｙ４３").ok).toBe(true);
  });
  it("refuses a wrong check character and names the expected one", () => {
    expect(checkCreditCode("91350100M000100Y44")).toEqual({ ok: false, problem: "check-digit", expected: "3" });
    expect(checkCreditCode("91350100M000100Y4")).toEqual({ ok: false, problem: "length" });
    expect(checkCreditCode("91350100M000100O43")).toEqual({ ok: false, problem: "character" });
    expect(checkCreditCode("91350100M000100I43")).toEqual({ ok: false, problem: "character" });
  });
  it("computes a check character of 31 as 0", () => {
    // Find a body whose weighted sum is ≡ 0 (mod 31): its check character is 0.
    const body = "9150000020280232";
    const code = [...CREDIT_CODE_ALPHABET].map((c) => body + c).find((b) => creditCodeCheckCharacter(b) === "0");
    expect(code).toBeDefined();
  });
  it("detects every single-character corruption of a valid code", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(17), fc.constantFrom(...CREDIT_CODE_ALPHABET), (code, at, ch) => {
        fc.pre(code[at] !== ch);
        const corrupted = code.slice(0, at) + ch + code.slice(at + 1);
        expect(checkCreditCode(corrupted).ok).toBe(false);
      }),
    );
  });
  it("detects a swap of two adjacent different characters before the check character", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-HJ-NP-RTUWXY]{17}$/), fc.nat(15), (body, at) => {
        fc.pre(body[at] !== body[at + 1]);
        const code = withCheckCharacter(body);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(checkCreditCode(swapped).ok).toBe(false);
      }),
    );
  });
});
