import type { Region, Ty } from '../ty.js';
import { assertNever } from '../../util/assert.js';
import { type Variance, type VarianceCache, xform } from '../variance.js';

/**
 * rustc's leak check for a coercion to a higher-ranked fn pointer (`for<'a> fn(&'a T)`), run by
 * typeck's coercion: the target's bound regions become placeholders of a new universe, the
 * source's own bound regions (a fn item's late-bound lifetimes, a fn pointer's binder) fresh
 * variables of that universe, every other region is of the outer universe. Subtyping
 * source <: target gives outlives edges; a placeholder that must outlive another placeholder or
 * any region of the outer universe (`'static`, a lifetime of the enclosing fn, an early-bound
 * lifetime of the fn item) "leaks": "one type is more general than the other" (E0308).
 *
 * Where the relation is not modelled (nested binders, trait objects, projections) no edge is
 * added: the check may miss a leak, never invent one.
 */

/** Which node a region of one side stands for: the outer universe, a placeholder, an inner variable. */
export type LeakNode = number;

export const OUTER: LeakNode = 0;

export interface LeakGraph {
  /** Per node: whether it is a placeholder (of the target's binder). */
  readonly placeholder: boolean[];
  readonly edges: number[][];
}

export function newLeakGraph(): LeakGraph {
  return { placeholder: [false], edges: [[]] };
}

export function addNode(g: LeakGraph, placeholder: boolean): LeakNode {
  g.placeholder.push(placeholder);
  g.edges.push([]);
  return g.placeholder.length - 1;
}

/**
 * Maps the target's regions: bound ones to one placeholder per bound id, `'static` and named
 * lifetimes to the outer universe, unknown (erased) ones to fresh inner variables (lenient).
 */
export function targetRegions(g: LeakGraph): (r: Region) => LeakNode {
  const byBound = new Map<number, LeakNode>();
  return (r) => {
    switch (r.kind) {
      case 'static': case 'param': case 'var': return OUTER;
      case 'erased': {
        if (r.bound === undefined) return addNode(g, false);
        let n = byBound.get(r.bound);
        if (n === undefined) { n = addNode(g, true); byBound.set(r.bound, n); }
        return n;
      }
      default: return assertNever(r);
    }
  };
}

/**
 * Maps the source's regions: its bound ones (and the lifetimes `inner` says are late-bound) to
 * one inner variable each, unknown ones to fresh inner variables, the rest to the outer universe.
 */
export function sourceRegions(g: LeakGraph, inner: (r: Region) => string | null): (r: Region) => LeakNode {
  const byKey = new Map<string, LeakNode>();
  return (r) => {
    const key = r.kind === 'erased' && r.bound !== undefined ? `b${r.bound}` : inner(r);
    if (key !== null) {
      let n = byKey.get(key);
      if (n === undefined) { n = addNode(g, false); byKey.set(key, n); }
      return n;
    }
    if (r.kind === 'erased') return addNode(g, false);
    return OUTER;
  };
}

/** Adds the edges of `a <: b` (a's regions mapped by `ra`, b's by `rb`); `longer → shorter`. */
export function relateForLeak(g: LeakGraph, a: Ty, b: Ty, v: Variance, ra: (r: Region) => LeakNode, rb: (r: Region) => LeakNode, variances: VarianceCache): void {
  const regions = (x: Region, y: Region, v: Variance): void => {
    if (v === 'bi') return;
    const nx = ra(x);
    const ny = rb(y);
    if (v !== 'contra') g.edges[nx]!.push(ny);
    if (v !== 'co') g.edges[ny]!.push(nx);
  };
  const walk = (a: Ty, b: Ty, v: Variance): void => {
    if (v === 'bi') return;
    switch (a.kind) {
      case 'ref':
        if (b.kind !== 'ref') return;
        regions(a.region, b.region, v);
        walk(a.inner, b.inner, a.mut || b.mut ? 'inv' : v);
        return;
      case 'ptr':
        if (b.kind !== 'ptr') return;
        walk(a.inner, b.inner, a.mut || b.mut ? 'inv' : v);
        return;
      case 'tuple':
        if (b.kind !== 'tuple') return;
        for (let i = 0; i < Math.min(a.elems.length, b.elems.length); i++) walk(a.elems[i]!, b.elems[i]!, v);
        return;
      case 'array': case 'slice':
        if (b.kind !== 'array' && b.kind !== 'slice') return;
        walk(a.elem, b.elem, v);
        return;
      case 'adt': {
        if (b.kind !== 'adt' || b.def !== a.def) return;
        const vs = variances.of(a.def);
        a.args.regions.forEach((r, k) => { const y = b.args.regions[k]; if (y !== undefined) regions(r, y, xform(v, vs.regions[k] ?? 'inv')); });
        a.args.types.forEach((t, k) => { const y = b.args.types[k]; if (y !== undefined) walk(t, y, xform(v, vs.types[k] ?? 'inv')); });
        return;
      }
      // Nested binders, objects, projections: no edge (see above).
      case 'fnPtr': case 'fnDef': case 'closure': case 'dyn': case 'projection': case 'opaque':
      case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'param': case 'infer': case 'error':
        return;
      default: return assertNever(a);
    }
  };
  walk(a, b, v);
}

/** Whether some placeholder must outlive another placeholder or a region of the outer universe. */
export function leaks(g: LeakGraph): boolean {
  for (let p = 0; p < g.placeholder.length; p++) {
    if (!g.placeholder[p]) continue;
    const seen = new Set<number>([p]);
    const stack = [p];
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (const m of g.edges[n]!) {
        if (m === OUTER || (g.placeholder[m] && m !== p)) return true;
        if (!seen.has(m)) { seen.add(m); stack.push(m); }
      }
    }
  }
  return false;
}
