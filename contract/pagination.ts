/**
 * Paging of list endpoints: `limit` (default 100, at most 1000) and `cursor`, the opaque position
 * after the last item of the previous page. The body stays the JSON array of items; the next page's
 * cursor comes in the `X-Next-Cursor` header and as `Link: <…>; rel="next"`, both absent on the last
 * page. A client that ignores them gets the first page, as before.
 */
import { z } from "zod";

export const PAGE_SIZE = { default: 100, max: 1000 } as const;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).default(PAGE_SIZE.default).describe(`Items per page (default ${PAGE_SIZE.default}, at most ${PAGE_SIZE.max}).`),
  cursor: z.string().max(512).optional().describe("Where the page starts: the X-Next-Cursor of the previous page. Opaque; a malformed cursor gets 400 naming `cursor`."),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** Name of the header carrying the next page's cursor. */
export const NEXT_CURSOR_HEADER = "X-Next-Cursor";
