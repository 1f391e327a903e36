/** Small pieces the task pages share: the standing tag, the review tag, a task's bodies by role, the error text of a failed request. */
import { Tag } from "antd";
import type { TaskResponse } from "../../../../contract/tasks.ts";
import type { ProgressReview, ProgressState, TaskStanding } from "../../../../core/tasks/task.ts";
import { ApiError } from "../../api/client.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { statusColors } from "../../charts/status.colors.ts";

const STANDING_COLOR: Record<TaskStanding, string> = { done: statusColors.achieved.tag, late: statusColors.off_track.tag, on_time: statusColors.on_track.tag };
const REVIEW_COLOR: Record<ProgressReview, string> = { draft: "default", submitted: "blue", approved: "green", returned: "red" };

export function StandingTag({ standing }: { standing: TaskStanding }) {
  const { t } = useLanguage();
  return <Tag color={STANDING_COLOR[standing]} data-standing={standing}>{t(`tasks.standing.${standing}`)}</Tag>;
}

export function ReviewTag({ review }: { review: ProgressReview }) {
  const { t } = useLanguage();
  return <Tag color={REVIEW_COLOR[review]} data-review={review}>{t(`tasks.review.${review}`)}</Tag>;
}

/** 推进中 40% */
export function useProgressText() {
  const { t } = useLanguage();
  return (p: { state: ProgressState; percent: number | null }) => `${t(`tasks.progress.${p.state}`)}${p.percent !== null ? ` ${p.percent}%` : ""}`;
}

/** The names of a task's bodies in one role, joined by 、. */
export function useBodyNames() {
  const { lang } = useLanguage();
  return (task: Pick<TaskResponse, "bodies">, role: "lead" | "cooperating") =>
    task.bodies
      .filter((b) => b.role === role)
      .map((b) => (lang === "zh" ? b.nameZh : b.nameEn))
      .join("、");
}

/** The server's message of a failed request in the UI language. */
export function useErrorText() {
  const { lang } = useLanguage();
  return (error: unknown) => (error instanceof ApiError && error.body ? error.body.error.messages[lang] : error instanceof Error ? error.message : String(error));
}
