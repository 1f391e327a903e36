/** `kechuang report --plan CODE --as docx|pdf --out FILE [--date YYYY-MM-DD]`: a plan's evaluation report (总结评估 / 中期评估). */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { exportPlanReport } from "../../server/services/evaluation-report.service.ts";
import { cliLanguage, withDatabase } from "../context.ts";

export function registerReportCommands(program: Command): void {
  program
    .command("report")
    .description("a plan's evaluation report 评估报告 as Word or PDF (总结评估 after the plan period, 中期评估 inside it)")
    .requiredOption("--plan <code>", "plan code, e.g. cq-sti-2021-2025")
    .option("--as <format>", "docx or pdf", "docx")
    .option("--out <file>", "file to write (default: the report's title)")
    .option("--date <date>", "evaluation date YYYY-MM-DD (default today)")
    .action(async (opts: { plan: string; as: string; out?: string; date?: string }) => {
      const lang = cliLanguage();
      if (opts.as !== "docx" && opts.as !== "pdf") {
        process.stderr.write(lang === "en" ? `--as must be docx or pdf, not "${opts.as}"\n` : `--as 只能是 docx 或 pdf，而不是“${opts.as}”\n`);
        process.exitCode = 2;
        return;
      }
      const started = performance.now();
      // The command line acts with local administrator rights, so it reads as a signed-in person (rankings included).
      const file = await withDatabase((db) => exportPlanReport(db, opts.plan, opts.as as "docx" | "pdf", { date: opts.date, lang, audience: "internal" }));
      const out = opts.out ?? file.fileName;
      writeFileSync(out, file.bytes);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      process.stdout.write(lang === "en" ? `wrote ${out} (${file.model.kind === "final" ? "final" : "mid-term"} evaluation, ${file.bytes.length} bytes, ${seconds} s)\n` : `已写入 ${out}（${file.model.kind === "final" ? "总结评估" : "中期评估"}，${file.bytes.length} 字节，${seconds} 秒）\n`);
    });
}
