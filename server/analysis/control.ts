/**
 * The cells a running analysis shares with the thread that started it, in one SharedArrayBuffer:
 * a cancel flag the worker checks after every model run, and the runs done out of the total, which
 * the server reads whenever a client asks for progress (no message per replication).
 */
export const CANCEL = 0;
export const DONE = 1;
export const TOTAL = 2;

export function newControl(total: number): Int32Array {
  const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  control[TOTAL] = total;
  return control;
}

/** What a worker answers for one task. */
export type WorkerReply =
  | { type: "done"; result: unknown }
  | { type: "cancelled" }
  | { type: "failed"; name: string; message: string; issues?: unknown[] };
