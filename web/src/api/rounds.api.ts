/**
 * Query hooks of reporting rounds (填报轮次): the list, one round, its overview, what it asks of me,
 * opening, changing and publishing a round, saving drafts, submitting, the template and uploads.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Assignment, BatchResponse, RoundDetail, RoundOverview, RoundSummary, SubmissionResponse, type CreateRoundRequest, type DraftEntry, type UpdateRoundRequest } from "../../../contract/reporting.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import type { Language } from "../i18n/translate.ts";
import { api, inLanguage, request, requestAllPages, uploadForm } from "./client.ts";
import { planKeys } from "./plans.api.ts";
import { saveFile } from "./save-file.ts";

export const roundKeys = {
  all: ["rounds"] as const,
  detail: (id: number) => ["rounds", id] as const,
  overview: (id: number) => ["rounds", id, "overview"] as const,
  assignments: (id: number) => ["rounds", id, "assignments"] as const,
};

/** After any reporting change: rounds, submissions, values and everything computed from them. */
export function refreshReporting(queryClient: QueryClient) {
  return Promise.all(
    [roundKeys.all, ["submissions"], ["values"], ["rollup"], planKeys.all, ["audit"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** GET /api/rounds — newest first (scoped people: rounds asking their places or bodies). */
export function useRounds() {
  const { lang } = useLanguage();
  return useQuery({ queryKey: roundKeys.all, queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/rounds", { params: { query: page }, ...inLanguage(lang, signal) }), RoundSummary) });
}

/** GET /api/rounds/:id — the round with its indicators and units. */
export function useRound(id: number) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: roundKeys.detail(id), queryFn: ({ signal }) => request(() => api.GET("/api/rounds/{id}", { params: { path: { id } }, ...inLanguage(lang, signal) }), RoundDetail) });
}

/** GET /api/rounds/:id/overview — progress per unit and the reminders. */
export function useRoundOverview(id: number, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: roundKeys.overview(id), enabled, queryFn: ({ signal }) => request(() => api.GET("/api/rounds/{id}/overview", { params: { path: { id } }, ...inLanguage(lang, signal) }), RoundOverview) });
}

/** GET /api/rounds/:id/assignments — each figure asked of me, last period's value and my submission. */
export function useAssignments(id: number, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: roundKeys.assignments(id), enabled, queryFn: ({ signal }) => request(() => api.GET("/api/rounds/{id}/assignments", { params: { path: { id } }, ...inLanguage(lang, signal) }), z.array(Assignment)) });
}

/** POST /api/rounds — opens a round (plan office). */
export function useCreateRound() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoundRequest) => request(() => api.POST("/api/rounds", { body, ...inLanguage(lang) }), RoundDetail),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** PATCH /api/rounds/:id (close, reopen, due date) or POST …/publish. */
export function useChangeRound() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: UpdateRoundRequest | "publish" }) =>
      change === "publish"
        ? request(() => api.POST("/api/rounds/{id}/publish", { params: { path: { id } }, ...inLanguage(lang) }), RoundDetail)
        : request(() => api.PATCH("/api/rounds/{id}", { params: { path: { id } }, body: change, ...inLanguage(lang) }), RoundDetail),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** PUT /api/rounds/:id/drafts — all or nothing; a 422 lists every problem with its 1-based entry. */
export function useSaveDrafts(id: number) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entries: DraftEntry[]) => request(() => api.PUT("/api/rounds/{id}/drafts", { params: { path: { id } }, body: { entries }, ...inLanguage(lang) }), BatchResponse),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** POST /api/rounds/:id/submit — submits my drafts (all, or the ids given). */
export function useSubmitDrafts(id: number) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => request(() => api.POST("/api/rounds/{id}/submit", { params: { path: { id } }, body: ids ? { ids } : {}, ...inLanguage(lang) }), z.array(SubmissionResponse)),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** POST /api/rounds/:id/upload — a filled template as my drafts; a 422 locates every error by sheet, row and column. */
export function useUploadRoundFile(id: number) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => request(() => api.POST("/api/rounds/{id}/upload", { params: { path: { id } }, ...uploadForm(file), ...inLanguage(lang) }), BatchResponse),
    onSuccess: () => refreshReporting(queryClient),
  });
}

/** GET /api/rounds/:id/template — the round's pre-filled .xlsx, saved by the browser. */
export async function downloadTemplate(id: number, lang: Language): Promise<void> {
  let disposition: string | null = null;
  const file = await request(async () => {
    const reply = await api.GET("/api/rounds/{id}/template", { params: { path: { id } }, parseAs: "blob", ...inLanguage(lang) });
    disposition = reply.response.headers.get("content-disposition");
    return reply;
  });
  saveFile(file, disposition, "template.xlsx");
}
