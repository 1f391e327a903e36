/** The enterprise registry (企业库): a page of enterprises, an enterprise's card, the funnel of a place. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { EnterpriseDetail, EnterpriseSummary, FunnelResponse } from "../../../contract/enterprises.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request } from "./client.ts";

/** Filters of the registry list. */
export interface EnterpriseFilter {
  q?: string;
  place: string;
  status?: EnterpriseSummary["holds"][number];
}

/** Enterprises shown per page. */
export const ENTERPRISE_PAGE_SIZE = 50;

/** GET /api/enterprises — one page of the registry from `cursor`. */
export function useEnterprises(filter: EnterpriseFilter, cursor: string | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["enterprises", filter, cursor],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const reply = await api.GET("/api/enterprises", { params: { query: { q: filter.q || undefined, place: filter.place, status: filter.status, limit: ENTERPRISE_PAGE_SIZE, cursor } }, ...inLanguage(lang, signal) });
      const items = await request(async () => reply, z.array(EnterpriseSummary));
      return { items, next: reply.response.headers.get("X-Next-Cursor") ?? undefined };
    },
  });
}

/** GET /api/enterprises/{code} — an enterprise's card. */
export function useEnterprise(code: string | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["enterprise", code],
    enabled: Boolean(code),
    queryFn: ({ signal }) => request(() => api.GET("/api/enterprises/{code}", { params: { path: { code: code! } }, ...inLanguage(lang, signal) }), EnterpriseDetail),
  });
}

/** GET /api/enterprises/funnel — the funnel and 培育库 of a place. */
export function useFunnel(place: string) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["enterprise-funnel", place],
    queryFn: ({ signal }) => request(() => api.GET("/api/enterprises/funnel", { params: { query: { place } }, ...inLanguage(lang, signal) }), FunnelResponse),
  });
}
