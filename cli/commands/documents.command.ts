/**
 * Plan documents on the command line: `extract FILE --jsonl` (one statement a line, the gold scorer's
 * format, offsets into the text as decoded), `outline FILE --json`, `import FILE`, `align --plan A
 * --with B`, and the review commands (review.command.ts).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { extractStatements } from "../../core/extraction/extract-statements.ts";
import { type OutlineNode } from "../../core/outline/outline.ts";
import { summariseOutline, type OutlineSummary } from "../../core/outline/outline-summary.ts";
import { AppError } from "../../server/errors/app-error.ts";
import { alignPlans } from "../../server/services/alignment.service.ts";
import { importDocument } from "../../server/services/document-import.service.ts";
import { extractionOptions, outlineOf, readUpload } from "../../server/services/read-upload.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";
import { kindLine, registerReviewCommands } from "./review.command.ts";

/** The file's bytes; a missing or unreadable file is an AppError naming it. */
async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? { zh: "文件不存在", en: "no such file" } : { zh: "文件无法读取", en: "the file cannot be read" };
    throw new AppError("not_found", { zh: `文件“${file}”${reason.zh}`, en: `"${file}": ${reason.en}` }, "file");
  }
}

async function readLocal(file: string) {
  return readUpload(basename(file), await readBytes(file));
}

function printTree(nodes: OutlineNode[], depth = 0) {
  for (const n of nodes) {
    const label = n.kind === "box" ? `专栏${n.number}` : n.kind === "closing" ? "closing" : `${n.kind} ${n.number}`;
    process.stdout.write(`${"  ".repeat(depth)}${label} ${n.title}${n.gap ? " [gap]" : ""} (${n.start}–${n.end})\n`);
    printTree(n.children, depth + 1);
  }
}

/** The outline's summary line: chapters, or a report's top-level parts, boxes and its closing address. */
function summaryLine(s: OutlineSummary, en: boolean): string {
  const byChapter = s.chapters > 0 || s.parts === 0;
  const zh = [byChapter ? `${s.chapters} 章` : null, s.parts ? `${s.parts} 个部分` : null, byChapter || s.boxes ? `${s.boxes} 个专栏` : null].filter(Boolean).join("，");
  const english = [byChapter ? `${s.chapters} chapters` : null, s.parts ? `${s.parts} parts` : null, byChapter || s.boxes ? `${s.boxes} boxes` : null].filter(Boolean).join(", ");
  return en ? `${english}${s.closing ? ", closing address" : ""}\n` : `共 ${zh}${s.closing ? "，含结束语" : ""}\n`;
}

const VERDICT = { consistent: ["一致", "consistent"], more_ambitious: ["更积极", "more ambitious"], weaker: ["偏弱", "weaker"], not_comparable: ["不可比", "not comparable"] } as const;

export function registerDocumentCommands(program: Command): void {
  program
    .command("extract <file>")
    .description("extract targets and actuals from a plan document 抽取目标与实际值")
    .option("--jsonl", "one JSON statement a line (the default)")
    .action(async (file: string) => {
      const doc = await readLocal(file);
      const lines = extractStatements(doc.text, extractionOptions(doc)).map((s) => `${JSON.stringify(s)}\n`);
      process.stdout.write(lines.join(""));
    });

  program
    .command("outline <file>")
    .description("the outline tree of a plan document 文档结构")
    .option("--json", "print the tree as JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      const doc = await readLocal(file);
      const outline = outlineOf(doc);
      if (opts.json) return printJson(outline);
      printTree(outline.nodes);
      process.stdout.write(summaryLine(summariseOutline(outline), cliLanguage() === "en"));
    });

  program
    .command("import <file>")
    .description("import a plan or report (.txt, .docx, .html) for review; its kind and year are recognised 导入规划或工作报告")
    .option("--code <code>", "plan code (derived from the period and content when left out)")
    .option("--parent <code>", "plan this one sits under")
    .requiredOption("--by <name>", "who imports it (recorded)")
    .option("--json", "print the result as JSON")
    .action(async (file: string, opts: { code?: string; parent?: string; by: string; json?: boolean }) => {
      const bytes = await readBytes(file);
      const result = await withDatabase((db) => importDocument(db, { fileName: basename(file), bytes, code: opts.code, parentCode: opts.parent, reviewer: opts.by }));
      if (opts.json) return printJson(result);
      const { plan, statements } = result;
      const en = cliLanguage() === "en";
      const kind = kindLine(plan.documentKind, plan.documentYear, en);
      process.stdout.write(
        en
          ? `imported ${plan.code} "${plan.titleZh}", a ${kind} (${plan.periodStart}–${plan.periodEnd}): ${statements.targets} targets and ${statements.actuals} actuals pending review\n`
          : `已导入 ${plan.code}“${plan.titleZh}”，${kind}（${plan.periodStart}—${plan.periodEnd}年）：待审核目标 ${statements.targets} 条、实际值 ${statements.actuals} 条\n`,
      );
      process.stdout.write(summaryLine(result, en));
    });

  program
    .command("align")
    .description("规划衔接: compare a plan's targets with another plan's")
    .requiredOption("--plan <code>")
    .requiredOption("--with <code>")
    .option("--json", "print JSON")
    .action(async (opts: { plan: string; with: string; json?: boolean }) => {
      const result = await withDatabase((db) => alignPlans(db, opts.plan, opts.with));
      if (opts.json) return printJson(result);
      const en = cliLanguage() === "en";
      const lang = en ? "en" : "zh";
      process.stdout.write(`${result.lowerPlan} → ${result.higherPlan}\n`);
      printTable(
        en ? ["indicator", "lower", "higher", "verdict", "basis / reason"] : ["指标", "下位目标", "上位目标", "结论", "依据 / 原因"],
        result.rows.map((r) => [
          en ? r.indicatorEn : r.indicatorZh,
          `${r.lower.kind} ${r.lower.comparator}${r.lower.value} (${r.lower.year})`,
          `${r.higher.kind} ${r.higher.comparator}${r.higher.value} (${r.higher.year})`,
          VERDICT[r.verdict][en ? 1 : 0],
          [r.reason[lang], ...r.notes.map((n) => n[lang])].join("; "),
        ]),
      );
    });

  registerReviewCommands(program);
}
