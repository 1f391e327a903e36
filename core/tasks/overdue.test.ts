/** 督办: a milestone is listed iff its date is before the as-of date and it was not done by then; silent tasks; standing. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOverdue, lastRound, overdueMilestones, supervisionList, taskStanding, type MilestoneFact } from "./overdue.ts";

const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

describe("overdueMilestones", () => {
  it("lists a milestone iff date < asOf and not done by asOf (property)", () => {
    const milestone = fc.record({ dueOn: day, doneOn: fc.option(day, { nil: null }), deliverable: fc.string() });
    fc.assert(
      fc.property(fc.array(milestone, { maxLength: 30 }), day, (list, asOf) => {
        const ms: MilestoneFact[] = list.map((m, i) => ({ ...m, id: i + 1, taskId: 1 }));
        const listed = new Set(overdueMilestones(ms, asOf).map((m) => m.id));
        for (const m of ms) expect(listed.has(m.id)).toBe(m.dueOn < asOf && (m.doneOn === null || m.doneOn > asOf));
      }),
    );
  });

  it("on fixed dates: due the day before is overdue, due that day is not, done late counts until done", () => {
    expect(isOverdue({ dueOn: "2025-06-29", doneOn: null }, "2025-06-30")).toBe(true);
    expect(isOverdue({ dueOn: "2025-06-30", doneOn: null }, "2025-06-30")).toBe(false);
    expect(isOverdue({ dueOn: "2025-03-31", doneOn: "2025-07-15" }, "2025-06-30")).toBe(true);
    expect(isOverdue({ dueOn: "2025-03-31", doneOn: "2025-07-15" }, "2025-07-15")).toBe(false);
  });
});

describe("supervisionList", () => {
  const tasks = [
    { id: 1, title: "建设科学中心", lead: ["cq-science-technology-bureau"] },
    { id: 2, title: "建设实验室体系", lead: ["cq-education-commission"] },
  ];
  const rounds = [
    { id: 7, title: "2025年上半年任务进展", dueOn: "2025-07-10", bodies: ["cq-science-technology-bureau", "cq-education-commission"] },
    { id: 8, title: "2025年下半年任务进展", dueOn: "2026-01-10", bodies: ["cq-science-technology-bureau", "cq-education-commission"] },
    { id: 9, title: "2025年统计数据", dueOn: "2025-07-20", bodies: [] },
  ];
  const milestones: MilestoneFact[] = [
    { id: 1, taskId: 1, dueOn: "2025-03-31", deliverable: "建设方案印发", doneOn: null },
    { id: 2, taskId: 2, dueOn: "2025-12-31", deliverable: "实验室挂牌", doneOn: null },
  ];
  const report = { taskId: 1, roundId: 7, state: "in_progress" as const, percent: 40, text: "推进中", review: "approved", at: "2025-07-05T08:00:00.000Z" };

  it("gives overdue milestones and tasks silent in the last round due, per lead body, with the last report", () => {
    const list = supervisionList({ tasks, milestones, rounds, reports: [report] }, "2025-08-01");
    expect(list.map((i) => [i.bodyCode, i.kind, i.what, i.since])).toEqual([
      ["cq-education-commission", "no_progress", "2025年上半年任务进展", "2025-07-10"],
      ["cq-science-technology-bureau", "milestone_overdue", "建设方案印发", "2025-03-31"],
    ]);
    expect(list[1]!.lastReport?.percent).toBe(40);
    expect(lastRound(rounds, "2025-07-09")).toBeNull();
  });

  it("does not count a returned or draft report as reporting", () => {
    const list = supervisionList({ tasks, milestones: [], rounds, reports: [{ ...report, review: "returned" }] }, "2025-08-01");
    expect(list.map((i) => i.taskId).sort()).toEqual([1, 2]);
    expect(list.every((i) => i.kind === "no_progress" && i.lastReport === null)).toBe(true);
  });
});

describe("taskStanding", () => {
  const late: MilestoneFact = { id: 1, taskId: 1, dueOn: "2025-01-31", deliverable: "方案", doneOn: null };
  it("is done on an approved 已完成, late on an overdue milestone, 滞后 or silence, on time otherwise", () => {
    expect(taskStanding({ milestones: [late], latestApproved: "done", silent: false }, "2025-06-30")).toBe("done");
    expect(taskStanding({ milestones: [late], latestApproved: "in_progress", silent: false }, "2025-06-30")).toBe("late");
    expect(taskStanding({ milestones: [], latestApproved: "late", silent: false }, "2025-06-30")).toBe("late");
    expect(taskStanding({ milestones: [], latestApproved: null, silent: true }, "2025-06-30")).toBe("late");
    expect(taskStanding({ milestones: [late], latestApproved: null, silent: false }, "2025-01-31")).toBe("on_time");
  });
});
