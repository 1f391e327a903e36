/**
 * Use cases of evaluation analyses on a stored index (区县创新活跃指数, 高新区榜单): the ranking with
 * every aggregate's score and the missing values, rank intervals by seeded Monte Carlo, sensitivity
 * indices with the effect of dropping each dimension, and the explanation of one place's score.
 * The two Monte Carlo analyses run on the analysis runner's worker threads, directly or as jobs.
 */
import { defaultUncertainInputs, explainUnitOf, missingValues, rankingOf } from "../../core/evaluation/analysis.ts";
import { UncertaintyRequest, SensitivityRequest, ExplainRequest } from "../../contract/indices.ts";
import type { AnalysisBase, ComputeResponse, ExplainResponse, SensitivityResponse, UncertaintyResponse } from "../../contract/indices.ts";
import type { Db } from "../db/connect.ts";
import { invalidField, notFound } from "../errors/app-error.ts";
import type { AnalysisTask, OutcomeOf, SensitivityTask, UncertaintyTask } from "../analysis/analysis-task.ts";
import type { Job } from "../analysis/analysis-jobs.ts";
import type { AnalysisRunner } from "../analysis/analysis-runner.ts";
import type { AnalysisLimits } from "../analysis/limits.ts";
import { namesOf } from "../presenters/indices.presenter.ts";
import { guardEngine, loadEvaluationInput, type EvaluationInput } from "./evaluation-input.service.ts";

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function header(input: EvaluationInput, time: number | null) {
  const { data } = input.prepared;
  const years = [...new Set(data.units.map((u) => u.time).filter((t): t is number => t !== null))].sort((a, b) => a - b);
  return { code: input.code, sample: input.sample, source: input.source, time, years };
}

/** The year asked for, else the latest in the data; a year without data is refused. */
function yearOf(input: EvaluationInput, year: number | undefined): number | null {
  const years = header(input, null).years;
  if (year === undefined) return years.at(-1) ?? null;
  if (!years.includes(year)) throw notFound("year", `数据中没有 ${year} 年`, `the data has no year ${year}`);
  return year;
}

export async function computeRanking(db: Db, code: string, base: AnalysisBase): Promise<ComputeResponse> {
  const input = await loadEvaluationInput(db, code, base);
  const time = yearOf(input, base.year);
  const ranking = guardEngine(() => rankingOf(input.prepared, time));
  const name = namesOf(input.nodes);
  const { def } = input.prepared;
  return {
    ...header(input, ranking.time),
    root: def.root,
    aggregates: def.aggregates.map((c) => ({ code: c, level: def.nodes.get(c)!.level, ...name(c) })),
    ratios: def.ratios.map((r) => ({ ...r, ...name(r.code) })),
    units: ranking.units.map(({ uCode, uName, score, rank, scores }) => ({ uCode, uName, score, rank, scores })),
    missing: missingValues(input.nodes, input.rows, ranking.time),
    screenedOut: ranking.screenedOut,
  };
}

/** Refuses a request past the configured ceiling, naming the field. */
function assertWithin(value: number, ceiling: number, field: string): void {
  if (value > ceiling) throw invalidField(field, `${field} 不得超过 ${ceiling}（服务器上限）`, `${field} must be at most ${ceiling} (the server's ceiling)`);
}

interface Planned<T extends AnalysisTask, R> {
  task: T;
  present(outcome: OutcomeOf<T>): R;
}

async function planUncertainty(db: Db, code: string, request: UncertaintyRequest, limits: AnalysisLimits): Promise<Planned<UncertaintyTask, UncertaintyResponse>> {
  const r = UncertaintyRequest.parse(request);
  assertWithin(r.replications, limits.maxReplications, "replications");
  const input = await loadEvaluationInput(db, code, r);
  const time = yearOf(input, r.year);
  const inputs = r.inputs ?? defaultUncertainInputs(input.prepared.spec);
  const names = new Map(input.prepared.data.units.map((u) => [u.uCode, u.uName]));
  return {
    task: { kind: "uncertainty", prepared: input.prepared, inputs, replications: r.replications, seed: r.seed, time },
    present: (stats) => {
      const units = stats.map((s) => ({ ...s, uName: names.get(s.uCode) ?? s.uCode })).sort((a, b) => a.nominal - b.nominal);
      return { ...header(input, time), seed: r.seed, replications: r.replications, units };
    },
  };
}

async function planSensitivity(db: Db, code: string, request: SensitivityRequest, limits: AnalysisLimits): Promise<Planned<SensitivityTask, SensitivityResponse>> {
  const r = SensitivityRequest.parse(request);
  assertWithin(r.n, limits.maxSensitivityN, "n");
  const input = await loadEvaluationInput(db, code, r);
  const time = yearOf(input, r.year);
  const inputs = r.inputs ?? defaultUncertainInputs(input.prepared.spec);
  const name = namesOf(input.nodes);
  const level = input.prepared.def.maxLevel - 1;
  return {
    task: { kind: "sensitivity", prepared: input.prepared, inputs, n: r.n, seed: r.seed, time, level },
    present: ({ indices, drops }) => ({ ...header(input, time), seed: r.seed, indices, drops: drops.map((d) => ({ ...d, level, ...name(d.code) })) }),
  };
}

/** Rank intervals, computed in a worker thread while the request waits. */
export async function computeUncertainty(db: Db, code: string, request: UncertaintyRequest, runner: AnalysisRunner, signal?: AbortSignal): Promise<UncertaintyResponse> {
  const plan = await planUncertainty(db, code, request, runner.limits);
  return plan.present(await runner.run(plan.task, signal));
}

export async function computeSensitivity(db: Db, code: string, request: SensitivityRequest, runner: AnalysisRunner, signal?: AbortSignal): Promise<SensitivityResponse> {
  const plan = await planSensitivity(db, code, request, runner.limits);
  return plan.present(await runner.run(plan.task, signal));
}

/** Rank intervals as a job: answered at once, read (and cancelled) by the person who started it. */
export async function startUncertaintyJob(db: Db, code: string, request: UncertaintyRequest, runner: AnalysisRunner, ownerId: number): Promise<Job<UncertaintyResponse>> {
  const plan = await planUncertainty(db, code, request, runner.limits);
  return runner.startJob(plan.task, code, ownerId, plan.present);
}

export async function startSensitivityJob(db: Db, code: string, request: SensitivityRequest, runner: AnalysisRunner, ownerId: number): Promise<Job<SensitivityResponse>> {
  const plan = await planSensitivity(db, code, request, runner.limits);
  return runner.startJob(plan.task, code, ownerId, plan.present);
}

export async function explainUnit(db: Db, code: string, request: ExplainRequest): Promise<ExplainResponse> {
  const r = ExplainRequest.parse(request);
  const input = await loadEvaluationInput(db, code, r);
  const time = yearOf(input, r.year);
  const compare = r.compareYear === undefined ? null : yearOf(input, r.compareYear);
  const e = guardEngine(() => explainUnitOf(input.prepared, r.unit, time, compare));
  if (!e) throw notFound("unit", `“${r.unit}”不在该指数的排名中`, `"${r.unit}" is not ranked by this index`);
  const name = namesOf(input.nodes);
  const uName = input.prepared.data.units.find((u) => u.uCode === r.unit)?.uName ?? r.unit;
  return {
    ...header(input, time),
    uCode: e.uCode,
    uName,
    score: e.score,
    rank: e.rank,
    contributions: e.contributions.map((c) => ({ ...c, value: finite(c.value), contribution: finite(c.contribution), ...name(c.code) })),
    ratios: e.ratios.map((r) => ({ ...r, value: finite(r.value), numeratorValue: finite(r.numeratorValue), denominatorValue: finite(r.denominatorValue), ...name(r.code) })),
    change: e.change && {
      time0: e.change.time0,
      score0: e.change.score0,
      score1: e.change.score1,
      rank0: e.change.rank0,
      rank1: e.change.rank1,
      drivers: e.change.drivers.map((d) => ({ ...d, ...name(d.code) })),
    },
  };
}
