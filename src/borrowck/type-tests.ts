import type { BorrowckError } from './facts.js';
import type { RegionCx } from './region-cx.js';
import type { RegionValues } from './solve.js';

/**
 * rustc's type tests: a type parameter `T` required to outlive region 'r holds when every
 * universal region 'r must outlive is outlived by one of T's known bounds. A region holding only
 * points of the body is always outlived (every parameter outlives the fn body).
 */
export function typeTestErrors(cx: RegionCx, rv: RegionValues): BorrowckError[] {
  if (cx.lenientUniversals || cx.typeTests.length === 0) return [];
  const U = cx.universals.length;
  const out: BorrowckError[] = [];
  const reported = new Set<string>();
  for (const t of cx.typeTests) {
    const value = rv.values[t.region]!;
    // As rustc's eval_outlives: the universal regions each bound's value holds (a bound grown by
    // another error outlives what it grew to).
    const bounds: number[] = [];
    for (const vr of cx.paramBounds.get(t.param) ?? []) for (let u = 0; u < U; u++) if (rv.values[vr]!.has(rv.numPoints + u)) bounds.push(u);
    if (bounds.includes(0)) continue; // T: 'static
    let failing = -1;
    for (let k = U - 1; k >= 0; k--) {
      if (!value.has(rv.numPoints + k)) continue;
      if (bounds.some((u) => cx.known[u * U + k])) continue;
      // Prefer naming a lifetime of the signature over 'static (rustc names the smallest failing bound).
      if (failing < 0 || failing === 0) failing = k;
    }
    if (failing < 0) continue;
    const key = `${t.span.lo}:${t.span.hi}:${t.param}:${failing}`;
    if (reported.has(key)) continue;
    reported.add(key);
    out.push({ kind: 'typeMayNotLiveLongEnough', span: t.span, param: t.name, paramIndex: t.param, region: cx.universals[failing]!.info, forall: t.forall === true });
  }
  return out;
}
