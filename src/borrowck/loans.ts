import { type Cfg, locationDominates, pointOf } from '../dataflow/cfg.js';
import type { Analysis } from '../dataflow/framework.js';
import { visitStatement, visitTerminator } from '../dataflow/visit.js';
import type { Body, Location, Place } from '../mir/mir.js';
import type { Span } from '../syntax/span.js';
import type { TypeContext } from '../types/context.js';
import type { BitSet } from '../util/bitset.js';
import type { Loan } from './facts.js';
import { placesConflict } from './places-conflict.js';
import type { RegionValues } from './solve.js';
import type { LoanDraft } from './type-check.js';

/** The borrow set: every loan, indexed by creation point and by borrowed local, plus where each loan goes out of scope. */
export interface BorrowSet {
  readonly loans: readonly Loan[];
  readonly byLocal: readonly (readonly number[])[];
  /** Point → loans created there. */
  readonly createdAt: (number[] | undefined)[];
  /** Point → loans whose region stops containing that point (killed before its effect). */
  readonly outOfScopeAt: (number[] | undefined)[];
}

/**
 * `outOfScope`: where loans leave scope when an analysis other than NLL's region values decides
 * it (Polonius: point → loans); null for NLL.
 */
export function buildBorrowSet(body: Body, cfg: Cfg, drafts: readonly LoanDraft[], rv: RegionValues, outOfScope: readonly (readonly number[] | undefined)[] | null = null): BorrowSet {
  const loans: Loan[] = drafts.map((d, index) => ({
    index, location: d.location, kind: d.kind, place: d.place, assigned: d.assigned, region: d.region, span: d.span,
    activations: d.kind === 'twoPhaseMut' ? findActivations(body, d.assigned, d.location) : null,
    capturedBy: closureCaptureOf(body, d.assigned),
    captureUse: closureCaptureUse(body, d.assigned),
  }));
  const byLocal: number[][] = body.locals.map(() => []);
  const createdAt: (number[] | undefined)[] = [];
  const outOfScopeAt: (number[] | undefined)[] = [];
  const push = (t: (number[] | undefined)[], p: number, i: number) => { const xs = t[p]; if (xs === undefined) t[p] = [i]; else xs.push(i); };
  for (const l of loans) {
    byLocal[l.place.local]!.push(l.index);
    push(createdAt, pointOf(cfg, l.location), l.index);
    if (outOfScope === null) for (const p of outOfScopePoints(body, cfg, rv.values[l.region]!, l.location)) push(outOfScopeAt, p, l.index);
  }
  if (outOfScope !== null) outOfScope.forEach((ls, p) => { if (ls !== undefined) for (const i of ls) push(outOfScopeAt, p, i); });
  return { loans, byLocal, createdAt, outOfScopeAt };
}

/** Per body, found in one pass: the first closure aggregate capturing each local (bare place), and at which operand. */
const captureIndex = new WeakMap<Body, Map<number, { readonly span: Span; readonly node: number; readonly operand: number }>>();

function capturesOf(body: Body): Map<number, { readonly span: Span; readonly node: number; readonly operand: number }> {
  let ix = captureIndex.get(body);
  if (ix !== undefined) return ix;
  ix = new Map();
  for (const block of body.blocks) {
    for (const st of block.statements) {
      const k = st.kind;
      if (k.kind !== 'assign' || k.rvalue.kind !== 'aggregate' || k.rvalue.aggregate.kind !== 'closure') continue;
      const node = k.rvalue.aggregate.node;
      k.rvalue.operands.forEach((o, i) => {
        if (o.kind !== 'const' && o.place.projection.length === 0 && !ix!.has(o.place.local)) ix!.set(o.place.local, { span: st.span, node, operand: i });
      });
    }
  }
  captureIndex.set(body, ix);
  return ix;
}

/** The span of the closure expression that captures `local` (a by-reference capture's temporary), if any. */
export function closureCaptureOf(body: Body, local: number): Span | null {
  if (body.locals[local]?.kind !== 'temp') return null;
  return capturesOf(body).get(local)?.span ?? null;
}

/** For a capture temporary: the use in the closure's body that decided the capture. */
export function closureCaptureUse(body: Body, local: number): Span | null {
  if (body.locals[local]?.kind !== 'temp') return null;
  const c = capturesOf(body).get(local);
  if (c === undefined) return null;
  return body.children.find((ch) => ch.closure?.node === c.node)?.closure?.upvarUse[c.operand] ?? null;
}

/**
 * Per body, found in one pass: for each local, the locations that use it in a way that activates
 * a two-phase borrow assigned to it (not storage markers, a plain overwrite, a call's
 * destination or a drop), in block and statement order.
 */
const activationIndex = new WeakMap<Body, Map<number, Location[]>>();

function activationsOf(body: Body): Map<number, Location[]> {
  let ix = activationIndex.get(body);
  if (ix !== undefined) return ix;
  const m = new Map<number, Location[]>();
  const seen = new Set<number>();
  const note = (local: number, loc: Location): void => {
    if (seen.has(local)) return;
    seen.add(local);
    const l = m.get(local);
    if (l) l.push(loc);
    else m.set(local, [loc]);
  };
  body.blocks.forEach((block, b) => {
    block.statements.forEach((st, i) => {
      seen.clear();
      const loc = { block: b, index: i };
      visitStatement(st, (p, u) => { if (u !== 'storageDead' && u !== 'storageLive' && !(u === 'store' && p.projection.length === 0)) note(p.local, loc); });
    });
    seen.clear();
    const loc = { block: b, index: block.statements.length };
    visitTerminator(block.terminator, (p, u) => { if (u !== 'callDest' && u !== 'drop') note(p.local, loc); });
  });
  activationIndex.set(body, m);
  return m;
}

/** Where a two-phase borrow is activated: the uses of the temporary it is assigned to (the reservation itself excepted). */
function findActivations(body: Body, temp: number, reservation: Location): Location[] {
  const uses = activationsOf(body).get(temp) ?? [];
  return uses.filter((l) => !(l.block === reservation.block && l.index === reservation.index && l.index < body.blocks[l.block]!.statements.length)).map((l) => ({ block: l.block, index: l.index }));
}

/** Walks forward from the borrow while its region contains the points; the first point outside on each path kills it. */
function outOfScopePoints(body: Body, cfg: Cfg, region: BitSet, start: Location): number[] {
  const out: number[] = [];
  const startPoint = pointOf(cfg, start);
  const visitedBlock = new Uint8Array(body.blocks.length);
  const stack: number[] = [];
  // Rest of the starting block.
  const scanFrom = (b: number, first: number, isStart: boolean): void => {
    const end = cfg.blockStart[b + 1]!;
    for (let p = first; p < end; p++) {
      if (!(isStart && p === startPoint) && !region.has(p)) { out.push(p); return; }
    }
    for (const s of cfg.succ[b]!) stack.push(s);
  };
  scanFrom(start.block, startPoint, true);
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (visitedBlock[b]) continue;
    visitedBlock[b] = 1;
    if (b === start.block) {
      // Back at the borrow's own block through a loop: points before the borrow.
      for (let p = cfg.blockStart[b]!; p < startPoint; p++) if (!region.has(p)) { out.push(p); break; }
      continue;
    }
    scanFrom(b, cfg.blockStart[b]!, false);
  }
  return out;
}

export function isActive(idom: Int32Array, loan: Loan, at: Location): boolean {
  if (loan.activations === null) return true;
  for (const a of loan.activations) {
    if (a.block === at.block && a.index === at.index) return true;
    if (locationDominates(idom, a, at)) return true;
  }
  if (locationDominates(idom, loan.location, at)) return false;
  return true;
}

/**
 * Loans in scope (rustc's `Borrows`): gen at the borrow, killed where the region ends, where the
 * borrowed place is overwritten, and at StorageDead of its local.
 */
export interface BorrowsAnalysis extends Analysis {
  /** The kills that apply before a location's own effect (region ends); borrowck checks after them. */
  beforeEffect(state: BitSet, loc: Location): void;
}

export function borrowsAnalysis(body: Body, tcx: TypeContext, cfg: Cfg, bs: BorrowSet): BorrowsAnalysis {
  const killOnPlace = (state: BitSet, place: Place): void => {
    const ls = bs.byLocal[place.local]!;
    if (place.projection.length === 0) { for (const i of ls) state.delete(i); return; }
    for (const i of ls) if (placesConflict(body, tcx, bs.loans[i]!.place, place, 'deep', 'noOverlap')) state.delete(i);
  };
  const before = (state: BitSet, loc: Location): void => {
    const ks = bs.outOfScopeAt[pointOf(cfg, loc)];
    if (ks !== undefined) for (const i of ks) state.delete(i);
  };
  return {
    direction: 'forward',
    domainSize: bs.loans.length,
    join: 'union',
    initBoundary() {},
    beforeEffect: before,
    statementEffect(state, stmt, loc) {
      before(state, loc);
      const k = stmt.kind;
      if (k.kind === 'assign') {
        // Gen, then kill (rustc's order): in `x = &mut *x` the new loan is based on the local
        // being overwritten, so it no longer constrains later uses of `x`.
        const cs = bs.createdAt[pointOf(cfg, loc)];
        if (cs !== undefined) for (const i of cs) state.add(i);
        killOnPlace(state, k.place);
      } else if (k.kind === 'storageDead') {
        for (const i of bs.byLocal[k.local]!) state.delete(i);
      }
    },
    terminatorEffect(state, term, loc) {
      before(state, loc);
      if (term.kind.kind === 'call') killOnPlace(state, term.kind.destination);
    },
  };
}
