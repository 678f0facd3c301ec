import type { Cfg } from '../../dataflow/cfg.js';
import type { Region, Ty } from '../../types/ty.js';
import type { BitSet } from '../../util/bitset.js';
import { assertNever } from '../../util/assert.js';
import type { RegionCx } from '../region-cx.js';
import { type Variance, type VarianceCache, xform } from '../variance.js';

/**
 * What the location-sensitive analysis (`-Zpolonius=next`) reads, in indexed form: the CFG over
 * points, where each origin (region variable) is live, the direction loans may travel along the
 * CFG inside each live origin (from the variance of the types it appears in), the subset
 * constraints localised at their point or holding everywhere, and where each loan is issued.
 * facts.ts turns this into plain tuple tables; the engines in rules.ts and naive.ts read it.
 */
export type FlowDirection = 'forward' | 'backward' | 'both';

export interface PoloniusInput {
  readonly numPoints: number;
  readonly numOrigins: number;
  /** First point of each block (length = blocks + 1), to print points as `bb1[2]`. */
  readonly blockStart: Int32Array;
  /** CFG successors / predecessors of each point. */
  readonly succ: readonly (readonly number[])[];
  readonly pred: readonly (readonly number[])[];
  /** Points where each origin is live (universal origins: every point). */
  readonly liveAt: readonly BitSet[];
  /** Liveness edge direction of each origin: null when no local's type mentions it (rustc then uses both). */
  readonly direction: readonly (FlowDirection | null)[];
  /** Whether each origin is universal (a placeholder: a lifetime of the signature, or 'static). */
  readonly universal: readonly boolean[];
  /** Subset constraints `sup: sub` (loans of `sup` flow into `sub`) at one point, indexed by point. */
  readonly subsetAt: readonly (readonly (readonly [number, number])[] | undefined)[];
  /** Subset constraints holding at every point, by `sup`. */
  readonly subsetAll: readonly (readonly number[])[];
  /** Each loan: its issuing origin and point. */
  readonly loanOrigin: readonly number[];
  readonly loanPoint: readonly number[];
}

export function buildInput(cfg: Cfg, cx: RegionCx, live: readonly BitSet[], variances: VarianceCache, loans: readonly { readonly region: number; readonly point: number }[]): PoloniusInput {
  const numPoints = cfg.numPoints;
  const succ: number[][] = [];
  const pred: number[][] = [];
  for (let p = 0; p < numPoints; p++) { succ.push([]); pred.push([]); }
  const nBlocks = cfg.succ.length;
  for (let b = 0; b < nBlocks; b++) {
    const start = cfg.blockStart[b]!, end = cfg.blockStart[b + 1]!;
    for (let p = start; p + 1 < end; p++) { succ[p]!.push(p + 1); pred[p + 1]!.push(p); }
    for (const s of cfg.succ[b]!) {
      const q = cfg.blockStart[s]!;
      succ[end - 1]!.push(q);
      pred[q]!.push(end - 1);
    }
  }
  const subsetAt: (Array<readonly [number, number]> | undefined)[] = [];
  const subsetAll: number[][] = [];
  for (let v = 0; v < cx.numVars; v++) subsetAll.push([]);
  for (let c = 0; c < cx.consSup.length; c++) {
    const sup = cx.consSup[c]!, sub = cx.consSub[c]!, p = cx.consPoint[c]!;
    if (p < 0) { subsetAll[sup]!.push(sub); continue; }
    let xs = subsetAt[p];
    if (xs === undefined) { xs = []; subsetAt[p] = xs; }
    xs.push([sup, sub]);
  }
  const direction: (FlowDirection | null)[] = new Array<FlowDirection | null>(cx.numVars).fill(null);
  for (const t of cx.localTys) recordVariances(t, 'co', variances, direction);
  const universal = cx.universalOf.map((u) => u >= 0);
  return {
    numPoints, numOrigins: cx.numVars, blockStart: cfg.blockStart, succ, pred, liveAt: live, direction, universal, subsetAt, subsetAll,
    loanOrigin: loans.map((l) => l.region), loanPoint: loans.map((l) => l.point),
  };
}

/** rustc's `VarianceExtractor`: the variance at which each region occurs in a type; occurrences at different variances make it `both`. */
function recordVariances(ty: Ty, v: Variance, variances: VarianceCache, out: (FlowDirection | null)[]): void {
  const region = (r: Region, at: Variance): void => {
    if (r.kind !== 'var' || at === 'bi') return;
    const d: FlowDirection = at === 'co' ? 'forward' : at === 'contra' ? 'backward' : 'both';
    const prev = out[r.id];
    out[r.id] = prev === null || prev === undefined || prev === d ? d : 'both';
  };
  switch (ty.kind) {
    case 'bool': case 'char': case 'int': case 'float': case 'str': case 'never': case 'infer': case 'error': case 'param':
      return;
    case 'ref':
      region(ty.region, v);
      recordVariances(ty.inner, ty.mut ? xform(v, 'inv') : v, variances, out);
      return;
    case 'ptr': recordVariances(ty.inner, ty.mut ? xform(v, 'inv') : v, variances, out); return;
    case 'tuple': for (const e of ty.elems) recordVariances(e, v, variances, out); return;
    case 'array': case 'slice': recordVariances(ty.elem, v, variances, out); return;
    case 'adt': {
      const vs = variances.of(ty.def);
      ty.args.regions.forEach((r, i) => region(r, xform(v, vs.regions[i] ?? 'inv')));
      ty.args.types.forEach((t, i) => recordVariances(t, xform(v, vs.types[i] ?? 'inv'), variances, out));
      return;
    }
    case 'fnPtr':
      for (const t of ty.sig.inputs) recordVariances(t, xform(v, 'contra'), variances, out);
      recordVariances(ty.sig.output, v, variances, out);
      return;
    case 'dyn':
      region(ty.region, v);
      if (ty.principal !== null) {
        for (const r of ty.principal.args.regions) region(r, xform(v, 'inv'));
        for (const t of ty.principal.args.types) recordVariances(t, xform(v, 'inv'), variances, out);
      }
      for (const b of ty.bindings ?? []) recordVariances(b.ty, xform(v, 'inv'), variances, out);
      return;
    // Closures, fn items, opaque types and projections relate their arguments invariantly.
    case 'closure': for (const t of ty.upvars) recordVariances(t, xform(v, 'inv'), variances, out); return;
    case 'fnDef': case 'opaque':
      for (const r of ty.args.regions) region(r, xform(v, 'inv'));
      for (const t of ty.args.types) recordVariances(t, xform(v, 'inv'), variances, out);
      return;
    case 'projection':
      recordVariances(ty.self, xform(v, 'inv'), variances, out);
      for (const r of ty.trait.args.regions) region(r, xform(v, 'inv'));
      for (const t of ty.trait.args.types) recordVariances(t, xform(v, 'inv'), variances, out);
      return;
    default: return assertNever(ty);
  }
}
