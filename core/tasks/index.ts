/** 工作体系: tasks drafted from a plan's outline, body and indicator matching, division tables, milestones and 督办. */
export * from "./task.ts";
export * from "./bodies.ts";
export * from "./indicators.ts";
export * from "./draft-tasks.ts";
export * from "./deadline.ts";
export * from "./division-table.ts";
export * from "./overdue.ts";
export * from "./supervision-notice.ts";
