/**
 * `kechuang report` on both databases: the 2021–2025 plan's 总结评估 and the High-tech Zone plan's
 * 中期评估 as PDF (its text names every indicator and each target's status) and as .docx (the
 * indicator table is a Word table, one PNG chart per target).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { docxParts, pdfText, squeeze } from "../server/reports/testing/report-files.ts";
import { jsonOf, runKechuang, useCliDatabase } from "./testing/cli-harness.ts";

const STATUS_ZH = { achieved: "已完成", on_track: "进展顺利", at_risk: "存在风险", off_track: "进度滞后", no_data: "暂无数据" } as const;
const CASES = [
  { plan: "cq-sti-2021-2025", date: "2026-06-30", kind: "总结评估", targets: 13 },
  { plan: "cq-hitech-2023-2027", date: "2025-06-30", kind: "中期评估", targets: 5 },
];

describe.each(TEST_DATABASES)("kechuang report on $name", (database) => {
  const { env, dir } = useCliDatabase(database, "kechuang-report-");
  const kechuang = (...args: string[]) => runKechuang(env, ...args);

  for (const c of CASES) {
    it(`writes the ${c.kind} of ${c.plan} as PDF and as .docx`, { timeout: 300_000 }, async () => {
      const progress = jsonOf<{ indicator: string; status: keyof typeof STATUS_ZH }[]>(await kechuang("progress", "--plan", c.plan, "--as-of", c.date.slice(0, 4), "--json"));
      expect(progress).toHaveLength(c.targets);

      const pdfFile = join(dir(), `${c.plan}.pdf`);
      const pdf = await kechuang("report", "--plan", c.plan, "--as", "pdf", "--out", pdfFile, "--date", c.date);
      expect(pdf.code, pdf.stderr).toBe(0);
      expect(pdf.stdout).toContain(c.kind);
      const text = squeeze(pdfText(readFileSync(pdfFile)));
      expect(text).toContain(c.kind);
      for (const p of progress) {
        expect(text).toContain(squeeze(p.indicator));
        // The indicator's heading is followed by its sentence; its table row carries the status.
        expect(text).toContain(STATUS_ZH[p.status]);
      }

      const docxFile = join(dir(), `${c.plan}.docx`);
      const docx = await kechuang("report", "--plan", c.plan, "--as", "docx", "--out", docxFile, "--date", c.date);
      expect(docx.code, docx.stderr).toBe(0);
      const parts = await docxParts(readFileSync(docxFile));
      const xml = parts.get("word/document.xml")!.toString("utf8");
      const tables = xml.split("<w:tbl>").slice(1).map((t) => t.slice(0, t.indexOf("</w:tbl>")));
      const indicatorTable = tables.find((t) => progress.every((p) => t.includes(p.indicator)));
      expect(indicatorTable, "a Word table holding every indicator").toBeDefined();
      for (const p of progress) expect(indicatorTable).toContain(`<w:t xml:space="preserve">${STATUS_ZH[p.status]}</w:t>`);
      // One picture per target; Word stores identical charts (two targets without figures) once.
      expect(xml.match(/<a:blip r:embed=/g)).toHaveLength(c.targets);
      const images = [...parts.keys()].filter((n) => /^word\/media\/.+\.png$/.test(n));
      expect(images.length).toBeGreaterThan(0);
      for (const name of images) expect(parts.get(name)!.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(xml).toContain("FangSong");
    });
  }

  it("refuses a format it cannot write", async () => {
    const bad = await kechuang("report", "--plan", "cq-sti-2021-2025", "--as", "odt");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("docx");
  });
});
