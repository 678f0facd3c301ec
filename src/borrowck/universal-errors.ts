import type { BorrowckError } from './facts.js';
import { blameConstraint, constraintPath, type ExplainCx } from './explain.js';
import type { RegionCx } from './region-cx.js';
import type { RegionValues } from './solve.js';

/**
 * "lifetime may not live long enough": a universal region that must outlive another one
 * (contains its `end` element) without the signature saying so.
 */
export function universalRegionErrors(cx: RegionCx, rv: RegionValues, ex: ExplainCx): BorrowckError[] {
  if (cx.lenientUniversals) return [];
  const U = cx.universals.length;
  const out: BorrowckError[] = [];
  for (let a = 1; a < U; a++) {
    const va = cx.universals[a]!.vr;
    const value = rv.values[va]!;
    for (let b = 0; b < U; b++) {
      if (a === b || cx.known[a * U + b] || !value.has(rv.numPoints + b)) continue;
      const { category, span, variance, forall } = blameConstraint(ex, constraintPath(ex, va, cx.universals[b]!.vr));
      out.push({ kind: 'lifetimeMayNotLiveLongEnough', span, longer: cx.universals[a]!.info, shorter: cx.universals[b]!.info, category, variance, longerArg: cx.universalArg[a]! > 0 ? cx.universalArg[a]! : null, forallClause: forall });
      // rustc reports one error per region that is too short-lived.
      break;
    }
  }
  return out;
}
