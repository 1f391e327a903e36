/**
 * Roll-up of place figures to their parents (districts to the city 500000, member districts to a
 * zone): additive indicators are summed, ratio indicators recomputed from the sums of their
 * numerator and denominator (never averaged), `none` indicators not rolled up. Each parent's sum is
 * set against the parent's own reported figure. Pure and independent of input order.
 */
import type { Indicator } from "../indicators/indicator.ts";

import type { Membership, PlaceLink } from "../places/place-tree.ts";

export type { Membership, PlaceLink };
/** A stored figure in the indicator's base unit. */
export interface RollupValue { indicatorCode: string; placeCode: string; period: string; value: number }

/** What roll-up needs: the place tree, optional group memberships, the figures, the catalogue. */
export interface RollupInput {
  places: readonly PlaceLink[];
  memberships?: readonly Membership[];
  values: readonly RollupValue[];
  indicators: ReadonlyMap<string, Indicator>;
}

/** One parent, indicator and period: the children's roll-up against the parent's own figure. */
export interface RollupRow {
  indicatorCode: string;
  placeCode: string;
  period: string;
  /** Σ children (sum), or Σ numerators / Σ denominators × scale (ratio); null when no child reports. */
  sum: number | null;
  childCount: number;
  /** Children with a value (for a ratio: with both numerator and denominator). */
  childrenReporting: number;
  /** Children without a value, by code. */
  missing: string[];
  /** True when no child is missing and no child's value is itself an incomplete roll-up. */
  complete: boolean;
  /** The parent's own directly reported figure, or null. */
  reported: number | null;
  /** reported − sum; null when either is missing. */
  difference: number | null;
  /** difference / |sum|; null when the difference is null or the sum is 0. */
  relativeDifference: number | null;
}

type Contribution = { value: number; complete: boolean } | null;
type ValuesByPlace = ReadonlyMap<string, number>;

/**
 * A place's contribution to its parent: its own reported value when it has one, else the sum of its
 * children's contributions (when any child has one), else nothing. So with figures only at the
 * leaves a parent's sum is the sum of all leaves below it, however deep the tree.
 */
function contributions(children: ReadonlyMap<string, readonly string[]>, values: ValuesByPlace) {
  const memo = new Map<string, Contribution>();
  const active = new Set<string>();
  const of = (code: string): Contribution => {
    const cached = memo.get(code);
    if (cached !== undefined) return cached;
    const own = values.get(code);
    let result: Contribution = null;
    if (own !== undefined) result = { value: own, complete: true };
    else {
      if (active.has(code)) throw new Error(`place tree has a cycle through ${code}`);
      active.add(code);
      let sum = 0;
      let reporting = 0;
      let complete = true;
      for (const child of children.get(code) ?? []) {
        const c = of(child);
        if (c === null) complete = false;
        else { sum += c.value; reporting++; complete &&= c.complete; }
      }
      active.delete(code);
      if (reporting > 0) result = { value: sum, complete };
    }
    memo.set(code, result);
    return result;
  };
  return of;
}

/** Children of each parent (tree and group memberships), each list sorted so sums do not depend on input order. */
function childrenOf(places: readonly PlaceLink[], memberships: readonly Membership[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  const add = (parent: string, child: string) => { if (parent !== child) sets.set(parent, (sets.get(parent) ?? new Set()).add(child)); };
  for (const p of places) if (p.parentCode !== null) add(p.parentCode, p.code);
  for (const m of memberships) add(m.groupCode, m.memberCode);
  return new Map([...sets].map(([parent, set]) => [parent, [...set].sort()]));
}

/** Values indexed indicator → period → place; a key given twice is an error. */
function indexValues(values: readonly RollupValue[]): Map<string, Map<string, Map<string, number>>> {
  const index = new Map<string, Map<string, Map<string, number>>>();
  for (const v of values) {
    const periods = index.get(v.indicatorCode) ?? new Map<string, Map<string, number>>();
    index.set(v.indicatorCode, periods);
    const byPlace = periods.get(v.period) ?? new Map<string, number>();
    periods.set(v.period, byPlace);
    if (byPlace.has(v.placeCode)) throw new Error(`value given twice: ${v.indicatorCode} ${v.placeCode} ${v.period}`);
    byPlace.set(v.placeCode, v.value);
  }
  return index;
}

const EMPTY: ValuesByPlace = new Map();

function row(indicatorCode: string, placeCode: string, period: string, kids: readonly string[], sum: number | null, reporting: number, missing: string[], complete: boolean, reported: number | undefined): RollupRow {
  const own = reported ?? null;
  const difference = own !== null && sum !== null ? own - sum : null;
  return {
    indicatorCode, placeCode, period, sum, childCount: kids.length, childrenReporting: reporting, missing, complete, reported: own, difference,
    relativeDifference: difference !== null && sum !== 0 && sum !== null ? difference / Math.abs(sum) : null,
  };
}

/**
 * Rolls every `sum` and `ratio` indicator up to every parent (tree parent or group) for every period
 * with figures. Emits a row where at least one child reports or the parent has its own figure; rows
 * sorted by indicator, place, period. Throws on a cycle in the tree or a figure given twice.
 */
export function rollup(input: RollupInput): RollupRow[] {
  const children = childrenOf(input.places, input.memberships ?? []);
  const index = indexValues(input.values);
  const rows: RollupRow[] = [];
  for (const indicator of input.indicators.values()) {
    const agg = indicator.aggregation;
    if (agg.method === "none") continue;
    const parts = agg.method === "sum" ? [indicator.code] : [agg.numerator, agg.denominator, indicator.code];
    const periods = new Set(parts.flatMap((code) => [...(index.get(code)?.keys() ?? [])]));
    for (const period of periods) {
      const own = index.get(indicator.code)?.get(period) ?? EMPTY;
      if (agg.method === "sum") {
        const of = contributions(children, own);
        for (const [parent, kids] of children) {
          let sum = 0;
          let complete = true;
          const missing: string[] = [];
          for (const kid of kids) {
            const c = of(kid);
            if (c === null) missing.push(kid);
            else { sum += c.value; complete &&= c.complete; }
          }
          const reporting = kids.length - missing.length;
          if (reporting > 0 || own.has(parent)) rows.push(row(indicator.code, parent, period, kids, reporting > 0 ? sum : null, reporting, missing, complete && missing.length === 0, own.get(parent)));
        }
      } else {
        const num = contributions(children, index.get(agg.numerator)?.get(period) ?? EMPTY);
        const den = contributions(children, index.get(agg.denominator)?.get(period) ?? EMPTY);
        for (const [parent, kids] of children) {
          let n = 0;
          let d = 0;
          let complete = true;
          const missing: string[] = [];
          for (const kid of kids) {
            const [cn, cd] = [num(kid), den(kid)];
            if (cn === null || cd === null) missing.push(kid);
            else { n += cn.value; d += cd.value; complete &&= cn.complete && cd.complete; }
          }
          const reporting = kids.length - missing.length;
          const ratio = reporting > 0 && d !== 0 ? (n / d) * agg.scale : null;
          if (reporting > 0 || own.has(parent)) rows.push(row(indicator.code, parent, period, kids, ratio, reporting, missing, complete && missing.length === 0, own.get(parent)));
        }
      }
    }
  }
  const order = (r: RollupRow) => [r.indicatorCode, r.placeCode, r.period] as const;
  return rows.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0;
  });
}
