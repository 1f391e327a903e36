/**
 * Data values (指标数据): the query of values, recording one, a value's history, withdrawing one,
 * importing a long-format file (导入数据), and the roll-up (汇总) of district figures to the city.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { BatchResponse, RollupResponse, SubmissionResponse } from "../../../contract/reporting.ts";
import { DataValueResponse, DataValueRevision, type CreateDataValueRequest } from "../../../contract/values.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, uploadForm } from "./client.ts";
import { planKeys } from "./plans.api.ts";
import { refreshReporting } from "./rounds.api.ts";

/** Filters of GET /api/values. */
export interface ValueFilter {
  indicator?: string;
  place?: string;
  period?: string;
  status?: "approved" | "withdrawn";
}

/** GET /api/values — values matching the filter. */
export function useValues(filter: ValueFilter, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["values", filter],
    enabled,
    queryFn: ({ signal }) =>
      request(() => api.GET("/api/values", { params: { query: { indicator: filter.indicator || undefined, place: filter.place || undefined, period: filter.period || undefined, status: filter.status } }, ...inLanguage(lang, signal) }), z.array(DataValueResponse)),
  });
}

/** POST /api/values; on success every plan and value query is refreshed. Errors are `ApiError`. */
export function useCreateValue() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDataValueRequest) =>
      request(() => api.POST("/api/values", { body, ...inLanguage(lang) }), DataValueResponse),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["values"] }),
      ]);
    },
  });
}

/** GET /api/values/:id/history — every revision, oldest first; disabled without an id. */
export function useValueHistory(id: number | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["values", "history", id],
    enabled: id !== undefined,
    queryFn: ({ signal }) => request(() => api.GET("/api/values/{id}/history", { params: { path: { id: id! } }, ...inLanguage(lang, signal) }), z.array(DataValueRevision)),
  });
}

/** POST /api/values/:id/withdraw — the office withdraws at once; a reporter's request waits for a reviewer. */
export function useWithdrawValue() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      request(
        () => api.POST("/api/values/{id}/withdraw", { params: { path: { id } }, body: { reason }, ...inLanguage(lang) }),
        z.object({ submission: SubmissionResponse.nullable(), withdrawn: z.boolean() }),
      ),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** POST /api/values/import — a long-format .xlsx/.csv as approved figures, all or nothing (422 locates every error). */
export function useImportValues() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => request(() => api.POST("/api/values/import", { ...uploadForm(file), ...inLanguage(lang) }), BatchResponse),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** GET /api/rollup — children's figures summed to each parent place; disabled until `enabled`. */
export function useRollup(indicator: string, period: string | undefined, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["rollup", indicator, period],
    enabled: enabled && period !== undefined,
    queryFn: ({ signal }) => request(() => api.GET("/api/rollup", { params: { query: { indicator, period: period! } }, ...inLanguage(lang, signal) }), RollupResponse),
  });
}
