/**
 * Cursors of paged lists: the sort key of a page's last item, as base64url JSON, checked against the
 * key's schema when it comes back (anything else is a 400 naming `cursor`); and the response headers
 * that point at the next page. Keys, not offsets: a page starts at the index position of its key,
 * whatever the page number, and rows written meanwhile neither repeat nor vanish.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { NEXT_CURSOR_HEADER } from "../../contract/pagination.ts";
import { AppError } from "../errors/app-error.ts";

export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const malformed = () => new AppError("malformed_request", { zh: "分页游标 cursor 无效：请使用上一页返回的 X-Next-Cursor", en: "cursor is malformed: pass the X-Next-Cursor of the previous page" }, "cursor");

/** The key a cursor carries, or undefined without one; a cursor not made by encodeCursor for this key is refused. */
export function decodeCursor<T>(cursor: string | undefined, key: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw malformed();
  }
  const checked = key.safeParse(parsed);
  if (!checked.success) throw malformed();
  return checked.data;
}

/** A page of a list: the items shown and the key to continue from (null on the last page). */
export interface Page<T, K> {
  items: T[];
  next: K | null;
}

/** From `limit + 1` rows read, the page of `limit` and the key of its last row when more follow. */
export function pageOf<R, K>(rows: R[], limit: number, keyOf: (row: R) => K): Page<R, K> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? keyOf(last) : null };
}

/** Points the response at the next page (X-Next-Cursor and Link rel="next"), when there is one. */
export function linkNextPage(c: Context, next: readonly unknown[] | null): void {
  if (next === null) return;
  const cursor = encodeCursor(next);
  const url = new URL(c.req.url);
  url.searchParams.set("cursor", cursor);
  c.header(NEXT_CURSOR_HEADER, cursor);
  c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
}

type KeyPart = string | number;

function compareKeys(a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A page of a list already read and ordered by `keyOf` (ascending), after the item whose key is
 * `after`. For configuration-sized tables (indicators, places, bodies, accounts, rounds, index
 * definitions), whose lists are read whole anyway; when that item is gone, the page starts at the
 * first key beyond it.
 */
export function pageAfter<T, K extends readonly KeyPart[]>(items: readonly T[], limit: number, after: K | undefined, keyOf: (item: T) => K): Page<T, K> {
  let start = 0;
  if (after !== undefined) {
    const at = items.findIndex((item) => compareKeys(keyOf(item), after) === 0);
    start = at >= 0 ? at + 1 : Math.max(0, items.findIndex((item) => compareKeys(keyOf(item), after) > 0));
    if (at < 0 && !items.some((item) => compareKeys(keyOf(item), after) > 0)) start = items.length;
  }
  return pageOf(items.slice(start, start + limit + 1), limit, keyOf);
}

/** Reads a page query's cursor as `key`, pages `items` after it, links the next page; returns the page's items. */
export function respondPage<T, K extends readonly KeyPart[]>(c: Context, query: { limit: number; cursor?: string }, key: z.ZodType<K>, items: readonly T[], keyOf: (item: T) => K): T[] {
  const page = pageAfter(items, query.limit, decodeCursor(query.cursor, key), keyOf);
  linkNextPage(c, page.next);
  return page.items;
}
