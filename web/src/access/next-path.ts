/** Where to go after signing in or changing a password: the `?next=` path, kept inside this site. */

/** `raw` when it is a path of this site ("/plans/x?y"), else "/"; refuses "//host", "/\\host" and schemes. */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  // Control characters could hide a second slash from the checks above.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return "/";
  return raw;
}

/** The login page's address that returns to `path` afterwards. */
export function loginPath(path: string): string {
  const next = safeNextPath(path);
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}
