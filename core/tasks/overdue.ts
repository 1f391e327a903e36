/**
 * 督办 (supervision) as of a date: a milestone is overdue when its date has passed (date < as-of) and
 * it was not done by then; a task is silent when the last round due by then has no progress report of
 * it (of the rounds that ask one of its lead bodies). The supervision list gathers both per lead body; a task's standing (done / late / on time)
 * follows from the same facts and its latest approved report.
 */
import type { ProgressState, TaskStanding } from "./task.ts";

/** A milestone as supervision needs it; dates are YYYY-MM-DD. */
export type MilestoneFact = { id: number; taskId: number; dueOn: string; deliverable: string; doneOn: string | null };

/** Overdue as of `asOf`: its date is before `asOf` and it was not done on or before `asOf`. */
export function isOverdue(m: Pick<MilestoneFact, "dueOn" | "doneOn">, asOf: string): boolean {
  return m.dueOn < asOf && !(m.doneOn !== null && m.doneOn <= asOf);
}

/** The milestones overdue as of `asOf`, earliest date first. */
export function overdueMilestones<M extends MilestoneFact>(milestones: readonly M[], asOf: string): M[] {
  return milestones.filter((m) => isOverdue(m, asOf)).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
}

/** A reporting round as supervision needs it, with the bodies it asks to report. */
export type RoundFact = { id: number; title: string; dueOn: string; bodies: readonly string[] };

/** The last round due on or before `asOf` (latest due date, then highest id), or null. */
export function lastRound<R extends RoundFact>(rounds: readonly R[], asOf: string): R | null {
  return rounds.filter((r) => r.dueOn <= asOf).sort((a, b) => b.dueOn.localeCompare(a.dueOn) || b.id - a.id)[0] ?? null;
}

/** A progress report as supervision needs it: submitted or approved reports count as reported. */
export type ReportFact = { taskId: number; roundId: number; state: ProgressState; percent: number | null; text: string; review: string; at: string };

const counts = (r: ReportFact) => r.review === "submitted" || r.review === "approved";

/** A task as supervision needs it. */
export type TaskFact = { id: number; title: string; lead: readonly string[] };

/** One line of the supervision list: a lead body, its task, what is late and since when, and its last report. */
export type SupervisionItem = {
  bodyCode: string;
  taskId: number;
  taskTitle: string;
  kind: "milestone_overdue" | "no_progress";
  /** The deliverable overdue, or the round not reported in. */
  what: string;
  milestoneId: number | null;
  roundId: number | null;
  /** The date it became late: the milestone's date, or the round's due date. */
  since: string;
  lastReport: ReportFact | null;
};

/** The last round due by `asOf` that asks one of the task's lead bodies, when the task has no submitted or approved report in it; else null. */
export function silentIn<R extends RoundFact>(task: TaskFact, rounds: readonly R[], reports: readonly ReportFact[], asOf: string): R | null {
  const round = lastRound(rounds.filter((r) => r.bodies.some((b) => task.lead.includes(b))), asOf);
  if (!round) return null;
  return reports.some((r) => r.taskId === task.id && r.roundId === round.id && counts(r)) ? null : round;
}

/** The latest counted report of each task, by round due date then report time. */
function latestReports(reports: readonly ReportFact[], rounds: readonly RoundFact[]): Map<number, ReportFact> {
  const due = new Map(rounds.map((r) => [r.id, r.dueOn]));
  const latest = new Map<number, ReportFact>();
  for (const r of reports.filter(counts)) {
    const seen = latest.get(r.taskId);
    const key = (x: ReportFact) => `${due.get(x.roundId) ?? ""}|${x.at}`;
    if (!seen || key(r) > key(seen)) latest.set(r.taskId, r);
  }
  return latest;
}

/** The supervision list as of `asOf`, by body then date: every overdue milestone and every task silent in the last round. */
export function supervisionList(input: { tasks: readonly TaskFact[]; milestones: readonly MilestoneFact[]; rounds: readonly RoundFact[]; reports: readonly ReportFact[] }, asOf: string): SupervisionItem[] {
  const tasks = new Map(input.tasks.map((t) => [t.id, t]));
  const latest = latestReports(input.reports.filter((r) => r.at.slice(0, 10) <= asOf), input.rounds);
  const items: SupervisionItem[] = [];
  const push = (task: TaskFact, item: Omit<SupervisionItem, "bodyCode" | "taskId" | "taskTitle" | "lastReport">) => {
    for (const bodyCode of task.lead) items.push({ bodyCode, taskId: task.id, taskTitle: task.title, lastReport: latest.get(task.id) ?? null, ...item });
  };
  for (const m of overdueMilestones(input.milestones, asOf)) {
    const task = tasks.get(m.taskId);
    if (task) push(task, { kind: "milestone_overdue", what: m.deliverable, milestoneId: m.id, roundId: null, since: m.dueOn });
  }
  for (const task of input.tasks) {
    const round = silentIn(task, input.rounds, input.reports, asOf);
    if (round) push(task, { kind: "no_progress", what: round.title, milestoneId: null, roundId: round.id, since: round.dueOn });
  }
  return items.sort((a, b) => a.bodyCode.localeCompare(b.bodyCode) || a.since.localeCompare(b.since) || a.taskId - b.taskId);
}

/**
 * How a task stands as of `asOf`: done when its latest approved report says 已完成; late when a
 * milestone is overdue, its latest approved report says 滞后, or it is silent in the last round;
 * on time otherwise.
 */
export function taskStanding(input: { milestones: readonly MilestoneFact[]; latestApproved: ProgressState | null; silent: boolean }, asOf: string): TaskStanding {
  if (input.latestApproved === "done") return "done";
  if (input.latestApproved === "late" || input.silent || input.milestones.some((m) => isOverdue(m, asOf))) return "late";
  return "on_time";
}
