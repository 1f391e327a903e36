/** The audit log (操作记录): entries newest first, filtered by kind and id, paged backwards with `before`. */
import { useInfiniteQuery } from "@tanstack/react-query";
import { z } from "zod";
import { AuditEntry, type AuditQuery } from "../../../contract/accounts.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request } from "./client.ts";

/** Entries per page of the log. */
export const AUDIT_PAGE_SIZE = 50;

/** The kinds of thing the log records, as GET /api/audit filters them. */
export type AuditEntity = NonNullable<AuditQuery["entity"]>;

/** GET /api/audit — pages of entries; the next page asks for those before the oldest one shown. */
export function useAuditLog(filter: { entity?: AuditEntity; entityId?: string }) {
  const { lang } = useLanguage();
  return useInfiniteQuery({
    queryKey: ["audit", filter],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      request(
        () => api.GET("/api/audit", { params: { query: { entity: filter.entity, entityId: filter.entityId || undefined, limit: AUDIT_PAGE_SIZE, before: pageParam } }, ...inLanguage(lang, signal) }),
        z.array(AuditEntry),
      ),
    getNextPageParam: (page) => (page.length < AUDIT_PAGE_SIZE ? undefined : page.at(-1)!.id),
  });
}
