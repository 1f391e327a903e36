/**
 * Replications of the uncertainty and sensitivity analyses on typed arrays. The scenario engine's
 * choices (imputation, winsorisation cap, normalisation, weights, aggregation) are compiled once per
 * analysis onto Float64Array buffers laid out column after column (one indicator's units are
 * contiguous, which is how treatment, normalisation and aggregation walk them), so a replication
 * allocates nothing. What carries over from one replication to the next is a choice (`Reuse`):
 * nothing, the treated data per distinct (imputation, cap), or the normalised data per distinct
 * (imputation, cap, normalisation). The ranks are the same in every case, and the same as the
 * engine's run() of the scenario the variates encode.
 */
import { copeland, methodAt, weightedMeansInto, type AggregationMethod } from "./aggregate.ts";
import type { Frame } from "./definition.ts";
import { normaliseInto, type ColumnContext, type Normalisation } from "./normalise.ts";
import { levelMethods, treatOptions } from "./pipeline.ts";
import type { ImputeChoice, ScenarioEngine } from "./scenarios.ts";
import { minRankInto } from "./stats.ts";
import { treatInto, treatState, type TreatOptions, type TreatState } from "./treat.ts";
import type { Factor } from "./uncertainty.ts";

/**
 * What a replication keeps from earlier ones. "none" treats, normalises, aggregates and ranks in
 * every replication (the like-for-like baseline); "treated" treats once per distinct (imputation,
 * cap); "normalised" also normalises once per distinct (imputation, cap, normalisation).
 */
export type Reuse = "none" | "treated" | "normalised";

/** Index of the alternative that a uniform variate u ∈ [0, 1) picks out of `length`. */
export const pickIndex = (length: number, u: number): number => Math.min(Math.floor(u * length), length - 1);

/** The data under one imputation choice, with its buffers. */
interface Prepared {
  n: number;
  /** Indicator columns before treatment. */
  x: Float64Array[];
  /** Position in this data of each unit of the nominal run, −1 when screened out. */
  toNominal: Int32Array;
  /** Scratch columns for what is not kept between replications. */
  treated: Float64Array[];
  normalised: Float64Array[];
  aggregates: Float64Array[];
  rank: Float64Array;
}

/** Column views of one buffer holding `cols` columns of n values each, column after column. */
function columns(cols: number, n: number): Float64Array[] {
  const buf = new Float64Array(cols * n);
  return Array.from({ length: cols }, (_, c) => buf.subarray(c * n, (c + 1) * n));
}

interface Choices<T> {
  /** Offset of the factor's variate in a row, −1 when the factor is not uncertain. */
  at: number;
  /** The alternatives; one `undefined` (= the nominal choice) when the factor is not uncertain. */
  options: readonly (T | undefined)[];
}

function choicesOf<T>(factors: readonly Factor[], name: Factor["name"]): Choices<T> {
  let at = 0;
  for (const f of factors) {
    if (f.name === name) return { at, options: f.choices as T[] };
    at += f.dims;
  }
  return { at: -1, options: [undefined] };
}

export class Replicator {
  /** Units of the nominal run: run() gives their ranks in this order. */
  readonly units: string[];
  /** Variates per replication. */
  readonly dims: number;
  /** Ranks of the last run, per nominal unit (NaN when screened out or without a score). */
  readonly ranks: Float64Array;
  /** Per nominal unit, whether it was in the last run's data. */
  readonly present: Uint8Array;

  private readonly impute: Choices<ImputeChoice>;
  private readonly winsor: Choices<number | null>;
  private readonly normalise: Choices<Normalisation>;
  private readonly aggregate: Choices<AggregationMethod>;
  private readonly prepared: Prepared[];
  private readonly treatOpts: (TreatOptions | null)[];
  /** 1 for the indicators the spec leaves untreated. */
  private readonly exclude: Uint8Array;
  private readonly contexts: ColumnContext[][][];
  private readonly treatedKept = new Map<number, Float64Array[]>();
  private readonly normalisedKept = new Map<number, Float64Array[]>();
  private readonly state: TreatState;

  // The tree: indicators are slots 0..nInd − 1, aggregates nInd.., children of aggregate a in kids[a].
  private readonly nInd: number;
  private readonly kids: Int32Array[];
  private readonly kidCols: ArrayLike<number>[][];
  private readonly kidWeights: Float64Array[];
  private readonly methods: AggregationMethod[][];
  private readonly rootSlot: number;
  private readonly nodeWeight: Float64Array;
  private readonly noised: { at: number; fraction: number; slots: Int32Array; base: Float64Array } | null;
  private readonly sw: Float64Array;
  private readonly order: Int32Array;

  constructor(
    readonly engine: ScenarioEngine,
    factors: readonly Factor[],
    readonly reuse: Reuse = "normalised",
  ) {
    const { def, spec } = engine;
    this.dims = factors.reduce((s, f) => s + f.dims, 0);
    this.impute = choicesOf(factors, "impute");
    this.winsor = choicesOf(factors, "winsorMaxPoints");
    this.normalise = choicesOf(factors, "normalise");
    this.aggregate = choicesOf(factors, "aggregate");

    const nominal = engine.preparedFor({});
    this.units = nominal.units;
    const indicators = def.indicators;
    this.nInd = indicators.length;
    const slot = new Map<string, number>([...indicators, ...def.aggregates].map((c, i) => [c, i]));
    const frames = this.impute.options.map((impute) => engine.preparedFor(impute === undefined ? {} : { impute }));
    this.prepared = frames.map((f) => this.prepare(f, nominal, def.aggregates.length));
    const maxN = Math.max(...this.prepared.map((p) => p.n));
    this.state = treatState(maxN);
    this.sw = new Float64Array(maxN);
    this.order = new Int32Array(maxN);
    this.ranks = new Float64Array(this.units.length);
    this.present = new Uint8Array(this.units.length);

    const t = spec.treat;
    this.exclude = Uint8Array.from(indicators, (c) => (t?.exclude.includes(c) ? 1 : 0));
    this.treatOpts = this.winsor.options.map((cap) =>
      t ? { ...treatOptions(t), maxPoints: (cap === undefined ? t.winsorise.maxPoints : cap) ?? null } : null,
    );
    const targets = new Map(def.meta.map((m) => [m.iCode, m.target]));
    this.contexts = frames.map((f) =>
      this.normalise.options.map((choice) => {
        const n = choice ?? spec.normalise;
        const refIndex = n.method === "dist2ref" ? f.units.indexOf(n.reference) : undefined;
        return indicators.map((code) => ({ direction: def.nodes.get(code)!.direction, target: targets.get(code), refIndex, code }));
      }),
    );

    this.kids = def.aggregates.map((a) => Int32Array.from(def.nodes.get(a)!.children, (c) => slot.get(c)!));
    this.kidCols = this.kids.map((k) => Array.from(k, () => nominal.cols.get(indicators[0]!)!));
    this.kidWeights = this.kids.map((k) => new Float64Array(k.length));
    const nominalMethods = levelMethods(spec);
    this.methods = this.aggregate.options.map((m) => def.aggregates.map((a) => m ?? methodAt(nominalMethods, def.nodes.get(a)!.level)));
    this.rootSlot = slot.get(def.root)!;
    // The engine's weights: the nominal ones (1 when a node has none), times the factor when noised.
    const codes = [...indicators, ...def.aggregates];
    this.nodeWeight = Float64Array.from(codes, (c) => engine.baseWeights.get(c) ?? 1);
    const w = factors.find((f) => f.name === "weights");
    if (w) {
      const noisedSlots = Int32Array.from(w.codes!, (c) => slot.get(c) ?? -1);
      this.noised = {
        at: choicesOf(factors, "weights").at,
        fraction: w.fraction!,
        slots: noisedSlots,
        base: Float64Array.from(w.codes!, (c) => engine.baseWeights.get(c) ?? NaN),
      };
    } else this.noised = null;
  }

  private prepare(f: Frame, nominal: Frame, nAgg: number): Prepared {
    const n = f.units.length;
    const x = columns(this.nInd, n);
    this.engine.def.indicators.forEach((c, k) => x[k]!.set(f.cols.get(c)!));
    const toNominal = Int32Array.from(nominal.units, (u, i) => (f.units[i] === u ? i : f.units.indexOf(u)));
    return {
      n,
      x,
      toNominal,
      treated: this.reuse === "none" ? columns(this.nInd, n) : [],
      normalised: this.reuse === "normalised" ? [] : columns(this.nInd, n),
      aggregates: columns(nAgg, n),
      rank: new Float64Array(n),
    };
  }

  private treat(p: Prepared, win: number, out: Float64Array[]): Float64Array[] {
    const o = this.treatOpts[win]!;
    if (!o) return p.x;
    for (let c = 0; c < this.nInd; c++) {
      if (this.exclude[c]) out[c]!.set(p.x[c]!);
      else treatInto(p.x[c]!, out[c]!, o, this.state);
    }
    return out;
  }

  private treated(imp: number, win: number): Float64Array[] {
    const p = this.prepared[imp]!;
    if (this.reuse === "none") return this.treat(p, win, p.treated);
    const key = imp * this.winsor.options.length + win;
    let kept = this.treatedKept.get(key);
    if (!kept) this.treatedKept.set(key, (kept = this.treat(p, win, this.treatOpts[win] ? columns(this.nInd, p.n) : [])));
    return kept;
  }

  private normaliseInto(imp: number, win: number, norm: number, out: Float64Array[]): Float64Array[] {
    const x = this.treated(imp, win);
    const n = this.normalise.options[norm] ?? this.engine.spec.normalise;
    const ctx = this.contexts[imp]![norm]!;
    for (let c = 0; c < this.nInd; c++) normaliseInto(x[c]!, out[c]!, n, ctx[c]!);
    return out;
  }

  private normalisedData(imp: number, win: number, norm: number): Float64Array[] {
    const p = this.prepared[imp]!;
    if (this.reuse !== "normalised") return this.normaliseInto(imp, win, norm, p.normalised);
    const key = (imp * this.winsor.options.length + win) * this.normalise.options.length + norm;
    let kept = this.normalisedKept.get(key);
    if (!kept) this.normalisedKept.set(key, (kept = this.normaliseInto(imp, win, norm, columns(this.nInd, p.n))));
    return kept;
  }

  private pick<T>(c: Choices<T>, row: ArrayLike<number>): number {
    return c.at < 0 ? 0 : pickIndex(c.options.length, row[c.at]!);
  }

  /** Runs the scenario of one row of variates (laid out as the factors are); returns `ranks`. */
  run(row: ArrayLike<number>): Float64Array {
    const imp = this.pick(this.impute, row);
    const win = this.pick(this.winsor, row);
    const norm = this.pick(this.normalise, row);
    const methods = this.methods[this.pick(this.aggregate, row)]!;
    const p = this.prepared[imp]!;
    const x = this.normalisedData(imp, win, norm);

    const w = this.nodeWeight;
    const noised = this.noised;
    if (noised)
      for (let j = 0; j < noised.slots.length; j++) {
        const s = noised.slots[j]!;
        if (s >= 0) w[s] = noised.base[j]! * (1 + noised.fraction * (2 * row[noised.at + j]! - 1));
      }
    const nInd = this.nInd;
    for (let a = 0; a < this.kids.length; a++) {
      const kids = this.kids[a]!;
      const cols = this.kidCols[a]!;
      const ws = this.kidWeights[a]!;
      for (let k = 0; k < kids.length; k++) {
        const s = kids[k]!;
        cols[k] = s < nInd ? x[s]! : p.aggregates[s - nInd]!;
        ws[k] = w[s]!;
      }
      const out = p.aggregates[a]!;
      const m = methods[a]!;
      if (m === "copeland") out.set(copeland(cols as Float64Array[], ws));
      else weightedMeansInto(cols, ws, m, out, this.sw);
    }
    const root = this.rootSlot < nInd ? x[this.rootSlot]! : p.aggregates[this.rootSlot - nInd]!;
    minRankInto(root, true, p.rank, this.order);
    for (let i = 0; i < this.ranks.length; i++) {
      const j = p.toNominal[i]!;
      this.present[i] = j < 0 ? 0 : 1;
      if (j < 0) this.ranks[i] = NaN;
      else this.ranks[i] = p.rank[j]!;
    }
    return this.ranks;
  }
}
