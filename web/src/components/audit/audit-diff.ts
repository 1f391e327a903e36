/**
 * Before → after of an audit entry as a list of changed fields, and plain-text display of a field's
 * value, so the audit log reads as "角色: 填报员 → 审核员" rather than two JSON documents.
 */

/** One field that differs between the state before and after a change. */
export interface FieldChange {
  /** The field's name; "" when the whole value is a single number or text. */
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined && value[k] !== null)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether two values are the same data (deep, key order ignored; null and missing alike). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The fields whose values differ, in the order they appear after the change (then those only
 * before it). A creation (nothing before) lists every field of the new state; a deletion, every
 * field of the old one. Values that are not objects compare as one unnamed field.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const objectLike = (v: unknown) => v === null || v === undefined || isRecord(v);
  if (!objectLike(before) || !objectLike(after)) return sameValue(before, after) ? [] : [{ field: "", before, after }];
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return fields.filter((f) => !sameValue(old[f], now[f])).map((field) => ({ field, before: old[field], after: now[field] }));
}

/** Words for the values that have no text of their own. */
export interface ValueWords {
  none: string;
  yes: string;
  no: string;
}

/**
 * A value as short text: text and numbers as they are, yes/no for booleans, lists joined with 、,
 * flat records as "key: value" pairs; only deeper structures fall back to JSON.
 */
export function displayValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === "") return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map((v) => displayValue(v, words)).join("、");
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.every(([, v]) => v === null || typeof v !== "object")) return entries.map(([k, v]) => `${k}: ${displayValue(v, words)}`).join(", ");
  }
  return JSON.stringify(value);
}
