/**
 * 统一社会信用代码 — the unified social credit code of GB 32100-2015: 18 characters from a 31-letter
 * alphabet (digits and capitals without I, O, Z, S, V): 登记管理部门代码 (1), 机构类别代码 (1),
 * 登记管理机关行政区划码 (6), 主体标识码 (9, the GB 11714 organisation code) and a check character.
 */

/** The code's alphabet; a character's value is its index. */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weights of positions 1–17: Wᵢ = 3^(i−1) mod 31. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** Why a code is refused. */
export type CreditCodeProblem = "length" | "character" | "check-digit";

/** A checked code: the normalised text (upper case, full-width folded) or the reason it fails. */
export type CreditCodeCheck = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem; expected?: string };

/** Check character: C₁₈ = 31 − (Σ Cᵢ·Wᵢ mod 31), with 31 written as 0 (GB 32100-2015 §5). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? "");
    if (value < 0) throw new Error(`not a credit code character: ${first17[i]}`);
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] ?? "0";
}

/** Normalises (NFKC, trim, upper case) and checks length, alphabet and check character. */
export function checkCreditCode(text: string): CreditCodeCheck {
  const code = text.normalize("NFKC").trim().toUpperCase();
  if (code.length !== 18) return { ok: false, problem: "length" };
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return { ok: false, problem: "character" };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, problem: "check-digit", expected };
  return { ok: true, code };
}

/** True when the text is a valid credit code. */
export function isValidCreditCode(text: string): boolean {
  return checkCreditCode(text).ok;
}

/** Messages for a refused code, zh-CN and English. */
export function creditCodeMessage(problem: CreditCodeProblem): { zh: string; en: string } {
  switch (problem) {
    case "length":
      return { zh: "统一社会信用代码应为18位", en: "a unified social credit code has 18 characters" };
    case "character":
      return { zh: "统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）", en: "the credit code holds a character outside its alphabet (no I, O, Z, S, V)" };
    case "check-digit":
      return { zh: "统一社会信用代码校验位不符（GB 32100-2015）", en: "the credit code's check character is wrong (GB 32100-2015)" };
  }
}

/** Completes 17 characters with their check character. */
export function withCheckCharacter(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
