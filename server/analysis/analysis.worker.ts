/**
 * A worker thread of the analysis pool: runs one task at a time, publishing progress in the shared
 * control cells and stopping at the first model run after the cancel flag is set.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { IndexDefinitionError } from "../../core/indices/index.ts";
import { runAnalysisTask, type AnalysisTask } from "./analysis-task.ts";
import { CANCEL, DONE, TOTAL, type WorkerReply } from "./control.ts";

class Cancelled extends Error {}

const port = parentPort!;

// On a busy machine the event loop's thread must win the CPU over an analysis, or every request
// waits: on Linux this thread lowers its own priority (its thread id is the last part of
// /proc/thread-self). Elsewhere it keeps the default.
try {
  const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
} catch {
  // no /proc, or not allowed: run at normal priority
}

port.on("message", ({ task, control: buffer }: { task: AnalysisTask; control: SharedArrayBuffer }) => {
  const control = new Int32Array(buffer);
  let reply: WorkerReply;
  try {
    const result = runAnalysisTask(task, {
      onProgress: (done, total) => {
        Atomics.store(control, DONE, done);
        Atomics.store(control, TOTAL, total);
        if (Atomics.load(control, CANCEL) !== 0) throw new Cancelled();
      },
    });
    reply = { type: "done", result };
  } catch (error) {
    if (error instanceof Cancelled) reply = { type: "cancelled" };
    else if (error instanceof IndexDefinitionError) reply = { type: "failed", name: error.name, message: error.message, issues: error.issues };
    else reply = { type: "failed", name: (error as Error).name ?? "Error", message: String((error as Error).message ?? error) };
  }
  port.postMessage(reply);
});
