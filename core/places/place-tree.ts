/**
 * The place hierarchy as the policy and the roll-up need it: a place lies under its parent chain
 * (park → district → city) and, when memberships are given, under the groupings it belongs to.
 */

export interface PlaceLink {
  code: string;
  parentCode: string | null;
}

export interface Membership {
  groupCode: string;
  memberCode: string;
}

/** Answers "does this place lie under that one" from parent links and group memberships. */
export class PlaceTree {
  private readonly up = new Map<string, string[]>();
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(places: readonly PlaceLink[], memberships: readonly Membership[] = []) {
    for (const p of places) this.up.set(p.code, p.parentCode ? [p.parentCode] : []);
    for (const m of memberships) {
      const list = this.up.get(m.memberCode) ?? [];
      if (!list.includes(m.groupCode)) list.push(m.groupCode);
      this.up.set(m.memberCode, list);
    }
  }

  has(code: string): boolean {
    return this.up.has(code);
  }

  /** Every place `code` lies under, itself excluded; cycles in the data are cut. */
  ancestors(code: string): ReadonlySet<string> {
    const cached = this.cache.get(code);
    if (cached) return cached;
    const seen = new Set<string>();
    const stack = [...(this.up.get(code) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === code || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.up.get(next) ?? []));
    }
    this.cache.set(code, seen);
    return seen;
  }

  /** `code` is `scope` or lies under it. */
  within(code: string, scope: string): boolean {
    return code === scope || this.ancestors(code).has(scope);
  }

  /** The places directly under `code` by parent link (not by membership). */
  children(code: string): string[] {
    return [...this.up.entries()].filter(([, parents]) => parents[0] === code).map(([c]) => c);
  }
}
