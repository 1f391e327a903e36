/**
 * Runs an analysis for the CLI on a worker thread, so the terminal stays responsive: a progress bar
 * on stderr (when it is a terminal, or when asked), and Ctrl-C cancels the analysis cleanly instead
 * of killing the process mid-way.
 */
import type { AnalysisTask, OutcomeOf } from "../server/analysis/analysis-task.ts";
import { AnalysisCancelled, AnalysisPool } from "../server/analysis/worker-pool.ts";
import { analysisFailure } from "../server/analysis/analysis-runner.ts";
import { cliLanguage } from "./context.ts";

const WIDTH = 30;

function bar(done: number, total: number, what: string): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * WIDTH);
  return `\r${what} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${done}/${total} ${Math.floor(share * 100)}%`;
}

/** The task's outcome, or null when the person pressed Ctrl-C (then the exit code is 130). */
export async function runWithProgress<T extends AnalysisTask>(task: T, showProgress = Boolean(process.stderr.isTTY)): Promise<OutcomeOf<T> | null> {
  const zh = cliLanguage() === "zh";
  const what = task.kind === "uncertainty" ? (zh ? "蒙特卡罗模拟" : "Monte Carlo") : zh ? "敏感性分析" : "sensitivity";
  const pool = new AnalysisPool({ size: 1 });
  const run = pool.run(task);
  const interrupt = () => run.cancel();
  process.on("SIGINT", interrupt);
  const draw = () => {
    const { done, total } = run.progress();
    process.stderr.write(bar(done, total, what));
  };
  const timer = showProgress ? setInterval(draw, 100) : null;
  try {
    const outcome = await run.result;
    if (timer) draw();
    return outcome;
  } catch (error) {
    if (!(error instanceof AnalysisCancelled)) throw analysisFailure(error);
    const { done, total } = run.progress();
    process.stderr.write(`${timer ? "\n" : ""}${zh ? `已取消（完成 ${done}/${total}）` : `cancelled (${done}/${total} done)`}\n`);
    process.exitCode = 130;
    return null;
  } finally {
    if (timer) {
      clearInterval(timer);
      process.stderr.write("\n");
    }
    process.off("SIGINT", interrupt);
    await pool.close();
  }
}
