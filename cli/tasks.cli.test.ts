/**
 * `kechuang tasks` as a user runs it, on one database (the services are tested on both): 003's
 * tasks drafted with spans that hold and chapter 10 linked to 技术合同成交额; a 30-row division table
 * with 3 unknown bodies and 1 stranger task refused with those 4 problems, then imported whole once
 * corrected; `tasks overdue --as-of` listing exactly the milestones past their date and not done.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDeadline } from "../core/tasks/deadline.ts";
import { BROKEN, divisionRows, divisionXlsx } from "../server/testing/division-table.ts";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { jsonOf, runKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const text = readFileSync(new URL("../data/seeds/003_d7f53db3d6bb61e0.txt", import.meta.url), "utf8");
type Task = { id: number; outlineKey: string; level: string; title: string; start: number; quote: string; indicators: { code: string; start: number; end: number }[] };

describe.each(TEST_DATABASES.slice(0, 1))("kechuang tasks on $name", (database) => {
  const { env, dir } = useCliDatabase(database, "kechuang-tasks-");
  let titles: string[] = [];
  const kechuang = (...args: string[]) => runKechuang(env, ...args);

  it("drafts a task for every section of 003's chapters, quoted at its offsets, chapter 10 serving 技术合同成交额", { timeout: 120_000 }, async () => {
    const tasks = jsonOf<Task[]>(await kechuang("tasks", "draft", "--plan", "cq-sti-2021-2025", "--json"));
    // Every 第X节 heading of the body (the table of contents before it lists them too) starts a task.
    const bodyStart = Math.min(...tasks.map((t) => t.start));
    const headings = [...text.matchAll(/^第[一二三四五六七八九十]+节[\u2002\s]/gm)].map((m) => m.index!).filter((at) => at >= bodyStart);
    expect(headings.length).toBe(66);
    expect(tasks.filter((t) => t.level === "section").map((t) => t.start)).toEqual(headings);
    expect(new Set(tasks.filter((t) => t.level === "section").map((t) => t.outlineKey.split(".")[0])).size).toBe(15);
    for (const t of tasks) expect(text.slice(t.start, t.start + t.quote.length)).toBe(t.quote);
    const linked = tasks.filter((t) => t.outlineKey.startsWith("c10.") && t.indicators.some((i) => i.code === "tech-contract-value"));
    expect(linked.length).toBeGreaterThan(0);
    for (const t of linked) for (const i of t.indicators.filter((x) => x.code === "tech-contract-value")) expect(text.slice(i.start, i.end)).toBe("技术合同成交额");
    titles = tasks.filter((t) => t.level === "section").map((t) => t.title);
  });

  it("refuses a division table with 3 unknown bodies and 1 stranger task, listing the 4, then imports it corrected", { timeout: 120_000 }, async () => {
    const broken = join(dir(), "分工方案-有误.xlsx");
    writeFileSync(broken, await divisionXlsx(divisionRows(titles, true)));
    const refused = await kechuang("tasks", "import", broken, "--plan", "cq-sti-2021-2025", "--by", "规划处");
    expect(refused.code).not.toBe(0);
    const problems = refused.stderr.split("\n").filter((l) => /第 \d+ 行/.test(l));
    expect(problems).toHaveLength(4);
    for (const [row, name] of [[BROKEN.unknownLead, "市科协"], [BROKEN.unknownCooperating, "市大数据发展局"], [BROKEN.unknownLeadToo, "市规划自然资源局"], [BROKEN.unmatchedTask, "全面优化一流营商环境"]] as const) {
      expect(problems.some((l) => l.includes(`第 ${row} 行`) && l.includes(name))).toBe(true);
    }
    const fixed = join(dir(), "分工方案.xlsx");
    writeFileSync(fixed, await divisionXlsx(divisionRows(titles)));
    expect(jsonOf<{ rows: number }>(await kechuang("tasks", "import", fixed, "--plan", "cq-sti-2021-2025", "--by", "规划处", "--json")).rows).toBe(30);
  });

  it("lists exactly the milestones past their date and not done as of a fixed date", { timeout: 120_000 }, async () => {
    const asOf = "2024-07-01";
    const result = jsonOf<{ milestones: { dueOn: string; taskTitle: string; doneOn: string | null }[] }>(await kechuang("tasks", "overdue", "--plan", "cq-sti-2021-2025", "--as-of", asOf, "--json"));
    const expected = divisionRows(titles).filter((r) => (parseDeadline(r.完成时限) ?? "9999") < asOf).map((r) => titles[Number(r.序号) - 1]!);
    expect(result.milestones.map((m) => m.taskTitle).sort()).toEqual([...expected].sort());
    expect(expected.length).toBe(10);
    for (const m of result.milestones) expect([m.dueOn < asOf, m.doneOn]).toEqual([true, null]);
  });
});
