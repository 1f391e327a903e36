/** Query hooks of 工作体系: a plan's tasks, one task's detail, progress reports and their review, the supervision list and a 督办单. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { ProgressListItem, ProgressResponse, SupervisionResponse, TaskDecisionResponse, TaskDetailResponse, TaskResponse, type ProgressRequest, type TaskDecision } from "../../../contract/tasks.ts";
import type { Language } from "../i18n/translate.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, requestAllPages } from "./client.ts";
import { saveFile } from "./save-file.ts";

const taskKeys = { all: ["tasks"] as const, plan: (code: string, asOf?: string) => ["tasks", "plan", code, asOf ?? ""] as const, detail: (id: number) => ["tasks", "detail", id] as const };

/** After any task change: the task lists, details, progress and supervision, and the audit log. */
const refreshTasks = (queryClient: QueryClient) => Promise.all([taskKeys.all, ["audit"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/** GET /api/plans/:code/tasks — every task, standing as of `asOf` (today when empty). */
export function usePlanTasks(code: string, asOf?: string, enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: taskKeys.plan(code, asOf),
    enabled,
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/plans/{code}/tasks", { params: { path: { code }, query: { ...page, limit: 1000, asOf } }, ...inLanguage(lang, signal) }), TaskResponse),
  });
}

/** GET /api/tasks/:id — the task, its progress reports and its history. */
export function useTask(id: number) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: taskKeys.detail(id), queryFn: ({ signal }) => request(() => api.GET("/api/tasks/{id}", { params: { path: { id }, query: {} }, ...inLanguage(lang, signal) }), TaskDetailResponse) });
}

/** GET /api/plans/:code/supervision — late items by lead body as of `asOf`. */
export function useSupervision(code: string, asOf?: string) {
  const { lang } = useLanguage();
  return useQuery({ queryKey: ["tasks", "supervision", code, asOf ?? ""], queryFn: ({ signal }) => request(() => api.GET("/api/plans/{code}/supervision", { params: { path: { code }, query: { asOf } }, ...inLanguage(lang, signal) }), SupervisionResponse) });
}

/** GET /api/progress — reports of a plan (scoped people: their bodies' only). */
export function useProgressList(planCode: string, review?: "draft" | "submitted" | "approved" | "returned") {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["tasks", "progress", planCode, review ?? ""],
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/progress", { params: { query: { ...page, planCode, review } }, ...inLanguage(lang, signal) }), ProgressListItem),
  });
}

/** POST /api/plans/:code/tasks/draft — drafts the plan's tasks from its outline (plan office). */
export function useDraftTasks(code: string) {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => request(() => api.POST("/api/plans/{code}/tasks/draft", { params: { path: { code } }, ...inLanguage(lang) })), onSettled: () => refreshTasks(queryClient) });
}

/** POST /api/tasks/:id/decisions — accept, edit, reject, merge, split. */
export function useDecideTask() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: TaskDecision }) => request(() => api.POST("/api/tasks/{id}/decisions", { params: { path: { id } }, body: decision, ...inLanguage(lang) }), TaskDecisionResponse),
    onSettled: () => refreshTasks(queryClient),
  });
}

/** PUT /api/tasks/:id/progress — saves or submits my report on a task for a round. */
export function useSaveProgress() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ProgressRequest }) => request(() => api.PUT("/api/tasks/{id}/progress", { params: { path: { id } }, body, ...inLanguage(lang) }), ProgressResponse),
    onSettled: () => refreshTasks(queryClient),
  });
}

/** POST /api/progress/:id/approve or …/return, naming the version seen (a stale one gets 409). */
export function useDecideProgress() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, version, comment }: { id: number; decision: "approve" | "return"; version: number; comment?: string }) =>
      decision === "approve"
        ? request(() => api.POST("/api/progress/{id}/approve", { params: { path: { id } }, body: { version, ...(comment ? { comment } : {}) }, ...inLanguage(lang) }), ProgressResponse)
        : request(() => api.POST("/api/progress/{id}/return", { params: { path: { id } }, body: { version, comment: comment ?? "" }, ...inLanguage(lang) }), ProgressResponse),
    onSettled: () => refreshTasks(queryClient),
  });
}

/** GET /api/plans/:code/supervision/docx — a body's 督办单, saved by the browser. */
export async function downloadNotice(code: string, body: string, asOf: string | undefined, lang: Language): Promise<void> {
  let disposition: string | null = null;
  const file = await request(async () => {
    const reply = await api.GET("/api/plans/{code}/supervision/docx", { params: { path: { code }, query: { body, asOf } }, parseAs: "blob", ...inLanguage(lang) });
    disposition = reply.response.headers.get("content-disposition");
    return reply;
  });
  saveFile(file as Blob, disposition, "supervision.docx");
}

/** POST /api/tasks/:id/milestones — adds a milestone (plan office). */
export function useAddMilestone() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, dueOn, deliverable }: { id: number; dueOn: string; deliverable: string }) => request(() => api.POST("/api/tasks/{id}/milestones", { params: { path: { id } }, body: { dueOn, deliverable }, ...inLanguage(lang) })),
    onSettled: () => refreshTasks(queryClient),
  });
}

/** PATCH /api/milestones/:id — marks a milestone done (a date) or not done (null). */
export function useMarkMilestone() {
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, doneOn }: { id: number; doneOn: string | null }) => request(() => api.PATCH("/api/milestones/{id}", { params: { path: { id } }, body: { doneOn }, ...inLanguage(lang) })),
    onSettled: () => refreshTasks(queryClient),
  });
}
