/**
 * The signed-in person (会话): who is signed in, signing in and out, and changing one's own password.
 * The CSRF token every write needs is taken from each session answer; after signing in or out every
 * query is refreshed, since what a person may read changes with who they are.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { SessionResponse, UserResponse, type ChangePasswordRequest, type LoginRequest } from "../../../contract/accounts.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, setCsrfToken } from "./client.ts";

/** Query key of the session. */
export const sessionKey = ["session"] as const;

const SIGNED_OUT: SessionResponse = { user: null, csrfToken: null };

/** Stores a session answer and its CSRF token, then refreshes what the new person may see. */
async function adoptSession(queryClient: QueryClient, session: SessionResponse): Promise<void> {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKey, session);
  await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

/** GET /api/session — the signed-in person (`user` null for the public). */
export function useSession() {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      const session = await request(() => api.GET("/api/session", inLanguage(lang, signal)), SessionResponse);
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 5 * 60 * 1000,
  });
}

/** The signed-in person, null for the public, undefined while the session is still being read. */
export function useCurrentUser(): UserResponse | null | undefined {
  const session = useSession();
  if (session.data) return session.data.user;
  return session.isError ? null : undefined;
}

/** POST /api/session — signs in; errors (wrong password, 429 throttle) are `ApiError` with the server's message. */
export function useSignIn() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    // Keyed under the session, so a refused sign-in (401) is not taken for an ended session.
    mutationKey: [...sessionKey, "sign-in"],
    mutationFn: (body: LoginRequest) => request(() => api.POST("/api/session", { body, ...inLanguage(lang) }), SessionResponse),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}

/** DELETE /api/session — signs out, forgets the CSRF token and drops cached internal data. */
export function useSignOut() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(() => api.DELETE("/api/session", inLanguage(lang)), SessionResponse),
    // Signed out locally even when the server could not be told (the cookie may already be gone).
    onSettled: async () => {
      await adoptSession(queryClient, SIGNED_OUT);
      queryClient.removeQueries({ type: "inactive" });
    },
  });
}

/** PUT /api/session/password — changes one's own password; the session then no longer asks for it. */
export function useChangePassword() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => request(() => api.PUT("/api/session/password", { body, ...inLanguage(lang) }), UserResponse),
    onSuccess: (user) => {
      queryClient.setQueryData<SessionResponse>(sessionKey, (session) => (session ? { ...session, user } : session));
    },
  });
}
