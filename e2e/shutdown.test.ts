/**
 * Stopping the real server (a child process on an embedded database) with SIGTERM: it stops taking
 * connections at once, finishes a request in flight and exits 0; an idle keep-alive connection does
 * not hold it, nor do clients asking without pause; a request that never finishes holds it only up to KECHUANG_SHUTDOWN_TIMEOUT_MS, past
 * which it exits 1 saying so. Each time, a new server opens the same data directory straight after.
 */
import { request, type ClientRequest, type IncomingMessage, Agent } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../server/start.ts";
import { fillDataDir } from "../server/db/test-databases.ts";
import { startServerProcess, type ServerProcess } from "./testing/server-process.ts";

const BOUND_MS = 3_000;

/** A sign-in whose body is sent in two parts: the request stays in flight until `finish` is called. */
function slowSignIn(url: string): { finish(): void; abandon(): void; reply: Promise<{ status: number; body: string }> } {
  const body = Buffer.from(JSON.stringify({ username: "nobody", password: "not the password" }));
  let req: ClientRequest;
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request(`${url}/api/session`, { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } }, (res: IncomingMessage) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.flushHeaders();
    req.write(body.subarray(0, 10));
  });
  return { finish: () => req.end(body.subarray(10)), abandon: () => req.destroy(), reply };
}

/** Whether the server still accepts a new connection. */
const accepts = (url: string) =>
  fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );

describe("SIGTERM on the server", () => {
  let folder: string;
  let dataDir: string;
  const started: ServerProcess[] = [];
  /** The server the test before left running, on the same data directory. */
  let next: ServerProcess | undefined;
  const start = async () => {
    const server = await startServerProcess({ dataDir }, 120_000, { KECHUANG_SHUTDOWN_TIMEOUT_MS: String(BOUND_MS) });
    started.push(server);
    return server;
  };
  const take = async () => {
    const server = next ?? (await start());
    next = undefined;
    return server;
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "kechuang-shutdown-"));
    dataDir = join(folder, "pglite");
    // Migrated and seeded once, so each start below is quick.
    await fillDataDir(dataDir);
    await (await prepareDatabase({ kind: "pglite", dataDir })).destroy();
  }, 300_000);
  afterAll(async () => {
    for (const server of started) await server.stop("SIGKILL");
    rmSync(folder, { recursive: true, force: true });
  });

  it("finishes the request in flight, takes no new connection meanwhile, and exits 0", async () => {
    const server = await take();
    const slow = slowSignIn(server.url);
    await sleep(200);
    const stopped = server.stop("SIGTERM");
    await sleep(300);
    expect(await accepts(server.url)).toBe(false);
    slow.finish();
    expect((await slow.reply).status).toBe(401);
    expect((await stopped).code).toBe(0);
    expect(server.output()).toContain("Stopped; the database is closed.");
    next = await start();
  }, 300_000);

  it("is not held by an idle keep-alive connection", async () => {
    const server = await take();
    const agent = new Agent({ keepAlive: true });
    const health = await new Promise<number>((resolve, reject) =>
      request(`${server.url}/api/health`, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
        .on("error", reject)
        .end(),
    );
    expect(health).toBe(200);
    const began = performance.now();
    expect((await server.stop("SIGTERM")).code).toBe(0);
    // Well inside Node's five-second keep-alive, which a plain close would have waited out.
    expect(performance.now() - began).toBeLessThan(BOUND_MS);
    agent.destroy();
    next = await start();
  }, 300_000);

  it("stops a busy server: clients asking without pause on keep-alive connections do not keep it up", async () => {
    const server = await take();
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    let answered = 0;
    let asking = true;
    const ask = () =>
      new Promise<boolean>((resolve) =>
        request(`${server.url}/api/health`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(true));
        })
          .on("error", () => resolve(false))
          .end(),
      );
    const clients = Array.from({ length: 20 }, async () => {
      while (asking && (await ask())) answered++;
    });
    // Every client has had an answer on its connection, so all twenty are open and busy.
    while (answered < 60) await sleep(20);
    const began = performance.now();
    const ended = await server.stop("SIGTERM");
    const took = performance.now() - began;
    asking = false;
    await Promise.all(clients);
    agent.destroy();
    expect(ended.code).toBe(0);
    expect(took).toBeLessThan(BOUND_MS);
    next = await start();
  }, 300_000);

  it("exits 1 at the bound when a request never finishes, and the directory opens again at once", async () => {
    const server = await take();
    const slow = slowSignIn(server.url);
    slow.reply.catch(() => {});
    await sleep(200);
    const began = performance.now();
    const ended = await server.stop("SIGTERM");
    const took = performance.now() - began;
    expect(ended.code).toBe(1);
    expect(took).toBeGreaterThanOrEqual(BOUND_MS - 100);
    expect(took).toBeLessThan(BOUND_MS + 5_000);
    expect(server.output()).toMatch(/1 request\(s\) still running after 3000 ms; exiting without waiting for them/);
    slow.abandon();
    const again = await start();
    expect(await accepts(again.url)).toBe(true);
    expect((await again.stop("SIGTERM")).code).toBe(0);
  }, 300_000);
});
