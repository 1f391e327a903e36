/**
 * Evaluations (评价): index definitions, the ranking, rank intervals and explanations of a draft
 * (the builder's unsaved tree and pipeline), import from CSV, save, and export links. Rank intervals
 * and sensitivity run as server jobs whose progress is read while they run.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import {
  ComputeResponse,
  ExplainResponse,
  IndexDefinitionResponse,
  IndexDefinitionSummary,
  AnalysisJob,
  type AnalysisBase,
  type ImportIndexRequest,
  type SensitivityRequest,
  type UncertaintyRequest,
  type SaveIndexDefinitionRequest,
} from "../../../contract/indices.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import type { Language } from "../i18n/translate.ts";
import { api, inLanguage, request, requestAllPages, type CallOptions, type Reply } from "./client.ts";

export const indexKeys = {
  all: ["indices"] as const,
  one: (code: string) => ["indices", code] as const,
};

/** GET /api/indices. */
export function useIndexList() {
  const { lang } = useLanguage();
  return useQuery({ queryKey: indexKeys.all, queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/indices", { params: { query: page }, ...inLanguage(lang, signal) }), IndexDefinitionSummary) });
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

type JobKind = "uncertainty" | "sensitivity";
const running = (job: AnalysisJob | undefined) => job?.status === "queued" || job?.status === "running";

/**
 * A Monte Carlo analysis of a draft as a server job: started when the body settles, read every 300 ms
 * for its progress until it finishes. The last result stays on screen while a new job runs; a job
 * replaced by a new body, or left when the page closes, is cancelled on the server.
 */
function useAnalysisJob<K extends JobKind>(code: string | undefined, kind: K, body: object | null) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const start = useQuery({
    queryKey: [...indexKeys.one(code ?? ""), kind, "job", body],
    enabled: !!code && body !== null,
    // One job per body while it is on screen; a body left is forgotten, its job may expire on the server.
    staleTime: Infinity,
    gcTime: 0,
    queryFn: ({ signal }) => {
      const call = { params: { path: { code: code! } }, ...inLanguage(lang, signal) };
      return request(
        () =>
          kind === "uncertainty"
            ? api.POST("/api/indices/{code}/uncertainty/jobs", { ...call, body: body as UncertaintyRequest })
            : api.POST("/api/indices/{code}/sensitivity/jobs", { ...call, body: body as SensitivityRequest }),
        AnalysisJob,
      );
    },
  });
  const id = start.data?.id;
  const job = useQuery({
    queryKey: jobKey(id),
    enabled: !!id,
    initialData: start.data,
    queryFn: ({ signal }) => request(() => api.GET("/api/analysis-jobs/{id}", { params: { path: { id: id! } }, ...inLanguage(lang, signal) }), AnalysisJob),
    refetchInterval: (q) => (running(q.state.data) ? 300 : false),
  });
  const latest = useRef<AnalysisJob | undefined>(undefined);
  latest.current = job.data;
  useEffect(
    () => () => {
      if (id && running(latest.current)) void cancelJob(id, lang).catch(() => undefined);
    },
    [id, lang],
  );
  const [shown, setShown] = useState<AnalysisJob | undefined>();
  useEffect(() => {
    if (job.data?.status === "succeeded") setShown(job.data);
  }, [job.data]);
  const cancel = useMutation({
    mutationFn: () => cancelJob(id!, lang),
    onSuccess: (cancelled) => queryClient.setQueryData(jobKey(id), cancelled),
  });
  type Result = Extract<AnalysisJob, { kind: K }>["result"];
  return {
    job: job.data,
    /** The latest succeeded job's result. */
    result: (shown?.result ?? undefined) as NonNullable<Result> | undefined,
    running: running(job.data),
    isLoading: start.isLoading,
    error: start.error ?? job.error ?? (job.data?.status === "failed" ? new Error(job.data.error?.message ?? "") : null),
    cancel: () => cancel.mutate(),
  };
}

const jobKey = (id: string | undefined) => ["analysis-jobs", id ?? ""] as const;

/** DELETE /api/analysis-jobs/{id}: the job, now cancelled (or unchanged when it had finished). */
const cancelJob = (id: string, lang: Language) => request(() => api.DELETE("/api/analysis-jobs/{id}", { params: { path: { id } }, ...inLanguage(lang) }), AnalysisJob);

export type AnalysisJobState = ReturnType<typeof useAnalysisJob>;

/** Rank intervals of a draft, seeded, as a job with progress. */
export const useRankIntervals = (code: string | undefined, draft: AnalysisBase | null, replications = 200, seed = 1) =>
  useAnalysisJob(code, "uncertainty", draft && { ...draft, replications, seed });

/** Sensitivity of a draft, seeded, base sample size `n`, as a job with progress. */
export const useSensitivity = (code: string | undefined, draft: AnalysisBase | null, n = 64, seed = 1) =>
  useAnalysisJob(code, "sensitivity", draft && { ...draft, n, seed });

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
