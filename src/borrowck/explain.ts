import { blockDominates, type Cfg, pointOf } from '../dataflow/cfg.js';
import { visitStatement, visitTerminator } from '../dataflow/visit.js';
import type { Body, Location, Statement } from '../mir/mir.js';
import { closureCaptureOf, closureCaptureUse } from './loans.js';
import type { TypeContext } from '../types/context.js';
import type { BitSet } from '../util/bitset.js';
import type { BlameCategory, InvarianceCause, LaterUse, Loan, UniversalRegionInfo } from './facts.js';
import type { Span } from '../syntax/span.js';
import { CATEGORY_RANK, type RegionCx } from './region-cx.js';
import type { RegionValues } from './solve.js';

/**
 * Why a loan is still live at a point (rustc's `explain_why_borrow_contains_point`, reduced):
 * the next use, along the loan's region, of a local whose type holds a region the loan flows
 * into; or a drop of such a local; or a universal region the loan must outlive.
 */
export interface ExplainCx {
  readonly body: Body;
  readonly tcx: TypeContext;
  readonly cfg: Cfg;
  readonly cx: RegionCx;
  readonly rv: RegionValues;
  readonly idom: Int32Array;
  /** sup → subs adjacency of the constraint graph. */
  readonly subsOf: readonly (readonly number[])[];
}

export function makeExplainCx(body: Body, tcx: TypeContext, cfg: Cfg, cx: RegionCx, rv: RegionValues, idom: Int32Array): ExplainCx {
  const subsOf: number[][] = [];
  for (let v = 0; v < cx.numVars; v++) subsOf.push([]);
  for (let c = 0; c < cx.consSup.length; c++) subsOf[cx.consSup[c]!]!.push(c);
  return { body, tcx, cfg, cx, rv, idom, subsOf };
}

/**
 * rustc's `find_sub_region_live_at`: breadth-first along outlives edges from the loan's region,
 * the first region that liveness alone puts at `point`.
 */
function subRegionLiveAt(ex: ExplainCx, from: number, point: number): number {
  const { cx } = ex;
  const live = ex.rv.relevantLiveValues();
  const seen = new Uint8Array(cx.numVars);
  const queue = [from];
  seen[from] = 1;
  let head = 0;
  while (head < queue.length) {
    const v = queue[head++]!;
    if (live[v]!.has(point)) return v;
    for (const c of ex.subsOf[v]!) {
      const s = cx.consSub[c]!;
      if (!seen[s]) { seen[s] = 1; queue.push(s); }
    }
  }
  return from;
}

type Found = { readonly local: number; readonly kind: 'use' | 'def' | 'drop'; readonly isCalleeOrCapture: 'call' | 'closureCapture' | 'other' };

/** What a location does to the locals whose type mentions region `r`; as rustc's visitor order (destination, then operands), the last one wins. */
function defUseAt(ex: ExplainCx, r: number, loc: Location): Found | null {
  const { body, cx } = ex;
  const mentions = (l: number): boolean => { for (const x of cx.localRegions[l] ?? []) if (x === r) return true; return false; };
  const block = body.blocks[loc.block]!;
  let dest: Found | null = null;
  let last: Found | null = null;
  if (loc.index < block.statements.length) {
    const st = block.statements[loc.index]!;
    // Building a closure: its aggregate, or the borrow a by-reference capture takes for it.
    const capture = st.kind.kind === 'assign' && ((st.kind.rvalue.kind === 'aggregate' && st.kind.rvalue.aggregate.kind === 'closure')
      || (st.kind.rvalue.kind === 'ref' && st.kind.place.projection.length === 0 && closureCaptureOf(body, st.kind.place.local) !== null));
    visitStatement(st, (place, use) => {
      if (!mentions(place.local)) return;
      if (use === 'storageLive') return;
      if ((use === 'store' && place.projection.length === 0) || use === 'storageDead') { dest = { local: place.local, kind: 'def', isCalleeOrCapture: 'other' }; return; }
      last = { local: place.local, kind: 'use', isCalleeOrCapture: capture ? 'closureCapture' : 'other' };
    });
  } else {
    const term = block.terminator;
    visitTerminator(term, (place, use) => {
      if (!mentions(place.local)) return;
      if (use === 'callDest' && place.projection.length === 0) { dest = { local: place.local, kind: 'def', isCalleeOrCapture: 'other' }; return; }
      if (use === 'drop') { last = { local: place.local, kind: 'drop', isCalleeOrCapture: 'other' }; return; }
      const isCallee = term.kind.kind === 'call' && term.kind.func.kind !== 'const' && term.kind.func.place.local === place.local;
      if (last === null || (last as Found).kind !== 'use') last = { local: place.local, kind: 'use', isCalleeOrCapture: isCallee ? 'call' : 'other' };
    });
    // A call's destination is visited after its operands: a def there wins.
    if (dest !== null) return dest;
  }
  return last ?? dest;
}

/**
 * Why a loan is live at `at` (rustc's `explain_why_borrow_contains_point`): the next use, within
 * the region, of a local whose type holds the sub-region of the loan that is live here; a drop
 * of such a local; or else a universal region the loan must outlive.
 */
export function explainLoan(ex: ExplainCx, loan: Loan, at: Location): LaterUse {
  const { body, cfg } = ex;
  const startPoint = pointOf(cfg, at);
  const r = subRegionLiveAt(ex, loan.region, startPoint);
  const region: BitSet = ex.rv.values[r]!;
  const visited = new Uint8Array(cfg.numPoints);
  const crossed = new Uint8Array(cfg.numPoints);
  const queue: number[] = [startPoint];
  let head = 0;
  while (head < queue.length) {
    const p = queue[head++]!;
    if (!region.has(p) || visited[p]) continue;
    visited[p] = 1;
    const b = cfg.pointBlock[p]!;
    const loc = { block: b, index: p - cfg.blockStart[b]! };
    const f = defUseAt(ex, r, loc);
    if (f !== null) {
      if (f.kind === 'def') continue;
      const block = body.blocks[b]!;
      const isTerm = loc.index === block.statements.length;
      const span = isTerm ? block.terminator.span : block.statements[loc.index]!.span;
      // "in later iteration of loop" only for a borrow made inside the loop (rustc's is_borrow_location_in_loop).
      const inLoop = crossed[p] === 1 && blockInCycle(cfg, loan.location.block);
      if (f.kind === 'drop') return { kind: 'droppedLater', location: loc, span, local: f.local, inLoop };
      const t = block.terminator.kind;
      const useSpan = isTerm && t.kind === 'call' && f.isCalleeOrCapture === 'call' ? t.fnSpan
        : f.isCalleeOrCapture === 'closureCapture' && !isTerm ? captureUseSpan(body, block.statements[loc.index]!, f.local) ?? span : span;
      return { kind: 'usedLater', location: loc, span: useSpan, inLoop, use: f.isCalleeOrCapture };
    }
    if (p + 1 < cfg.blockStart[b + 1]!) { if (!visited[p + 1]) { crossed[p + 1] = crossed[p]!; queue.push(p + 1); } }
    else {
      for (const s of cfg.succ[b]!) {
        const q = cfg.blockStart[s]!;
        if (visited[q]) continue;
        // An edge into a block that dominates this one goes round a loop.
        crossed[q] = crossed[p]! || (blockDominates(ex.idom, s, b) ? 1 : 0);
        queue.push(q);
      }
    }
  }
  const mv = mustBeValidFor(ex, loan.region);
  return mv ?? { kind: 'none' };
}

/** rustc points a later use by a closure capture at the use inside the closure that made it. */
function captureUseSpan(body: Body, st: Statement, local: number): Span | null {
  const k = st.kind;
  if (k.kind !== 'assign') return null;
  if (k.rvalue.kind === 'ref') return closureCaptureUse(body, k.place.local);
  if (k.rvalue.kind !== 'aggregate' || k.rvalue.aggregate.kind !== 'closure') return null;
  const i = k.rvalue.operands.findIndex((o) => o.kind !== 'const' && o.place.local === local);
  const node = k.rvalue.aggregate.node;
  return i < 0 ? null : body.children.find((c) => c.closure?.node === node)?.closure?.upvarUse[i] ?? null;
}

function blockInCycle(cfg: Cfg, start: number): boolean {
  const seen = new Uint8Array(cfg.succ.length);
  const stack = [...cfg.succ[start]!];
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b === start) return true;
    if (seen[b]) continue;
    seen[b] = 1;
    for (const s of cfg.succ[b]!) stack.push(s);
  }
  return false;
}

/** If the region must outlive a universal region: which one, and the category of the constraint that made it so. */
export function mustBeValidFor(ex: ExplainCx, from: number): LaterUse | null {
  const { cx, rv } = ex;
  const value = rv.values[from]!;
  let target = -1;
  // Prefer the non-'static universal regions (rustc names the "best" one).
  for (let u = cx.universals.length - 1; u >= 0; u--) if (value.has(rv.numPoints + u)) { target = u; if (u !== 0) break; }
  if (target < 0) return null;
  const { category, span, fromClosure } = blameConstraint(ex, constraintPath(ex, from, cx.universals[target]!.vr));
  const info: UniversalRegionInfo = cx.universals[target]!.info;
  return fromClosure ? { kind: 'mustBeValidFor', region: info, category, span, fromClosure } : { kind: 'mustBeValidFor', region: info, category, span };
}

/** rustc's `best_blame_constraint`, reduced: along the path, the constraint of the most interesting category (the first of equals). */
export function blameConstraint(ex: ExplainCx, path: readonly number[]): { category: BlameCategory; span: Span; variance: InvarianceCause | null; fromClosure: boolean; forall: Span | null } {
  const { cx } = ex;
  let best = -1;
  for (const c of path) if (best < 0 || CATEGORY_RANK[cx.consCategory[c]!] <= CATEGORY_RANK[cx.consCategory[best]!]) best = c;
  if (best < 0 || cx.consCategory[best] === 'boring') return { category: 'other', span: ex.body.span, variance: null, fromClosure: false, forall: null };
  const cat = cx.consCategory[best]!;
  return { category: cat === 'boring' || cat === 'usage' ? 'other' : cat, span: cx.consSpan[best]!, variance: cx.consVariance[best] ?? null, fromClosure: cx.consFromClosure.has(best), forall: cx.consForall[best] ?? null };
}

/** Constraint indices along a shortest sup→sub path from `from` to `to`. */
export function constraintPath(ex: ExplainCx, from: number, to: number): number[] {
  return constraintPathsFrom(ex, from)(to);
}

/** `constraintPath` from one region to many: one breadth-first search, then a path per target on demand. */
export function constraintPathsFrom(ex: ExplainCx, from: number): (to: number) => number[] {
  const { cx } = ex;
  const prev = new Int32Array(cx.numVars).fill(-1);
  const seen = new Uint8Array(cx.numVars);
  seen[from] = 1;
  const queue = [from];
  let head = 0;
  while (head < queue.length) {
    const v = queue[head++]!;
    for (const c of ex.subsOf[v]!) {
      const s = cx.consSub[c]!;
      if (!seen[s]) { seen[s] = 1; prev[s] = c; queue.push(s); }
    }
  }
  return (to) => {
    const path: number[] = [];
    let v = to;
    while (v !== from && prev[v]! >= 0) { const c = prev[v]!; path.push(c); v = cx.consSup[c]!; }
    return path.reverse();
  };
}
