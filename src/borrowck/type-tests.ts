import type { BorrowckError } from './facts.js';
import type { RegionCx, TypeTest } from './region-cx.js';
import type { RegionValues } from './solve.js';

/**
 * rustc's type tests: a type parameter `T` required to outlive region 'r holds when every
 * universal region 'r must outlive is outlived by one of T's known bounds. A region holding only
 * points of the body is always outlived (every parameter outlives the fn body). A test on a
 * projection (`alias`) holds when one declared bound outlives 'r, or else all its components do.
 */
export function typeTestErrors(cx: RegionCx, rv: RegionValues): BorrowckError[] {
  if (cx.lenientUniversals || cx.typeTests.length === 0) return [];
  const U = cx.universals.length;
  const out: BorrowckError[] = [];
  const reported = new Set<string>();
  // As rustc's eval_outlives: the universal regions each bound's value holds (a bound grown by
  // another error outlives what it grew to).
  const universalsOf = (vr: number): number[] => {
    const us: number[] = [];
    for (let u = 0; u < U; u++) if (rv.values[vr]!.has(rv.numPoints + u)) us.push(u);
    return us;
  };
  const paramBounds = (param: number): number[] => (cx.paramBounds.get(param) ?? []).flatMap(universalsOf);
  /** The universal regions in 'r's value that none of `bounds` is known to outlive, most interesting last. */
  const uncovered = (t: TypeTest, bounds: readonly number[]): number[] => {
    if (bounds.includes(0)) return [];
    const value = rv.values[t.region]!;
    const ks: number[] = [];
    for (let k = 0; k < U; k++) if (value.has(rv.numPoints + k) && !bounds.some((u) => cx.known[u * U + k])) ks.push(k);
    return ks;
  };
  for (const t of cx.typeTests) {
    let failingSet: number[];
    if (t.alias === undefined) failingSet = uncovered(t, paramBounds(t.param));
    else {
      const a = t.alias;
      if (a.anyOf.some((b) => uncovered(t, universalsOf(b)).length === 0)) continue;
      const fromParams = a.params.flatMap((p) => uncovered(t, paramBounds(p)));
      const fromRegions = a.regions.flatMap((r) => uncovered(t, universalsOf(r)));
      failingSet = [...fromParams, ...fromRegions].sort((x, y) => x - y);
    }
    if (failingSet.length === 0) continue;
    // Prefer naming a lifetime of the signature over 'static (rustc names the smallest failing bound).
    const failing = failingSet[failingSet.length - 1]!;
    const key = `${t.span.lo}:${t.span.hi}:${t.alias?.display ?? t.param}:${failing}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const alias = t.alias !== undefined ? { alias: true } : {};
    out.push({ kind: 'typeMayNotLiveLongEnough', span: t.span, param: t.alias?.display ?? t.name, paramIndex: t.param, region: cx.universals[failing]!.info, forall: t.forall === true, ...alias });
  }
  return out;
}
