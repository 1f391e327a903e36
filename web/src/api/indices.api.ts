/**
 * Evaluations (评价): index definitions, the ranking, rank intervals and explanations of a draft
 * (the builder's unsaved tree and pipeline), import from CSV, save, and export links.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  ComputeResponse,
  ExplainResponse,
  IndexDefinitionResponse,
  IndexDefinitionSummary,
  SensitivityResponse,
  UncertaintyResponse,
  type AnalysisBase,
  type ImportIndexRequest,
  type SaveIndexDefinitionRequest,
} from "../../../contract/indices.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, type CallOptions, type Reply } from "./client.ts";

export const indexKeys = {
  all: ["indices"] as const,
  one: (code: string) => ["indices", code] as const,
};

/** GET /api/indices. */
export function useIndexList() {
  const { lang } = useLanguage();
  return useQuery({ queryKey: indexKeys.all, queryFn: ({ signal }) => request(() => api.GET("/api/indices", inLanguage(lang, signal)), z.array(IndexDefinitionSummary)) });
}

/** GET /api/indices/{code}. */
export function useIndexDefinition(code: string | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: indexKeys.one(code ?? ""),
    enabled: !!code,
    queryFn: ({ signal }) => request(() => api.GET("/api/indices/{code}", { params: { path: { code: code! } }, ...inLanguage(lang, signal) }), IndexDefinitionResponse),
  });
}

/** An analysis POST keyed by its body; the previous result stays on screen while a new one loads. */
function useAnalysis<B extends object, S extends z.ZodType>(
  code: string | undefined,
  name: string,
  body: B | null,
  schema: S,
  send: (path: { code: string }, body: B, options: CallOptions) => Promise<Reply<unknown>>,
) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: [...indexKeys.one(code ?? ""), name, body],
    enabled: !!code && body !== null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => request(() => send({ code: code! }, body!, inLanguage(lang, signal)), schema),
  });
}

/** POST /api/indices/{code}/compute of a draft. */
export const useRanking = (code: string | undefined, draft: AnalysisBase | null) => useAnalysis(code, "compute", draft, ComputeResponse, (path, body, options) => api.POST("/api/indices/{code}/compute", { params: { path }, body, ...options }));

/** POST /api/indices/{code}/uncertainty of a draft, seeded. */
export const useRankIntervals = (code: string | undefined, draft: AnalysisBase | null, replications = 200, seed = 1) =>
  useAnalysis(code, "uncertainty", draft && { ...draft, replications, seed }, UncertaintyResponse, (path, body, options) =>
    api.POST("/api/indices/{code}/uncertainty", { params: { path }, body, ...options }),
  );

/** POST /api/indices/{code}/sensitivity of a draft, seeded; base sample size `n`. */
export const useSensitivity = (code: string | undefined, draft: AnalysisBase | null, n = 64, seed = 1) =>
  useAnalysis(code, "sensitivity", draft && { ...draft, n, seed }, SensitivityResponse, (path, body, options) =>
    api.POST("/api/indices/{code}/sensitivity", { params: { path }, body, ...options }),
  );

/** POST /api/indices/{code}/explain of one place, with its change since the year before. */
export const useExplanation = (code: string | undefined, draft: AnalysisBase | null, unit: string | null, compareYear?: number) =>
  useAnalysis(code, "explain", draft && unit ? { ...draft, unit, compareYear } : null, ExplainResponse, (path, body, options) =>
    api.POST("/api/indices/{code}/explain", { params: { path }, body, ...options }),
  );

/** POST /api/indices/import. */
export function useImportIndex() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportIndexRequest) => request(() => api.POST("/api/indices/import", { body, ...inLanguage(lang) }), IndexDefinitionResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indexKeys.all }),
  });
}

/** PUT /api/indices/{code}. */
export function useSaveIndex() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveIndexDefinitionRequest) =>
      request(() => api.PUT("/api/indices/{code}", { params: { path: { code: body.code } }, body, ...inLanguage(lang) }), IndexDefinitionResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indexKeys.all }),
  });
}

/** Download address of an export (a link, not a fetch: the browser saves the file). */
export function exportUrl(code: string, table: "imeta" | "idata" | "pipeline" | "ranking"): string {
  return `/api/indices/${encodeURIComponent(code)}/export?table=${table}`;
}
