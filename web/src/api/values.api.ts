/** Data values (指标数据): the query of values and the mutation that records a new one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { DataValueResponse, type CreateDataValueRequest } from "../../../contract/values.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { queryString, requestJson } from "./client.ts";
import { planKeys } from "./plans.api.ts";

/** Filters of GET /api/values. */
export interface ValueFilter {
  indicator?: string;
  place?: string;
  period?: string;
}

/** GET /api/values — values matching the filter. */
export function useValues(filter: ValueFilter) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["values", filter],
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
