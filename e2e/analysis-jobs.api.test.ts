/**
 * Monte Carlo analyses off the request path, end to end: a long rank-interval job runs
 * while the server keeps answering /api/health, its progress grows, cancelling frees the worker at
 * once, a finished job's result is the direct request's for the same seed, and the ceilings on
 * replications and on analyses at once are refused with the field or the reason named. Jobs belong
 * to whoever started them; the public can start none.
 */
import { describe, expect, it } from "vitest";
import { useTestServer } from "./test-server.ts";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import type { AnalysisJob, SensitivityJob, SensitivityResponse, UncertaintyJob, UncertaintyResponse } from "../contract/indices.ts";
import { analysisLimitsFromEnv } from "../server/analysis/limits.ts";
import type { ApiClient } from "./testing/api-client.ts";

const DISTRICTS = "cq-district-innovation";
// A replication takes a fraction of a millisecond, so 5,000 are over before a test can look twice: the
// job that must still be running while the server answers asks for 200,000, under a raised ceiling.
const LONG_RUN = 200_000;
process.env.KECHUANG_MAX_REPLICATIONS = String(LONG_RUN);
const LIMITS = analysisLimitsFromEnv();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads the job until `done` says so (bounded: a job that never gets there fails the test). */
async function until(client: ApiClient, id: string, done: (job: AnalysisJob) => boolean, rounds = 600): Promise<AnalysisJob> {
  for (let i = 0; i < rounds; i++) {
    const { status, body } = await client.get<AnalysisJob>(`/api/analysis-jobs/${id}`);
    expect(status).toBe(200);
    if (done(body)) return body;
    await sleep(100);
  }
  throw new Error(`job ${id} did not get there`);
}

describe.each(TEST_DATABASES)("analysis jobs on $name", (database) => {
  const server = useTestServer(database);

  it("runs a long analysis as a job while the server answers, and cancels it", async () => {
    const office = await server.office();
    const started = await office.post<UncertaintyJob>(`/api/indices/${DISTRICTS}/uncertainty/jobs`, { replications: LONG_RUN, seed: 7 });
    expect(started.status).toBe(202);
    expect(started.headers.get("location")).toBe(`/api/analysis-jobs/${started.body.id}`);
    expect(started.body).toMatchObject({ kind: "uncertainty", code: DISTRICTS, progress: { total: LONG_RUN }, result: null });
    const id = started.body.id;

    const first = await until(office, id, (j) => j.progress.done > 0);
    expect(first.status).toBe("running");
    // While the job runs, health and an ordinary read are answered, and the job is still running after.
    const health = await office.get("/api/health");
    expect(health.status).toBe(200);
    expect((await office.get("/api/plans")).status).toBe(200);
    const second = await until(office, id, (j) => j.progress.done > first.progress.done);
    expect(second.status).toBe("running");
    expect(second.progress.done).toBeLessThan(LONG_RUN);

    const cancelled = await office.delete<AnalysisJob>(`/api/analysis-jobs/${id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "cancelled", result: null });
    // The worker is free again at once: a small direct analysis does not wait behind the long one.
    const small = await office.post<UncertaintyResponse>(`/api/indices/${DISTRICTS}/uncertainty`, { replications: 20, seed: 1 });
    expect(small.status).toBe(200);
    const after = (await office.get<AnalysisJob>(`/api/analysis-jobs/${id}`)).body;
    expect(after.status).toBe("cancelled");
    expect(after.progress.done).toBeLessThan(LONG_RUN);
  });

  it("gives a finished job the direct request's result for the same seed", async () => {
    const office = await server.office();
    const request = { replications: 300, seed: 11 };
    const direct = await office.post<UncertaintyResponse>(`/api/indices/${DISTRICTS}/uncertainty`, request);
    expect(direct.status).toBe(200);
    const started = await office.post<UncertaintyJob>(`/api/indices/${DISTRICTS}/uncertainty/jobs`, request);
    const done = await until(office, started.body.id, (j) => j.status !== "queued" && j.status !== "running");
    expect(done).toMatchObject({ status: "succeeded", progress: { done: 300, total: 300 }, error: null });
    expect(done.result).toEqual(direct.body);
    expect(done.expiresAt).not.toBeNull();

    const sensitivity = { n: 12, seed: 3 };
    const directS = await office.post<SensitivityResponse>(`/api/indices/${DISTRICTS}/sensitivity`, sensitivity);
    const job = await office.post<SensitivityJob>(`/api/indices/${DISTRICTS}/sensitivity/jobs`, sensitivity);
    expect(job.status).toBe(202);
    const doneS = await until(office, job.body.id, (j) => j.status === "succeeded");
    expect(doneS.result).toEqual(directS.body);
    expect(doneS.progress.done).toBe(doneS.progress.total);
  });

  it("refuses replications past the ceiling, naming the field, directly and as a job", async () => {
    const office = await server.office();
    const over = LIMITS.maxReplications + 1;
    for (const path of ["uncertainty", "uncertainty/jobs"]) {
      const refused = await office.send("POST", `/api/indices/${DISTRICTS}/${path}`, { replications: over }, { "accept-language": "en" });
      expect(refused.status).toBe(422);
      expect(refused.body.error.field).toBe("replications");
      expect(refused.body.error.message).toContain(String(LIMITS.maxReplications));
    }
    const n = await office.post(`/api/indices/${DISTRICTS}/sensitivity/jobs`, { n: LIMITS.maxSensitivityN + 1 });
    expect(n.status).toBe(422);
    expect(n.body.error.field).toBe("n");
  });

  it("refuses another analysis with 429 while the ceiling of analyses at once is reached", async () => {
    const office = await server.office();
    const ids: string[] = [];
    for (let i = 0; i < LIMITS.maxActive; i++) {
      const started = await office.post<UncertaintyJob>(`/api/indices/${DISTRICTS}/uncertainty/jobs`, { replications: LONG_RUN, seed: i });
      expect(started.status).toBe(202);
      ids.push(started.body.id);
    }
    const refused = await office.post(`/api/indices/${DISTRICTS}/uncertainty/jobs`, { replications: 20 });
    expect(refused.status).toBe(429);
    expect(refused.body.error.messages.zh).toContain("上限");
    expect((await office.post(`/api/indices/${DISTRICTS}/uncertainty`, { replications: 20 })).status).toBe(429);
    for (const id of ids) expect((await office.delete<AnalysisJob>(`/api/analysis-jobs/${id}`)).body.status).toBe("cancelled");
    expect((await office.post(`/api/indices/${DISTRICTS}/uncertainty`, { replications: 20 })).status).toBe(200);
  });

  it("keeps a job to the person who started it, and the public out", async () => {
    const office = await server.office();
    const started = await office.post<UncertaintyJob>(`/api/indices/${DISTRICTS}/uncertainty/jobs`, { replications: 20 });
    const leader = await server.as({ username: "领导甲", role: "leader" });
    expect((await leader.get(`/api/analysis-jobs/${started.body.id}`)).status).toBe(404);
    expect((await leader.delete(`/api/analysis-jobs/${started.body.id}`)).status).toBe(404);
    const anonymous = server.anonymous();
    expect((await anonymous.get(`/api/analysis-jobs/${started.body.id}`)).status).toBe(401);
    expect((await anonymous.post(`/api/indices/${DISTRICTS}/uncertainty/jobs`, { replications: 20 })).status).toBe(401);
    expect((await office.get(`/api/analysis-jobs/not-a-job`)).status).toBe(404);
  });

  it("documents the job routes in the OpenAPI document", async () => {
    const doc = (await server.anonymous().get("/api/openapi.json")).body;
    expect(doc.paths["/api/indices/{code}/uncertainty/jobs"].post.responses).toHaveProperty("202");
    expect(doc.paths["/api/indices/{code}/uncertainty/jobs"].post.responses["202"].headers).toHaveProperty("Location");
    expect(doc.paths["/api/indices/{code}/sensitivity/jobs"].post.responses).toHaveProperty("429");
    expect(Object.keys(doc.paths["/api/analysis-jobs/{id}"])).toEqual(expect.arrayContaining(["get", "delete"]));
  });
});
