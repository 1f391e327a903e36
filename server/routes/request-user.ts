/** Who is acting: the X-User header (percent-encoded when not ASCII), else a body field, else "anonymous". */
import type { Context } from "hono";

export function requestUser(c: Context, fromBody?: string): string {
  const header = c.req.header("x-user");
  if (header) {
    try {
      return decodeURIComponent(header).trim() || "anonymous";
    } catch {
      return header.trim() || "anonymous";
    }
  }
  return fromBody?.trim() || "anonymous";
}
