/** Query hooks of submissions on their way to approval (审核): the list in my scope, approving and returning one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { SubmissionResponse } from "../../../contract/reporting.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, requestAllPages } from "./client.ts";
import { refreshReporting } from "./rounds.api.ts";

/** Filters of GET /api/submissions. */
export interface SubmissionFilter {
  round?: number;
  state?: "draft" | "submitted" | "approved" | "cancelled";
  place?: string;
}

/** GET /api/submissions — scoped by the server to what the person may see. */
export function useSubmissions(filter: SubmissionFilter, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["submissions", filter],
    enabled,
    queryFn: ({ signal }) =>
      requestAllPages((page) => api.GET("/api/submissions", { params: { query: { ...page, round: filter.round, state: filter.state, place: filter.place || undefined } }, ...inLanguage(lang, signal) }), SubmissionResponse),
  });
}

/** POST /api/submissions/:id/approve or …/return, naming the version seen (a stale one gets 409). */
export function useDecideSubmission() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, version, comment }: { id: number; decision: "approve" | "return"; version: number; comment?: string }) =>
      request(() => api.POST(decision === "approve" ? "/api/submissions/{id}/approve" : "/api/submissions/{id}/return", { params: { path: { id } }, body: { version, ...(comment ? { comment } : {}) }, ...inLanguage(lang) }), SubmissionResponse),
    // A refused (stale) decision refreshes too: the list then shows what happened first.
    onSettled: () => refreshReporting(queryClient),
  });
}
