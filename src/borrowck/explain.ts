import { type Cfg, locationDominates, pointOf } from '../dataflow/cfg.js';
import { visitStatement, visitTerminator } from '../dataflow/visit.js';
import type { Body, Location } from '../mir/mir.js';
import type { TypeContext } from '../types/context.js';
import type { BitSet } from '../util/bitset.js';
import type { LaterUse, Loan, UniversalRegionInfo } from './facts.js';
import type { RegionCx } from './region-cx.js';
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

function reachable(ex: ExplainCx, from: number): Uint8Array {
  const seen = new Uint8Array(ex.cx.numVars);
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const c of ex.subsOf[v]!) {
      const s = ex.cx.consSub[c]!;
      if (!seen[s]) { seen[s] = 1; stack.push(s); }
    }
  }
  return seen;
}

export function explainLoan(ex: ExplainCx, loan: Loan, at: Location): LaterUse {
  const { body, cfg, cx } = ex;
  const reach = reachable(ex, loan.region);
  const relevant = new Uint8Array(body.locals.length);
  for (let l = 1; l < body.locals.length; l++) {
    for (const r of cx.localRegions[l]!) if (reach[r]) { relevant[l] = 1; break; }
  }
  const region: BitSet = ex.rv.values[loan.region]!;
  const startPoint = pointOf(cfg, at);
  // BFS forward over points of the loan's region, starting after the error point.
  const visited = new Uint8Array(cfg.numPoints);
  const queue: number[] = [];
  const pushSuccessors = (p: number): void => {
    const b = cfg.pointBlock[p]!;
    if (p + 1 < cfg.blockStart[b + 1]!) queue.push(p + 1);
    else for (const s of cfg.succ[b]!) queue.push(cfg.blockStart[s]!);
  };
  pushSuccessors(startPoint);
  let head = 0;
  while (head < queue.length) {
    const p = queue[head++]!;
    if (visited[p]) continue;
    visited[p] = 1;
    if (!region.has(p)) continue;
    const b = cfg.pointBlock[p]!;
    const idx = p - cfg.blockStart[b]!;
    const block = body.blocks[b]!;
    const loc = { block: b, index: idx };
    let found: LaterUse | null = null;
    const inLoop = p <= startPoint && b === at.block ? true : locationDominates(ex.idom, loc, at);
    if (idx < block.statements.length) {
      const st = block.statements[idx]!;
      visitStatement(st, (place, use) => {
        if (found !== null || !relevant[place.local]) return;
        if (use === 'storageDead' || use === 'storageLive' || use === 'mention') return;
        if (use === 'store' && place.projection.length === 0) return;
        const isCapture = st.kind.kind === 'assign' && st.kind.rvalue.kind === 'aggregate' && st.kind.rvalue.aggregate.kind === 'closure';
        found = { kind: 'usedLater', location: loc, span: st.span, inLoop, use: isCapture ? 'closureCapture' : 'other' };
      });
    } else {
      const term = block.terminator;
      visitTerminator(term, (place, use) => {
        if (found !== null || !relevant[place.local]) return;
        if (use === 'callDest' && place.projection.length === 0) return;
        if (use === 'drop') {
          found = { kind: 'droppedLater', location: loc, span: term.span, local: place.local, inLoop };
          return;
        }
        const isCall = term.kind.kind === 'call' && (term.kind.func.kind !== 'const' && term.kind.func.place.local === place.local);
        found = { kind: 'usedLater', location: loc, span: term.kind.kind === 'call' && isCall ? term.kind.fnSpan : term.span, inLoop, use: isCall ? 'call' : 'other' };
      });
    }
    if (found !== null) return found;
    pushSuccessors(p);
  }
  const mv = mustBeValidFor(ex, loan.region);
  return mv ?? { kind: 'none' };
}

/** If the region must outlive a universal region: which one, and the category of the constraint that made it so. */
export function mustBeValidFor(ex: ExplainCx, from: number): LaterUse | null {
  const { cx, rv } = ex;
  const value = rv.values[from]!;
  let target = -1;
  // Prefer the non-'static universal regions (rustc names the "best" one).
  for (let u = cx.universals.length - 1; u >= 0; u--) if (value.has(rv.numPoints + u)) { target = u; if (u !== 0) break; }
  if (target < 0) return null;
  const path = constraintPath(ex, from, cx.universals[target]!.vr);
  let category: 'return' | 'callArgument' | 'assignment' | 'other' = 'other';
  let span = ex.body.span;
  for (const c of path) {
    const cat = cx.consCategory[c]!;
    if (cat === 'return') { category = 'return'; span = cx.consSpan[c]!; break; }
    if (cat === 'callArgument' && category !== 'callArgument') { category = 'callArgument'; span = cx.consSpan[c]!; }
    else if (cat === 'assignment' && category === 'other') { category = 'assignment'; span = cx.consSpan[c]!; }
  }
  const info: UniversalRegionInfo = cx.universals[target]!.info;
  return { kind: 'mustBeValidFor', region: info, category, span };
}

/** Constraint indices along a shortest sup→sub path from `from` to `to`. */
export function constraintPath(ex: ExplainCx, from: number, to: number): number[] {
  const { cx } = ex;
  const prev = new Int32Array(cx.numVars).fill(-1);
  const seen = new Uint8Array(cx.numVars);
  seen[from] = 1;
  const queue = [from];
  let head = 0;
  while (head < queue.length) {
    const v = queue[head++]!;
    if (v === to) break;
    for (const c of ex.subsOf[v]!) {
      const s = cx.consSub[c]!;
      if (!seen[s]) { seen[s] = 1; prev[s] = c; queue.push(s); }
    }
  }
  const path: number[] = [];
  let v = to;
  while (v !== from && prev[v]! >= 0) { const c = prev[v]!; path.push(c); v = cx.consSup[c]!; }
  return path.reverse();
}
