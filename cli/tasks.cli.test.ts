/**
 * `kechuang tasks` as a user runs it, on one database (the services are tested on both): 003's
 * tasks drafted with spans that hold and chapter 10 linked to 技术合同成交额.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { jsonOf, runKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const text = readFileSync(new URL("../data/seeds/003_d7f53db3d6bb61e0.txt", import.meta.url), "utf8");
type Task = { id: number; outlineKey: string; level: string; title: string; start: number; quote: string; indicators: { code: string; start: number; end: number }[] };

describe.each(TEST_DATABASES.slice(0, 1))("kechuang tasks on $name", (database) => {
  const { env } = useCliDatabase(database, "kechuang-tasks-");
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
  });
});
