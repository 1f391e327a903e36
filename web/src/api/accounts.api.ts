/** Accounts (账号管理, administrators only): the list, creating an account and changing one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { UserResponse, type CreateUserRequest, type UpdateUserRequest } from "../../../contract/accounts.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, requestAllPages } from "./client.ts";

/** Query key of the account list. */
export const usersKey = ["users"] as const;

/** GET /api/users — every account, for administrators; `enabled` false holds the request back. */
export function useUsers(enabled = true) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: usersKey, enabled, queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/users", { params: { query: page }, ...inLanguage(lang, signal) }), UserResponse) });
}

/** POST /api/users — creates an account; errors name the field (`username`, `scopes[0].code`, `password`). */
export function useCreateUser() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => request(() => api.POST("/api/users", { body, ...inLanguage(lang) }), UserResponse),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: usersKey }), queryClient.invalidateQueries({ queryKey: ["audit"] })]),
  });
}

/** PATCH /api/users/{id} — role, scopes, active, name, a temporary password, with a reason. */
export function useUpdateUser() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: UpdateUserRequest }) => request(() => api.PATCH("/api/users/{id}", { params: { path: { id } }, body: change, ...inLanguage(lang) }), UserResponse),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: usersKey }), queryClient.invalidateQueries({ queryKey: ["audit"] })]),
  });
}
