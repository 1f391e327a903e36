/**
 * The document commands as a user runs them: `extract --jsonl` on every seed scored against the gold
 * annotations in fixtures/gold, `outline` on 003, `import` of a seed and of bad files (clear message,
 * non-zero exit, nothing created), `review` and `align`, on an embedded database and on PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseJsonl, scoreGold, type PredictedStatement } from "../core/extraction/testing/score-gold.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { docxBomb, makeDocx } from "../server/files/testing/make-docx.ts";
import { jsonOf, runKechuang, spawnKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const seeds = join(repo, "data/seeds");
/** The State Council's 2023 government work report (fixtures/README.md). */
const report = join(repo, "fixtures/devset/text/gwr-2023-state-council.txt");

const kechuang = runKechuang;

describe("kechuang extract and outline", () => {
  const env = { ...process.env, KECHUANG_LANG: "zh" };

  it("prints statements the gold scorer reads, meeting its thresholds on the seeds", async () => {
    const predictions: Record<string, PredictedStatement[]> = {};
    for (const file of readdirSync(seeds).filter((f) => f.endsWith(".txt"))) {
      const res = await kechuang(env, "extract", join(seeds, file), "--jsonl");
      expect(res.code, file).toBe(0);
      const lines = parseJsonl<PredictedStatement>(res.stdout, file);
      for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(["type", "start", "end", "value", "unit", "comparator", "kind", "year", "indicator"]));
      predictions[file.replace(/\.txt$/, "")] = lines;
    }
    const scores = scoreGold(predictions);
    expect(scores.total.f1).toBeGreaterThanOrEqual(0.9);
    for (const [name, doc] of Object.entries(scores.docs)) expect(doc.f1, name).toBeGreaterThanOrEqual(0.85);
  });

  it("gives 003's 15 chapters once each and its 27 boxes", async () => {
    const res = await kechuang(env, "outline", join(seeds, "003_d7f53db3d6bb61e0.txt"), "--json");
    expect(res.code).toBe(0);
    type Node = { kind: string; number: number; children: Node[] };
    const outline = jsonOf(res) as { nodes: Node[]; toc: unknown };
    const all = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...all(n.children)]);
    const chapters = all(outline.nodes).filter((n) => n.kind === "chapter").map((n) => n.number);
    expect(chapters).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(all(outline.nodes).filter((n) => n.kind === "box")).toHaveLength(27);
    expect(outline.toc).not.toBeNull();
  });

  it("counts a report's parts and shows its closing address as a node of its own", async () => {
    const res = await kechuang(env, "outline", report);
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => /^part \d/.test(l))).toHaveLength(2);
    expect(lines.at(-2)).toMatch(/^closing 各位代表 \(\d+–\d+\)$/);
    expect(lines.at(-1)).toBe("共 2 个部分，含结束语");
    expect((await kechuang({ ...env, KECHUANG_LANG: "en" }, "outline", report)).stdout.trimEnd().split("\n").at(-1)).toBe("2 parts, closing address");
    expect((await kechuang(env, "outline", join(seeds, "003_d7f53db3d6bb61e0.txt"))).stdout.trimEnd().split("\n").at(-1)).toBe("共 15 章，27 个专栏");
  });

  // As a user runs it: the process's own exit codes.
  it("refuses an empty, binary or missing file with a message naming it and the exit code of its kind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kechuang-bad-"));
    try {
      writeFileSync(join(dir, "empty.txt"), "");
      writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
      const empty = await spawnKechuang(env, "extract", join(dir, "empty.txt"), "--jsonl");
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain("empty.txt");
      expect(empty.stderr).toContain("文件为空");
      const binary = await spawnKechuang({ ...env, KECHUANG_LANG: "en" }, "outline", join(dir, "binary.txt"));
      expect(binary.code).toBe(2);
      expect(binary.stderr).toContain("binary.txt");
      expect(binary.stderr).toContain("not text");
      expect((await spawnKechuang(env, "extract", join(dir, "missing.txt"))).code).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(TEST_DATABASES)("kechuang import, review and align on $name", (database) => {
  const { env, dir: suiteDir } = useCliDatabase(database, "kechuang-import-");

  const planCount = async () => (jsonOf(await kechuang(env, "plans", "--json")) as unknown[]).length;

  it("refuses bad files and creates nothing", async () => {
    const before = await planCount();
    const dir = suiteDir();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "broken.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]));
    for (const name of ["empty.txt", "broken.docx"]) {
      const res = await kechuang(env, "import", join(dir, name), "--by", "规划处");
      expect(res.code, name).not.toBe(0);
      expect(res.stderr, name).toContain(name);
    }
    expect(await planCount()).toBe(before);
  });

  it("refuses a zip bomb, random bytes and a part over the configured limit with the API's message, creating nothing", async () => {
    const before = await planCount();
    const dir = suiteDir();
    const files: Array<[string, Uint8Array, string]> = [
      ["bomb.docx", docxBomb(400), "文件“bomb.docx”解压后超过 100 MB 的上限，已拒绝读取。"],
      ["random.txt", randomBytes(16 * 1024), "不是文本"],
    ];
    for (const [name, bytes, words] of files) {
      writeFileSync(join(dir, name), bytes);
      const res = await kechuang(env, "import", join(dir, name), "--by", "规划处");
      expect(res.code, name).toBe(2);
      expect(res.stderr, name).toContain(words);
    }
    // Limits come from the environment, as the server's do.
    writeFileSync(join(dir, "plan.docx"), makeDocx("某区科技创新行动方案(2024—2026年)\n" + "到2026年，科技型企业超过1200家。\n".repeat(5_000)));
    const limited = await kechuang({ ...env, KECHUANG_DOCX_MAX_PART_MB: "0.25", KECHUANG_LANG: "en" }, "import", join(dir, "plan.docx"), "--by", "规划处");
    expect(limited.code).toBe(2);
    expect(limited.stderr).toContain('"word/document.xml" in "plan.docx" inflates to more than the 256 KB limit for one entry');
    expect(await planCount()).toBe(before);
  });

  it("imports 003, accepts one target by a named reviewer, and aligns the seed plans", async () => {
    const imported = await kechuang(env, "import", join(seeds, "003_d7f53db3d6bb61e0.txt"), "--code", "sti-import", "--by", "规划处", "--json");
    expect(imported.code).toBe(0);
    expect(jsonOf(imported)).toMatchObject({ plan: { code: "sti-import", status: "pending_review" }, chapters: 15, boxes: 27 });
    const list = jsonOf(await kechuang(env, "review", "list", "--plan", "sti-import", "--json")) as { id: number; type: string; value: number }[];
    const target = list.find((s) => s.type === "target" && s.value === 45000)!;
    const accepted = await kechuang(env, "review", "accept", String(target.id), "--indicator", "tech-smes", "--by", "规划处");
    expect(accepted.code).toBe(0);
    expect(jsonOf(accepted)).toMatchObject({ state: "accepted", indicatorCode: "tech-smes" });
    const decisions = jsonOf(await kechuang(env, "review", "decisions", "--plan", "sti-import", "--json")) as { action: string; decidedBy: string }[];
    expect(decisions.map((d) => [d.action, d.decidedBy])).toEqual([["import", "规划处"], ["accept", "规划处"]]);
    const progress = jsonOf(await kechuang(env, "progress", "--plan", "sti-import", "--json"));
    expect(progress).toHaveLength(1);
    const aligned = jsonOf(await kechuang(env, "align", "--plan", "cq-hitech-2023-2027", "--with", "cq-sti-2021-2025", "--json"));
    expect(aligned).toMatchObject({ lowerPlan: "cq-hitech-2023-2027", placeRelation: "part" });
    expect((await kechuang(env, "align", "--plan", "cq-hitech-2023-2027", "--with", "cq-sti-2021-2025")).stdout).toContain("更积极");
  });

  it("imports a government work report as a report of 2023, takes an accepted actual as a 2022 value, and corrects the year", async () => {
    const imported = await kechuang(env, "import", report, "--by", "规划处");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("工作报告（2023年）");
    expect(imported.stdout).toContain("（2022—2023年）");
    expect(imported.stdout).toContain("共 2 个部分，含结束语");
    const code = /已导入 (\S+?)“/.exec(imported.stdout)![1]!;
    expect(code).toMatch(/^report-2023-/);
    expect((await kechuang(env, "plans")).stdout).toMatch(new RegExp(`${code}.*工作报告（2023年）`));

    type Row = { id: number; type: string; year: number | null; kind: string; unit: string; indicatorText: string; state: string; value: number };
    const list = async () => jsonOf(await kechuang(env, "review", "list", "--plan", code, "--json")) as Row[];
    const before = await list();
    // Last year's results are 2022's (a five-year review's starting points are earlier years).
    expect(before.filter((s) => s.type === "actual" && s.year === 2022).length).toBeGreaterThan(before.filter((s) => s.type === "actual").length / 2);
    const rd = before.find((s) => s.type === "actual" && s.year === 2022 && s.unit === "%" && s.kind === "level" && s.indicatorText.includes("研发经费投入强度"))!;
    expect(rd).toBeDefined();
    expect((await kechuang(env, "review", "accept", String(rd.id), "--indicator", "rd-intensity", "--by", "规划处")).code).toBe(0);
    const values = jsonOf(await kechuang(env, "values", "list", "--indicator", "rd-intensity", "--period", "2022", "--json")) as { value: number; source: { ref: string | null } }[];
    expect(values).toEqual([expect.objectContaining({ value: rd.value, source: expect.objectContaining({ ref: "gwr-2023-state-council.txt" }) })]);

    const dated = before.filter((s) => s.id !== rd.id && s.year === (s.type === "target" ? 2023 : 2022)).length;
    const corrected = await kechuang(env, "review", "classify", "--plan", code, "--kind", "report", "--year", "2024", "--by", "规划处");
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toContain(`${dated} 条待审核语句的年份随之调整`);
    const after = new Map((await list()).map((s) => [s.id, s.year]));
    expect(after.get(rd.id)).toBe(2022);
    expect(before.filter((s) => s.id !== rd.id && s.type === "actual" && s.year === 2022).every((s) => after.get(s.id) === 2023)).toBe(true);
    const decisions = jsonOf(await kechuang(env, "review", "decisions", "--plan", code, "--json")) as { action: string; decidedBy: string }[];
    expect(decisions.map((d) => d.action)).toEqual(["import", "accept", "classify"]);
  });
});
