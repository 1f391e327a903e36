/**
 * A fixed pool of worker threads for analyses: tasks wait in order for a free worker; each can be
 * watched (runs done out of total) and cancelled. A cancelled task stops at its next model run; a
 * worker that does not stop within a grace period, crashes or runs out of memory is terminated and
 * replaced, so one bad task never takes the server or the pool with it.
 */
import { Worker } from "node:worker_threads";
import { IndexDefinitionError } from "../../core/indices/index.ts";
import type { AnalysisTask, OutcomeOf } from "./analysis-task.ts";
import { plannedRuns } from "./analysis-task.ts";
import { CANCEL, DONE, TOTAL, newControl, type WorkerReply } from "./control.ts";

const WORKER_URL = new URL("./analysis-worker.mjs", import.meta.url);

/** The rejection of a cancelled task. */
export class AnalysisCancelled extends Error {
  constructor() {
    super("analysis cancelled");
    this.name = "AnalysisCancelled";
  }
}

export type RunState = "queued" | "running" | "finished";

export interface AnalysisRun<R> {
  readonly result: Promise<R>;
  state(): RunState;
  progress(): { done: number; total: number };
  /** Stops the task: at once when it waits, at its next model run when it runs. */
  cancel(): void;
}

interface Pending {
  task: AnalysisTask;
  control: Int32Array;
  state: RunState;
  cancelled: boolean;
  worker: Worker | null;
  killTimer: NodeJS.Timeout | null;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface PoolOptions {
  size: number;
  /** How long a running task may take to notice its cancellation before its worker is terminated. */
  cancelGraceMs?: number;
  /** Heap ceiling of each worker; a task past it fails alone. */
  maxHeapMb?: number;
}

function errorOf(reply: Extract<WorkerReply, { type: "failed" }>): Error {
  if (reply.issues) return new IndexDefinitionError(reply.issues as ConstructorParameters<typeof IndexDefinitionError>[0]);
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}

export class AnalysisPool {
  private readonly workers = new Set<Worker>();
  private idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Tasks running or waiting. */
  get active(): number {
    return this.queue.length + this.running.size;
  }

  run<T extends AnalysisTask>(task: T): AnalysisRun<OutcomeOf<T>> {
    if (this.closed) throw new Error("the analysis pool is closed");
    let resolve!: (value: unknown) => void;
    let reject!: (error: Error) => void;
    const result = new Promise<OutcomeOf<T>>((yes, no) => {
      resolve = yes as (value: unknown) => void;
      reject = no;
    });
    const p: Pending = { task, control: newControl(plannedRuns(task)), state: "queued", cancelled: false, worker: null, killTimer: null, resolve, reject };
    this.queue.push(p);
    this.pump();
    return {
      result,
      state: () => p.state,
      progress: () => ({ done: Atomics.load(p.control, DONE), total: Atomics.load(p.control, TOTAL) }),
      cancel: () => this.cancel(p),
    };
  }

  /** Rejects what waits and terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) this.finish(p, new AnalysisCancelled());
    await Promise.all([...this.workers].map((w) => this.discard(w, new AnalysisCancelled())));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.workers.size < this.options.size ? this.spawn() : undefined);
      if (!worker) return;
      const p = this.queue.shift()!;
      p.state = "running";
      p.worker = worker;
      this.running.set(worker, p);
      // A busy worker keeps the process alive (the CLI waits for it); an idle one does not.
      worker.ref();
      worker.postMessage({ task: p.task, control: p.control.buffer });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, {
      execArgv: [],
      ...(this.options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } } : {}),
    });
    worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
    worker.on("error", (error) => void this.discard(worker, error));
    worker.on("exit", () => void this.discard(worker, new Error("analysis worker stopped")));
    this.workers.add(worker);
    return worker;
  }

  private finish(p: Pending, error: Error | null, value?: unknown): void {
    if (p.state === "finished") return;
    p.state = "finished";
    if (p.killTimer) clearTimeout(p.killTimer);
    if (error) p.reject(error);
    else p.resolve(value);
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const p = this.running.get(worker);
    this.running.delete(worker);
    if (p) {
      if (reply.type === "done") this.finish(p, null, reply.result);
      else if (reply.type === "cancelled") this.finish(p, new AnalysisCancelled());
      else this.finish(p, errorOf(reply));
    }
    worker.unref();
    this.idle.push(worker);
    this.pump();
  }

  /** Drops a worker that crashed, stopped or would not stop, failing its task. */
  private async discard(worker: Worker, error: Error): Promise<void> {
    if (!this.workers.delete(worker)) return;
    this.idle = this.idle.filter((w) => w !== worker);
    const p = this.running.get(worker);
    this.running.delete(worker);
    if (p) this.finish(p, p.cancelled ? new AnalysisCancelled() : error);
    await worker.terminate();
    this.pump();
  }

  private cancel(p: Pending): void {
    if (p.state === "finished" || p.cancelled) return;
    p.cancelled = true;
    if (p.state === "queued") {
      this.queue.splice(this.queue.indexOf(p), 1);
      this.finish(p, new AnalysisCancelled());
      return;
    }
    Atomics.store(p.control, CANCEL, 1);
    const worker = p.worker!;
    p.killTimer = setTimeout(() => void this.discard(worker, new AnalysisCancelled()), this.options.cancelGraceMs ?? 2000);
    p.killTimer.unref();
  }
}
