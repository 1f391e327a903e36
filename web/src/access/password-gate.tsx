/**
 * Keeps a person who still holds a one-time password on /account/password: every other page
 * redirects there (with the way back in `?next=`) until the password is changed.
 */
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { useCurrentUser } from "../api/session.api.ts";
import { safeNextPath } from "./next-path.ts";

/** The path of the password page. */
export const PASSWORD_PATH = "/account/password";

/** Renders `children`, or redirects to the password page while the password must be changed. */
export function PasswordGate({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const location = useLocation();
  if (user?.mustChangePassword && location.pathname !== PASSWORD_PATH) {
    // From the login page, the way back is where the login itself was to lead.
    const here = location.pathname === "/login" ? safeNextPath(new URLSearchParams(location.search).get("next")) : location.pathname + location.search;
    return <Navigate replace to={`${PASSWORD_PATH}?next=${encodeURIComponent(here)}`} />;
  }
  return <>{children}</>;
}
