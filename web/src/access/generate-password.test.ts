import { describe, expect, it } from "vitest";
import { GENERATED_PASSWORD_LENGTH, generatePassword, PASSWORD_ALPHABET } from "./generate-password.ts";

describe("generatePassword", () => {
  it("makes 16 characters from the alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      for (const char of password) expect(PASSWORD_ALPHABET).toContain(char);
    }
    expect(PASSWORD_ALPHABET).not.toMatch(/[0O1lIo]/);
    expect(new Set(PASSWORD_ALPHABET).size).toBe(PASSWORD_ALPHABET.length);
  });

  it("differs from one call to the next and meets the server's rules (≥ 10 characters, more than two distinct)", () => {
    const passwords = new Set(Array.from({ length: 100 }, () => generatePassword()));
    expect(passwords.size).toBe(100);
    for (const p of passwords) expect(new Set(p).size).toBeGreaterThan(2);
  });

  it("drops bytes that would bias the choice and uses the rest in order", () => {
    // 56 characters: bytes 224–255 are dropped; 0 → A, 57 → B (57 mod 56 = 1), 55 → the last character.
    const bytes = [255, 0, 224, 57, 55];
    const random = (target: Uint8Array) => {
      target.fill(255);
      target.set(bytes.slice(0, target.length));
      return target;
    };
    expect(generatePassword(3, random)).toBe(`AB${PASSWORD_ALPHABET.at(-1)}`);
  });

  it("uses every character about equally often", () => {
    const counts = new Map<string, number>();
    for (const char of generatePassword(56_000)) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(PASSWORD_ALPHABET.length);
    for (const n of counts.values()) expect(n).toBeGreaterThan(700);
  });
});
