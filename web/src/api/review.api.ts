/**
 * Query hooks of plan documents and review: importing a file (sent as JSON with its bytes in base64),
 * a plan's review data, one decision on a statement, marking a plan reviewed, and 规划衔接.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { AlignmentResponse } from "../../../contract/alignment.ts";
import { ImportDocumentResponse, type ImportDocumentJson } from "../../../contract/documents.ts";
import { ClassifyDocumentResponse, CompleteReviewRequest, type ClassifyDocumentRequest,
  DecisionResponse, ReviewActionResponse, ReviewResponse, type ReviewAction } from "../../../contract/review.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request } from "./client.ts";
import { planKeys } from "./plans.api.ts";

export const reviewKeys = {
  review: (code: string) => ["review", code] as const,
  decisions: (code: string) => ["review", code, "decisions"] as const,
  alignment: (code: string, other: string) => ["alignment", code, other] as const,
};

/** Base64 of a file's bytes, in chunks so large documents do not overflow the argument list. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** POST /api/documents — imports a file; the plan list is refreshed. */
export function useImportDocument() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportDocumentJson) => request(() => api.POST("/api/documents", { body, ...inLanguage(lang) }), ImportDocumentResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

/** POST /api/plans/:code/withdraw — takes a plan back (kept, with who and why); the plan list is refreshed. */
export function useWithdrawPlan() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) =>
      request(() => api.POST("/api/plans/{code}/withdraw", { params: { path: { code } }, body: { reason }, ...inLanguage(lang) }), z.object({ code: z.string(), status: z.literal("withdrawn") })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

/** GET /api/plans/:code/review — text, outline and statements. */
export function useReview(code: string) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: reviewKeys.review(code),
    queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}/review", { params: { path: { code } }, ...inLanguage(lang, signal) }), ReviewResponse),
  });
}

/** GET /api/plans/:code/decisions — every decision with who took it, oldest first. */
export function useDecisions(code: string, enabled: boolean) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: reviewKeys.decisions(code),
    enabled,
    queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}/decisions", { params: { path: { code } }, ...inLanguage(lang, signal) }), z.array(DecisionResponse)),
  });
}

/** POST /api/statements/:id/decisions; refreshes the review and everything computed from targets and values. */
export function useDecideStatement(code: string) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: ReviewAction }) =>
      request(() => api.POST("/api/statements/{id}/decisions", { params: { path: { id } }, body: action, ...inLanguage(lang) }), ReviewActionResponse),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.review(code) }),
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["indicators"] }),
        queryClient.invalidateQueries({ queryKey: ["values"] }),
      ]);
    },
  });
}

/** PATCH /api/plans/:code/document — corrects the document's kind and year; the review and plan lists are refreshed. */
export function useClassifyDocument(code: string) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClassifyDocumentRequest) => request(() => api.PATCH("/api/plans/{code}/document", { params: { path: { code } }, body, ...inLanguage(lang) }), ClassifyDocumentResponse),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: reviewKeys.review(code) }), queryClient.invalidateQueries({ queryKey: planKeys.all })]);
    },
  });
}

/** POST /api/plans/:code/review/complete — the plan becomes active. */
export function useCompleteReview(code: string) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteReviewRequest) => request(() => api.POST("/api/plans/{code}/review/complete", { params: { path: { code } }, body, ...inLanguage(lang) }), DecisionResponse),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: reviewKeys.review(code) }), queryClient.invalidateQueries({ queryKey: planKeys.all })]);
    },
  });
}

/** GET /api/plans/:code/alignment?with=OTHER — disabled until another plan is chosen. */
export function useAlignment(code: string, other: string | undefined) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: reviewKeys.alignment(code, other ?? ""),
    enabled: !!other,
    queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}/alignment", { params: { path: { code }, query: { with: other! } }, ...inLanguage(lang, signal) }), AlignmentResponse),
  });
}
