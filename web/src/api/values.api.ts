/**
 * Data values (指标数据): the query of values, recording one, a value's history, withdrawing one,
 * importing a long-format file (导入数据), and the roll-up (汇总) of district figures to the city.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { BatchResponse, RollupResponse, SubmissionResponse } from "../../../contract/reporting.ts";
import { DataValueResponse, DataValueRevision, type CreateDataValueRequest } from "../../../contract/values.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { queryString, requestJson } from "./client.ts";
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
      requestJson(`/api/values${queryString({ ...filter })}`, z.array(DataValueResponse), { lang, signal }),
  });
}

/** POST /api/values; on success every plan and value query is refreshed. Errors are `ApiError`. */
export function useCreateValue() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDataValueRequest) =>
      requestJson("/api/values", DataValueResponse, { lang, method: "POST", body: request }),
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
    queryFn: ({ signal }) => requestJson(`/api/values/${id}/history`, z.array(DataValueRevision), { lang, signal }),
  });
}

/** POST /api/values/:id/withdraw — the office withdraws at once; a reporter's request waits for a reviewer. */
export function useWithdrawValue() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      requestJson(`/api/values/${id}/withdraw`, z.object({ submission: SubmissionResponse.nullable(), withdrawn: z.boolean() }), { lang, method: "POST", body: { reason } }),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** POST /api/values/import — a long-format .xlsx/.csv as approved figures, all or nothing (422 locates every error). */
export function useImportValues() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set("file", file, file.name);
      return requestJson("/api/values/import", BatchResponse, { lang, method: "POST", body: form });
    },
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** GET /api/rollup — children's figures summed to each parent place; disabled until `enabled`. */
export function useRollup(indicator: string, period: string | undefined, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["rollup", indicator, period],
    enabled: enabled && period !== undefined,
    queryFn: ({ signal }) => requestJson(`/api/rollup${queryString({ indicator, period })}`, RollupResponse, { lang, signal }),
  });
}
