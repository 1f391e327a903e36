/** Query hooks of plans (规划): the list, one plan's header, its targets' progress, a target's base-period value. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { PlanDetail, PlanSummary, TargetBaselineResponse, TargetProgress, type SetTargetBaselineRequest } from "../../../contract/plans.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, requestAllPages } from "./client.ts";

/** Query-key roots, so that a data change can invalidate everything computed from values. */
export const planKeys = {
  all: ["plans"] as const,
  detail: (code: string) => ["plans", code] as const,
  progress: (code: string) => ["plans", code, "progress"] as const,
};

/** GET /api/plans — every plan with its status counts. */
export function usePlans() {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: planKeys.all,
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/plans", { params: { query: page }, ...inLanguage(lang, signal) }), PlanSummary),
  });
}

/** GET /api/plans/:code — one plan's header. */
export function usePlan(code: string) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: planKeys.detail(code),
    queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}", { params: { path: { code } }, ...inLanguage(lang, signal) }), PlanDetail),
  });
}

/** GET /api/plans/:code/progress — one row per target. */
export function usePlanProgress(code: string) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: planKeys.progress(code),
    queryFn: ({ signal }) =>
      request(() => api.GET("/api/plans/{code}/progress", { params: { path: { code } }, ...inLanguage(lang, signal) }), z.array(TargetProgress)),
  });
}

/** PUT /api/targets/:id/baseline — the plan office enters the base-period value a relative target needs. */
export function useSetTargetBaseline() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: SetTargetBaselineRequest }) =>
      request(() => api.PUT("/api/targets/{id}/baseline", { params: { path: { id } }, body, ...inLanguage(lang) }), TargetBaselineResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
